/** Running wrk and reading the summary line its script (report.lua) prints. */
import type { ErrorCounts, LatencyMs, RunFigures } from '../../../src/data/benchmarks/bench-run.ts';

export interface WrkOptions {
	url: string;
	connections: number;
	threads: number;
	durationSeconds: number;
	timeoutSeconds: number;
	script: string;
}

export interface WrkSummary {
	requests: number;
	seconds: number;
	requestsPerSecond: number;
	latencyMs: LatencyMs;
	errors: ErrorCounts;
}

const MARKER = 'BENCH_RESULT ';

/** wrk's command-line arguments; wrk needs at least as many connections as threads. */
export function wrkArgs(options: WrkOptions): string[] {
	const threads = Math.max(1, Math.min(options.threads, options.connections));
	return [
		`--threads=${threads}`,
		`--connections=${options.connections}`,
		`--duration=${options.durationSeconds}s`,
		`--timeout=${options.timeoutSeconds}s`,
		`--script=${options.script}`,
		options.url,
	];
}

const count = (value: unknown, field: string): number => {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
		throw new Error(`wrk summary: "${field}" is ${JSON.stringify(value)}, expected a number >= 0`);
	}
	return value;
};

const object = (value: unknown, field: string): Record<string, unknown> => {
	if (typeof value !== 'object' || value === null) throw new Error(`wrk summary: "${field}" is missing`);
	return value as Record<string, unknown>;
};

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Reads the BENCH_RESULT line from wrk's output; throws with the output when there is none. */
export function parseWrkOutput(output: string): WrkSummary {
	const line = output.split('\n').find((l) => l.startsWith(MARKER));
	if (!line) throw new Error(`wrk printed no ${MARKER.trim()} line; its output was:\n${output}`);
	let raw: unknown;
	try {
		raw = JSON.parse(line.slice(MARKER.length));
	} catch {
		throw new Error(`wrk summary is not JSON: ${line}`);
	}
	const summary = object(raw, 'summary');
	const errors = object(summary['errors'], 'errors');
	const latency = object(summary['latency_us'], 'latency_us');
	const requests = count(summary['requests'], 'requests');
	const durationUs = count(summary['duration_us'], 'duration_us');
	if (durationUs === 0) throw new Error('wrk summary: the run lasted 0 µs');
	const ms = (field: string) => round(count(latency[field], `latency_us.${field}`) / 1000, 3);
	const errorCounts = {
		connect: count(errors['connect'], 'errors.connect'),
		read: count(errors['read'], 'errors.read'),
		write: count(errors['write'], 'errors.write'),
		timeout: count(errors['timeout'], 'errors.timeout'),
		status: count(errors['status'], 'errors.status'),
	};
	const seconds = durationUs / 1e6;
	return {
		requests,
		seconds: round(seconds, 3),
		requestsPerSecond: round(requests / seconds, 1),
		latencyMs: { p50: ms('p50'), p90: ms('p90'), p99: ms('p99'), max: ms('max') },
		errors: { ...errorCounts, total: Object.values(errorCounts).reduce((sum, n) => sum + n, 0) },
	};
}

/** One run of a cell as the results file stores it. */
export function toRunFigures(
	summary: WrkSummary,
	where: { round: number; sequence: number; loadAverage: number },
): RunFigures {
	return { ...where, ...summary, loadAverage: round(where.loadAverage, 2) };
}
