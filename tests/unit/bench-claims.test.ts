import { describe, expect, it } from 'vitest';
import latest from '../../src/data/benchmarks/latest.json';
import { findCase, parseBenchRun } from '../../src/data/benchmarks/bench-run';

// The framework-benchmarks page states these in prose ("At a glance" and the sections below it).
// Its charts redraw themselves from latest.json; these tests make a rerun that contradicts the
// prose fail, so the words are revised with the figures.
const run = parseBenchRun(latest);
const LEVELS = [1, 16, 64];

function rps(server: string, endpoint: string, concurrency: number): number {
	const result = findCase(run, server, endpoint, concurrency);
	if (!result) throw new Error(`no result for ${server} ${endpoint} at ${concurrency}`);
	return result.requestsPerSecond;
}

describe('what the framework-benchmarks page says about the committed run', () => {
	it("FastAPI on uvicorn is the fastest on GET /json at every level, and more than twice Django's best at 16 and 64 connections", () => {
		for (const level of LEVELS) {
			const fastestDjango = Math.max(rps('django-gunicorn', 'json', level), rps('django-uvicorn', 'json', level));
			expect(rps('fastapi-uvicorn', 'json', level)).toBeGreaterThan(level === 1 ? fastestDjango : 2 * fastestDjango);
		}
	});

	it('reading one row or 20, Django under gunicorn answers the most requests, FastAPI comes second, Django under uvicorn last', () => {
		for (const endpoint of ['item', 'items']) {
			for (const level of LEVELS) {
				expect(rps('django-gunicorn', endpoint, level)).toBeGreaterThan(rps('fastapi-uvicorn', endpoint, level));
				expect(rps('fastapi-uvicorn', endpoint, level)).toBeGreaterThan(rps('django-uvicorn', endpoint, level));
			}
		}
	});

	it('gunicorn with 2 sync workers stays under 2 ÷ 50 ms = 40 requests per second on GET /upstream', () => {
		for (const level of LEVELS) expect(rps('django-gunicorn', 'upstream', level)).toBeLessThanOrEqual(40);
	});

	it('FastAPI comes close to the connections ÷ 50 ms ceiling on GET /upstream at 64 connections, with a median near 50 ms', () => {
		expect(rps('fastapi-uvicorn', 'upstream', 64)).toBeGreaterThan(0.8 * (64 / 0.05));
		expect(findCase(run, 'fastapi-uvicorn', 'upstream', 64)?.latencyMs.p50).toBeLessThan(65);
	});

	it('both ASGI servers overlap the waits: more requests per second on GET /upstream as connections grow', () => {
		for (const server of ['django-uvicorn', 'fastapi-uvicorn']) {
			expect(rps(server, 'upstream', 16)).toBeGreaterThan(rps(server, 'upstream', 1));
			expect(rps(server, 'upstream', 64)).toBeGreaterThan(rps(server, 'upstream', 16));
		}
	});

	it('Django under uvicorn answers fewer requests than under gunicorn on GET /json, GET /items/1 and POST /validate, at every level', () => {
		for (const endpoint of ['json', 'item', 'validate']) {
			for (const level of LEVELS)
				expect(rps('django-uvicorn', endpoint, level)).toBeLessThan(rps('django-gunicorn', endpoint, level));
		}
	});

	it('Pydantic validates the order many (at least three) times faster than the DRF serializer, at every level', () => {
		for (const level of LEVELS)
			expect(rps('fastapi-uvicorn', 'validate', level)).toBeGreaterThan(3 * rps('django-gunicorn', 'validate', level));
	});
});
