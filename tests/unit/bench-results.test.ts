import { describe, expect, it } from 'vitest';
import latest from '../../src/data/benchmarks/latest.json';
import { ENDPOINTS } from '../../bench/frameworks/lib/endpoints';
import { serverSpecs } from '../../bench/frameworks/lib/servers';
import { findCase, parseBenchRun } from '../../src/data/benchmarks/bench-run';

// The committed figures the framework-benchmarks page renders must come from a complete full run.
describe('src/data/benchmarks/latest.json', () => {
	const run = parseBenchRun(latest);

	it('is a full run on loopback at 1, 16 and 64 connections, after a warm-up', () => {
		expect(run.mode).toBe('full');
		expect(run.method.host).toBe('127.0.0.1');
		expect(run.method.concurrency).toEqual(expect.arrayContaining([1, 16, 64]));
		expect(run.method.warmupSeconds).toBeGreaterThan(0);
	});

	it("has the harness's servers and endpoints, with the same worker count on every server", () => {
		const ids = serverSpecs({ workers: 1, poolSize: 1, loop: 'asyncio', http: 'h11' }).map((s) => s.info.id);
		expect(run.servers.map((s) => s.id)).toEqual(ids);
		expect(run.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(ENDPOINTS.map((e) => `${e.method} ${e.path}`));
		expect(new Set(run.servers.map((s) => s.workers)).size).toBe(1);
	});

	it('has a figure for every server, endpoint and concurrency level', () => {
		for (const server of run.servers) {
			for (const endpoint of run.endpoints) {
				for (const concurrency of run.method.concurrency) {
					expect(
						findCase(run, server.id, endpoint.id, concurrency),
						`${server.id} ${endpoint.id} c=${concurrency}`,
					).toBeDefined();
				}
			}
		}
	});

	it('records the machine, the versions and at least one note about how to read it', () => {
		expect(run.machine.cpus).toBeGreaterThan(0);
		expect(run.software.packages).toHaveProperty('Django');
		expect(run.software.packages).toHaveProperty('fastapi');
		expect(run.notes.length).toBeGreaterThan(0);
	});
});
