/**
 * The measuring loop: one warm-up per server and endpoint, then the schedule (lib/schedule.ts),
 * round after round over every cell, one wrk run per slot. Returns the cells with all their runs.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
	type BenchRun,
	type CaseResult,
	measures,
	type RunFigures,
	summarizeCell,
} from '../../../src/data/benchmarks/bench-run.ts';
import { type EndpointSpec, HARNESS_DIR } from './endpoints.ts';
import type { RunningServer } from './harness.ts';
import { run, waitForHttp } from './processes.ts';
import type { Slot } from './schedule.ts';
import { parseWrkOutput, toRunFigures, type WrkSummary, wrkArgs } from './wrk.ts';

const WARMUP_CONCURRENCY = 16;

export interface MeasureOptions {
	method: BenchRun['method'];
	/** `taskset -c <cpu>` for wrk, or nothing. */
	wrkPrefix: string[];
	log: (message: string) => void;
}

export async function measureAll(
	servers: RunningServer[],
	endpoints: EndpointSpec[],
	slots: Slot[],
	{ method, wrkPrefix, log }: MeasureOptions,
): Promise<CaseResult[]> {
	const byId = new Map(servers.map((s) => [s.spec.info.id, s]));
	const endpointById = new Map(endpoints.map((e) => [e.id, e]));
	for (const endpoint of endpoints) {
		for (const server of servers.filter((s) => measures(s.spec.info, endpoint.id))) {
			const warmup = await measure(server, endpoint, WARMUP_CONCURRENCY, method.warmupSeconds, method, wrkPrefix);
			if (warmup.requests - warmup.errors.status === 0) {
				throw new Error(
					`${server.spec.info.id} ${endpoint.path}: no successful response during warm-up (${warmup.requests} requests, ${warmup.errors.total} errors)`,
				);
			}
		}
	}
	log(`warmed up; ${slots.length} runs follow, ${method.runs} rounds`);
	const runs = new Map<string, RunFigures[]>();
	const key = (s: { server: string; endpoint: string; concurrency: number }) =>
		`${s.server} ${s.endpoint} ${s.concurrency}`;
	for (const slot of slots) {
		const server = byId.get(slot.server)!;
		const endpoint = endpointById.get(slot.endpoint)!;
		const summary = await measure(server, endpoint, slot.concurrency, method.durationSeconds, method, wrkPrefix);
		const figures = toRunFigures(summary, { round: slot.round, sequence: slot.sequence, loadAverage: loadavg()[0]! });
		runs.set(key(slot), [...(runs.get(key(slot)) ?? []), figures]);
		const { p50, p99 } = figures.latencyMs;
		log(
			`  r${slot.round} ${slot.server.padEnd(16)} ${endpoint.path.padEnd(16)} c=${String(slot.concurrency).padStart(2)}  ${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${p50} ms  p99 ${p99} ms  errors ${figures.errors.total}  load ${figures.loadAverage}`,
		);
	}
	return [...runs.entries()].map(([k, cellRuns]) => {
		const [server, endpoint, concurrency] = k.split(' ');
		return summarizeCell({ server: server!, endpoint: endpoint!, concurrency: Number(concurrency) }, cellRuns);
	});
}

/** Waits until the server has drained the previous run's queue, then pauses. */
async function settle(server: RunningServer, seconds: number): Promise<void> {
	await waitForHttp(`${server.baseUrl}/json`, 30, 100, server.isAlive);
	await sleep(seconds * 1000);
}

/** One wrk run against one server; a failure names the server and shows the end of its log. */
async function measure(
	server: RunningServer,
	endpoint: EndpointSpec,
	connections: number,
	seconds: number,
	method: BenchRun['method'],
	wrkPrefix: string[],
): Promise<WrkSummary> {
	try {
		await settle(server, method.settleSeconds);
		const args = wrkArgs({
			url: server.baseUrl + endpoint.path,
			connections,
			threads: method.wrkThreads,
			durationSeconds: seconds,
			timeoutSeconds: method.timeoutSeconds,
			script: join(HARNESS_DIR, 'report.lua'),
		});
		const { stdout } = await run([...wrkPrefix, 'wrk', ...args], {
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
