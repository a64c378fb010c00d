/** How a run measures: durations, rounds, connections and pinning, recorded with its figures. */
import type { BenchRun } from '../../../src/data/benchmarks/bench-run.ts';
import { SEEDED_ROWS, UPSTREAM_DELAY_MS } from './endpoints.ts';
import type { PinningPlan } from './schedule.ts';

export interface MethodOptions {
	quick: boolean;
	runs: number;
	seed: number;
	dbConnectionsPerProcess: number;
	pinning: PinningPlan;
}

export function benchMethod({
	quick,
	runs,
	seed,
	dbConnectionsPerProcess,
	pinning,
}: MethodOptions): BenchRun['method'] {
	const { loadGeneratorPrefix: _wrk, serverPrefix: _servers, serverCpuCount: _count, ...pinningRecord } = pinning;
	const warmupSeconds = quick ? 1 : 2;
	const settleSeconds = 0.5;
	return {
		loadGenerator: 'wrk',
		host: '127.0.0.1',
		wrkThreads: 1,
		runs,
		warmupSeconds,
		durationSeconds: quick ? 2 : 5,
		settleSeconds,
		timeoutSeconds: 10,
		concurrency: [1, 16, 64],
		schedule: `All servers run at once (idle ones use no CPU). Each server is warmed up once per endpoint (${warmupSeconds} s at 16 connections). Then ${runs} rounds: each round measures every cell once, endpoint by endpoint and concurrency level by level, with the servers in an order shuffled afresh each time (seed ${seed}), so that a burst of other work hits every server alike. Before every run the harness waits until the server answers again, then ${settleSeconds} s.`,
		seed,
		upstreamDelayMs: UPSTREAM_DELAY_MS,
		seededRows: SEEDED_ROWS,
		dbConnectionsPerProcess,
		pinning: pinningRecord,
	};
}
