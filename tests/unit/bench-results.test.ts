import { describe, expect, it } from 'vitest';
import latest from '../../src/data/benchmarks/latest.json';
import { ENDPOINTS } from '../../bench/frameworks/lib/endpoints';
import { MIN_PUBLISHED_RUNS } from '../../bench/frameworks/lib/publish';
import { DRIVER_VARIANT_ENDPOINTS, serverSpecs } from '../../bench/frameworks/lib/servers';
import { findCase, measures, parseBenchRun, summarizeCell } from '../../src/data/benchmarks/bench-run';

// The committed figures the framework-benchmarks page renders must come from a complete full run.
describe('src/data/benchmarks/latest.json', () => {
	const run = parseBenchRun(latest);

	it(`is a full run with at least ${MIN_PUBLISHED_RUNS} runs per cell, on loopback at 1, 16 and 64 connections, after a warm-up`, () => {
		expect(run.mode, 'a quick run is for checking the harness: publish a full run (npm run bench:frameworks)').toBe(
			'full',
		);
		expect(run.method.runs).toBeGreaterThanOrEqual(MIN_PUBLISHED_RUNS);
		expect(run.method.host).toBe('127.0.0.1');
		expect(run.method.concurrency).toEqual([1, 16, 64]);
		expect(run.method.warmupSeconds).toBeGreaterThan(0);
	});

	it("has the harness's servers and endpoints, with the same worker count and connection ceiling on every server", () => {
		const ids = serverSpecs({ workers: 1, dbConnectionsPerProcess: 1, loop: 'asyncio', http: 'h11' }).map(
			(s) => s.info.id,
		);
		expect(run.servers.map((s) => s.id)).toEqual(ids);
		expect(run.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(ENDPOINTS.map((e) => `${e.method} ${e.path}`));
		expect(new Set(run.servers.map((s) => s.workers)).size).toBe(1);
		expect(run.method.dbConnectionsPerProcess).toBeGreaterThan(0);
		const n = String(run.method.dbConnectionsPerProcess);
		for (const server of run.servers) expect(server.database, server.id).toMatch(new RegExp(`\\b${n}\\b`));
	});

	it('measures the driver variant on the database endpoints only, and every other server on every endpoint', () => {
		for (const server of run.servers) {
			for (const endpoint of run.endpoints) {
				const expected = server.id === 'fastapi-asyncpg' ? DRIVER_VARIANT_ENDPOINTS.includes(endpoint.id) : true;
				expect(measures(server, endpoint.id), `${server.id} ${endpoint.id}`).toBe(expected);
			}
		}
	});

	it('has every cell, each with one run per round', () => {
		for (const server of run.servers) {
			for (const endpoint of run.endpoints.filter((e) => measures(server, e.id))) {
				for (const concurrency of run.method.concurrency) {
					const cell = findCase(run, server.id, endpoint.id, concurrency);
					expect(cell, `${server.id} ${endpoint.id} c=${concurrency}`).toBeDefined();
					expect(cell!.runs.map((r) => r.round)).toEqual(Array.from({ length: run.method.runs }, (_, i) => i + 1));
				}
			}
		}
	});

	it("stores medians and spreads that are those of the cell's own runs", () => {
		for (const cell of run.results) {
			const { server, endpoint, concurrency } = cell;
			expect(cell, `${server} ${endpoint} c=${concurrency}`).toEqual(
				summarizeCell({ server, endpoint, concurrency }, cell.runs),
			);
		}
	});

	it('records the machine, the CPU pinning, the load per run, the versions and at least one note', () => {
		expect(run.machine.cpus).toBeGreaterThan(0);
		expect(run.machine.cpuModel).not.toBe('');
		expect(run.machine.loadAverageAtStart).toHaveLength(3);
		expect(run.machine.loadAverageAtEnd).toHaveLength(3);
		expect(run.method.pinning.note).not.toBe('');
		for (const cell of run.results) for (const one of cell.runs) expect(one.loadAverage).toBeGreaterThanOrEqual(0);
		expect(run.software.packages).toHaveProperty('Django');
		expect(run.software.packages).toHaveProperty('fastapi');
		expect(run.software.packages).toHaveProperty('asyncpg');
		expect(run.notes.some((note) => note.includes('on this configuration'))).toBe(true);
	});
});
