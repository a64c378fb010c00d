/**
 * Turns a run's measurements into the JSON the page renders (the BenchRun schema): cases in a
 * fixed order, notes that say what the figures can and cannot tell, the machine and the versions.
 * Pure: bench/frameworks/run.ts gathers the inputs, tests/unit/bench-report.test.ts checks it.
 */
import type { BenchRun, CaseResult, EndpointInfo, ServerInfo } from '../../../src/data/benchmarks/bench-run.ts';

export interface MachineState {
	cpus: number;
	cpuModel: string;
	memoryBytes: number;
	os: string;
	loadAverageAtStart: number[];
	loadAverageAtEnd: number[];
}

export interface ReportInput {
	mode: 'quick' | 'full';
	startedAt: Date;
	finishedAt: Date;
	machine: MachineState;
	software: BenchRun['software'];
	method: BenchRun['method'];
	servers: ServerInfo[];
	endpoints: EndpointInfo[];
	results: CaseResult[];
	upstreamDelayMs: number;
	extraNotes: string[];
}

/** Cases in a fixed order (server, endpoint, concurrency), whatever order they ran in. */
export function sortResults(results: CaseResult[], servers: ServerInfo[], endpoints: EndpointInfo[]): CaseResult[] {
	const rank = (r: CaseResult) => [
		servers.findIndex((s) => s.id === r.server),
		endpoints.findIndex((e) => e.id === r.endpoint),
		r.concurrency,
	];
	return [...results].sort((a, b) => {
		const [ra, rb] = [rank(a), rank(b)];
		return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]!;
	});
}

/**
 * What a reader must know to read the figures: how many runs, which CPUs, the stand-in upstream,
 * other load.
 */
export function runNotes(
	input: Pick<ReportInput, 'mode' | 'machine' | 'method' | 'results' | 'upstreamDelayMs' | 'extraNotes'>,
): string[] {
	const { cpus, loadAverageAtStart } = input.machine;
	const { runs, durationSeconds, pinning } = input.method;
	const before = loadAverageAtStart[0] ?? 0;
	const during = input.results.flatMap((r) => r.runs.map((one) => one.loadAverage));
	return [
		...(input.mode === 'quick'
			? [
					`A quick run: ${runs} runs of ${durationSeconds} s per cell, made to check the harness: each median and spread rests on ${runs} runs; a full run measures every cell at least five times.`,
				]
			: []),
		pinning.pinned
			? `wrk ran on its own CPU (${pinning.loadGeneratorCpus}); PostgreSQL and the servers ran on the rest of the machine's ${cpus} cores (CPU ${pinning.serverCpus}). The figures compare the servers with each other on this configuration, not with other machines.`
			: `wrk, PostgreSQL and the servers shared the same ${cpus} cores (${pinning.note}). The figures compare the servers with each other on this configuration, not with other machines.`,
		`/upstream waits ${input.upstreamDelayMs} ms with asyncio.sleep (async code) or time.sleep (sync views) instead of calling a real service.`,
		...(before > cpus * 0.5
			? [
					`The 1-minute load average was ${before.toFixed(2)} on ${cpus} cores when the benchmark started: work of the minute before (its own provisioning included) may have slowed the first runs; the interleaved rounds spread that over every server.`,
				]
			: []),
		...(during.length
			? [
					`The 1-minute load average during the run, which includes the benchmark's own processes, ranged from ${Math.min(...during).toFixed(2)} to ${Math.max(...during).toFixed(2)}.`,
				]
			: []),
		...input.extraNotes,
	];
}

export function buildReport(input: ReportInput): BenchRun {
	return {
		schema: 2,
		mode: input.mode,
		startedAt: input.startedAt.toISOString(),
		finishedAt: input.finishedAt.toISOString(),
		wallSeconds: Math.round((input.finishedAt.getTime() - input.startedAt.getTime()) / 1000),
		notes: runNotes(input),
		machine: input.machine,
		software: input.software,
		method: input.method,
		servers: input.servers,
		endpoints: input.endpoints,
		results: sortResults(input.results, input.servers, input.endpoints),
	};
}
