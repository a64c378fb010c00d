/**
 * The order of a run's measurements, the CPUs each side runs on, and how long it all takes.
 * Pure: run.ts and measure.ts use it, tests/unit/bench-schedule.test.ts checks it.
 */
import type { Pinning } from '../../../src/data/benchmarks/bench-run.ts';

export interface Cell {
	server: string;
	endpoint: string;
	concurrency: number;
}

export interface Slot extends Cell {
	/** 1, 2, ...: each round measures every cell once. */
	round: number;
	/** The slot's place in the whole run (0-based). */
	sequence: number;
}

/** A small seeded generator (mulberry32): the same seed gives the same order on every machine. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/**
 * Every cell `runs` times, round after round: a round goes through every endpoint and concurrency
 * level, and measures each on every server that serves it, in an order shuffled afresh (from
 * `seed`) each time, so that a burst of other work lands on every server alike.
 */
export function schedule(
	servers: { id: string; endpoints?: string[] }[],
	endpoints: string[],
	levels: number[],
	runs: number,
	seed: number,
): Slot[] {
	const random = seededRandom(seed);
	const slots: Slot[] = [];
	for (let round = 1; round <= runs; round++) {
		for (const endpoint of endpoints) {
			const serving = servers.filter((s) => !s.endpoints || s.endpoints.includes(endpoint));
			for (const concurrency of levels) {
				for (const server of shuffle(serving, random))
					slots.push({ server: server.id, endpoint, concurrency, round, sequence: slots.length });
			}
		}
	}
	return slots;
}

export interface PinningPlan extends Pinning {
	/** Put before the command line: `taskset -c <cpus>`, or nothing when not pinned. */
	loadGeneratorPrefix: string[];
	serverPrefix: string[];
	/** How many CPUs the servers and PostgreSQL may use. */
	serverCpuCount: number;
}

/** wrk on the last CPU, the servers and PostgreSQL on the others, when taskset exists and cpus ≥ 2. */
export function planPinning(cpus: number, hasTaskset: boolean): PinningPlan {
	const all = cpus > 1 ? `0-${cpus - 1}` : '0';
	if (!hasTaskset || cpus < 2) {
		return {
			pinned: false,
			loadGeneratorCpus: all,
			serverCpus: all,
			note: hasTaskset
				? 'not pinned: one CPU only, so wrk, PostgreSQL and the servers share it'
				: 'not pinned: taskset (util-linux) is missing, so wrk, PostgreSQL and the servers share every CPU',
			loadGeneratorPrefix: [],
			serverPrefix: [],
			serverCpuCount: cpus,
		};
	}
	const last = String(cpus - 1);
	const rest = cpus === 2 ? '0' : `0-${cpus - 2}`;
	return {
		pinned: true,
		loadGeneratorCpus: last,
		serverCpus: rest,
		note: `taskset: wrk on CPU ${last}, the servers and PostgreSQL on CPU ${rest}`,
		loadGeneratorPrefix: ['taskset', '-c', last],
		serverPrefix: ['taskset', '-c', rest],
		serverCpuCount: cpus - 1,
	};
}

/** Seconds a run takes: start-up, one warm-up per server and endpoint, then every slot. */
export function estimateSeconds(input: {
	slots: number;
	warmups: number;
	warmupSeconds: number;
	durationSeconds: number;
	settleSeconds: number;
}): number {
	const STARTUP = 30; // PostgreSQL's initdb and the servers' imports
	const PER_RUN = 0.3; // waiting for the server to answer, starting wrk
	return Math.ceil(
		STARTUP +
			input.warmups * (input.warmupSeconds + input.settleSeconds + PER_RUN) +
			input.slots * (input.durationSeconds + input.settleSeconds + PER_RUN),
	);
}
