/**
 * The measuring loop: for each endpoint, warm every server up, then measure each concurrency level
 * on every server in turn, in an order that rotates so that a burst of other work hits every
 * server alike. One wrk run per case.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchRun, CaseResult } from '../../../src/data/benchmarks/bench-run.ts';
import { type EndpointSpec, HARNESS_DIR } from './endpoints.ts';
import type { RunningServer } from './harness.ts';
import { run, waitForHttp } from './processes.ts';
import { parseWrkOutput, toCaseResult, type WrkSummary, wrkArgs } from './wrk.ts';

const WARMUP_CONCURRENCY = 16;

export async function measureAll(
	servers: RunningServer[],
	endpoints: EndpointSpec[],
	method: BenchRun['method'],
	log: (message: string) => void,
): Promise<CaseResult[]> {
	const results: CaseResult[] = [];
	for (const endpoint of endpoints) {
		for (const server of servers) {
			const warmup = await measure(server, endpoint, WARMUP_CONCURRENCY, method.warmupSeconds, method);
			if (warmup.requests - warmup.errors.status === 0) {
				throw new Error(
					`${server.spec.info.id} ${endpoint.path}: no successful response during warm-up (${warmup.requests} requests, ${warmup.errors.total} errors)`,
				);
			}
		}
		for (const [level, concurrency] of method.concurrency.entries()) {
			const order = servers.map((_, i) => servers[(i + level) % servers.length]!);
			for (const server of order) {
				const summary = await measure(server, endpoint, concurrency, method.durationSeconds, method);
				const result = toCaseResult(summary, {
					server: server.spec.info.id,
					endpoint: endpoint.id,
					concurrency,
					loadAverage: loadavg()[0]!,
				});
				results.push(result);
				const { p50, p99 } = result.latencyMs;
				log(
					`  ${server.spec.info.id.padEnd(16)} ${endpoint.path.padEnd(16)} c=${String(concurrency).padStart(2)}  ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${p50} ms  p99 ${p99} ms  errors ${result.errors.total}`,
				);
			}
		}
	}
	return results;
}

/** Waits until the server has drained the previous case's queue (sync workers keep serving it). */
async function settle(server: RunningServer): Promise<void> {
	await waitForHttp(`${server.baseUrl}/json`, 30, 100, server.isAlive);
	await sleep(500);
}

/** One wrk run against one server; a failure names the server and shows the end of its log. */
async function measure(
	server: RunningServer,
	endpoint: EndpointSpec,
	connections: number,
	seconds: number,
	method: BenchRun['method'],
): Promise<WrkSummary> {
	try {
		await settle(server);
		const args = wrkArgs({
			url: server.baseUrl + endpoint.path,
			connections,
			threads: method.wrkThreads,
			durationSeconds: seconds,
			timeoutSeconds: method.timeoutSeconds,
			script: join(HARNESS_DIR, 'report.lua'),
		});
		const { stdout } = await run(['wrk', ...args], {
			env: { ...process.env, BENCH_BODY_FILE: endpoint.bodyFile ?? '' },
			timeoutMs: (seconds + method.timeoutSeconds + 30) * 1000, // wrk stops itself; this is the backstop
		});
		return parseWrkOutput(stdout);
	} catch (error) {
		throw new Error(
			`${server.spec.info.id} ${endpoint.path} at ${connections} connections: ${(error as Error).message}\n${server.lastLines()}`,
		);
	}
}
