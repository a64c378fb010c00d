import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import latest from '../../src/data/benchmarks/latest.json';
import { comparisonRows, DRIVER_PAIRS, FRAMEWORK_PAIRS } from '../../src/components/benchmark/compare';
import { compareCells, findCase, parseBenchRun, serverInfo } from '../../src/data/benchmarks/bench-run';

// The framework-benchmarks page names no winner in its prose: its comparisons are computed from
// latest.json by compareCells (BenchmarkComparison). The few statements its prose does make about
// the figures are checked here against the committed run's runs, medians and spreads, so a rerun
// that contradicts them fails.
const run = parseBenchRun(latest);
const PAGE = readFileSync(
	new URL('../../src/content/docs/reference/framework-benchmarks.mdx', import.meta.url),
	'utf8',
);
const DELAY_S = run.method.upstreamDelayMs / 1000;

function cell(server: string, endpoint: string, concurrency: number) {
	const result = findCase(run, server, endpoint, concurrency);
	if (!result) throw new Error(`no result for ${server} ${endpoint} at ${concurrency}`);
	return result;
}

describe('what the framework-benchmarks page says about the committed run', () => {
	it('every "faster", "slower" and "no difference" it shows is compareCells on the ranges of the runs', () => {
		const endpoints = run.endpoints.map((e) => e.id);
		for (const [pairs, name] of [
			[FRAMEWORK_PAIRS, 'frameworks'],
			[DRIVER_PAIRS, 'driver'],
		] as const) {
			const rows = comparisonRows(run, pairs, endpoints);
			expect(rows.length, name).toBeGreaterThan(0);
			for (const row of rows) {
				const [a, b] = pairs.find(
					([x, y]) => serverInfo(run, x).label === row.a && serverInfo(run, y).label === row.b,
				)!;
				for (const { concurrency, verdict } of row.cells) {
					const left = cell(a, row.endpoint, concurrency).requestsPerSecond;
					const right = cell(b, row.endpoint, concurrency).requestsPerSecond;
					const expected = left.min > right.max ? 'faster' : left.max < right.min ? 'slower' : 'no difference';
					expect(verdict!.comparison, `${a} vs ${b} ${row.endpoint} c=${concurrency}`).toBe(expected);
					expect(verdict!.comparison).toBe(compareCells({ requestsPerSecond: left }, { requestsPerSecond: right }));
				}
			}
		}
	});

	it("asyncpg's p99 on /items/1 is more than twice psycopg's at 16 and 64 connections, the ranges apart, its p50 not higher", () => {
		expect(PAGE).toContain('p99 on asyncpg was more than twice p99 on psycopg 3 (median\nagainst median)');
		for (const concurrency of [16, 64]) {
			const asyncpg = cell('fastapi-asyncpg', 'item', concurrency);
			const psycopg = cell('fastapi-uvicorn', 'item', concurrency);
			expect(asyncpg.latencyMs.p99.median, `c=${concurrency}`).toBeGreaterThan(2 * psycopg.latencyMs.p99.median);
			expect(asyncpg.latencyMs.p99.min, `c=${concurrency}`).toBeGreaterThan(psycopg.latencyMs.p99.max);
			expect(asyncpg.latencyMs.p50.median, `c=${concurrency}`).toBeLessThanOrEqual(psycopg.latencyMs.p50.median);
		}
	});

	it('the framework comparisons use psycopg 3 on both sides; the driver comparison differs in the driver only', () => {
		for (const [a, b] of FRAMEWORK_PAIRS) {
			expect(serverInfo(run, a).driver).toBe('psycopg');
			expect(serverInfo(run, b).driver).toBe('psycopg');
		}
		for (const [a, b] of DRIVER_PAIRS) {
			const [variant, base] = [serverInfo(run, a), serverInfo(run, b)];
			expect([variant.driver, base.driver]).toEqual(['asyncpg', 'psycopg']);
			expect(variant.variantOf).toBe(base.id);
			expect(variant.workers).toBe(base.workers);
			expect(variant.workerClass).toBe(base.workerClass);
		}
	});

	it('gunicorn never exceeds workers × threads ÷ 50 ms on GET /upstream, in any run', () => {
		const gunicorn = serverInfo(run, 'django-gunicorn');
		expect(gunicorn.workerClass).toContain(`${run.method.dbConnectionsPerProcess} threads per worker`);
		const ceiling = (gunicorn.workers * run.method.dbConnectionsPerProcess) / DELAY_S;
		for (const level of run.method.concurrency)
			for (const one of cell('django-gunicorn', 'upstream', level).runs)
				expect(one.requestsPerSecond).toBeLessThanOrEqual(ceiling);
	});

	it('no server exceeds connections ÷ 50 ms on GET /upstream, in any run', () => {
		for (const server of ['django-gunicorn', 'django-uvicorn', 'fastapi-uvicorn'])
			for (const level of run.method.concurrency)
				for (const one of cell(server, 'upstream', level).runs)
					expect(one.requestsPerSecond).toBeLessThanOrEqual(level / DELAY_S);
	});

	it('both ASGI servers overlap the waits: more requests per second on GET /upstream as connections grow, beyond the spread', () => {
		for (const server of ['django-uvicorn', 'fastapi-uvicorn']) {
			expect(compareCells(cell(server, 'upstream', 16), cell(server, 'upstream', 1)), server).toBe('faster');
			expect(compareCells(cell(server, 'upstream', 64), cell(server, 'upstream', 16)), server).toBe('faster');
		}
	});

	it('its prose names no winner: sentences about faster or slower only state the rule or a limit', () => {
		const prose = PAGE.split('\n')
			.filter((line) => !/^\s*(<|import |\||```)/.test(line))
			.join(' ');
		const sentences = prose.split(/(?<=[.:!?])\s+/);
		const directional = sentences.filter((s) =>
			/\b(faster|slower|fastest|slowest|outperform\w*|beats?|wins?|more requests than|fewer requests than)\b/i.test(s),
		);
		const allowed = (s: string) =>
			/only when|"faster"|is faster for every workload|slowest run beat|slowest one in a hundred|make an endpoint\s+faster/.test(
				s,
			);
		expect(directional.filter((s) => !allowed(s))).toEqual([]);
	});
});
