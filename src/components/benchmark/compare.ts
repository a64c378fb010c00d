/**
 * What the page says about which server is faster, derived from the data only: compareCells on
 * the runs' ranges (overlapping ranges are "no difference"), with the medians' ratio for scale.
 */
import {
	type BenchRun,
	type Comparison,
	compareCells,
	findCase,
	measures,
	serverInfo,
} from '../../data/benchmarks/bench-run';
import { formatValue } from './chart';

/** The framework comparisons, all on psycopg 3: each pair reads "a compared with b". */
export const FRAMEWORK_PAIRS: [string, string][] = [
	['fastapi-uvicorn', 'django-gunicorn'],
	['fastapi-uvicorn', 'django-uvicorn'],
	['django-uvicorn', 'django-gunicorn'],
];
/** The driver's cost: the same FastAPI application on asyncpg compared with psycopg 3. */
export const DRIVER_PAIRS: [string, string][] = [['fastapi-asyncpg', 'fastapi-uvicorn']];

export interface Verdict {
	comparison: Comparison;
	/** a's median requests/s divided by b's. */
	ratio: number;
	a: number;
	b: number;
}

/** How `a` compares with `b` on one cell, or undefined when either was not measured. */
export function verdict(
	run: BenchRun,
	a: string,
	b: string,
	endpoint: string,
	concurrency: number,
): Verdict | undefined {
	const left = findCase(run, a, endpoint, concurrency);
	const right = findCase(run, b, endpoint, concurrency);
	if (!left || !right) return undefined;
	return {
		comparison: compareCells(left, right),
		ratio: left.requestsPerSecond.median / right.requestsPerSecond.median,
		a: left.requestsPerSecond.median,
		b: right.requestsPerSecond.median,
	};
}

/** "faster, 2.1× (4,000 against 1,900 requests/s)", "no difference (1,000 against 980: the runs overlap)". */
export function verdictText(v: Verdict | undefined): string {
	if (!v) return 'not measured';
	const medians = `${formatValue(v.a)} against ${formatValue(v.b)}`;
	if (v.comparison === 'no difference') return `no difference (${medians}: the runs overlap)`;
	return `${v.comparison}, ${formatRatio(v.ratio)}× (${medians})`;
}

/** Two significant digits ("2.1", "0.29"), three near 1 so that a real difference does not read "1.0". */
export function formatRatio(ratio: number): string {
	if (ratio >= 10) return ratio.toFixed(0);
	return String(Number(ratio.toPrecision(Math.abs(ratio - 1) < 0.1 ? 3 : 2)));
}

export interface ComparisonRow {
	endpoint: string;
	request: string;
	a: string;
	b: string;
	cells: { concurrency: number; verdict: Verdict | undefined; text: string }[];
}

/** One row per endpoint and pair (skipping pairs whose servers do not both serve the endpoint). */
export function comparisonRows(run: BenchRun, pairs: [string, string][], endpoints: string[]): ComparisonRow[] {
	return endpoints.flatMap((endpoint) => {
		const info = run.endpoints.find((e) => e.id === endpoint);
		if (!info) throw new Error(`No endpoint "${endpoint}" in the benchmark results`);
		return pairs
			.filter(([a, b]) => measures(serverInfo(run, a), endpoint) && measures(serverInfo(run, b), endpoint))
			.map(([a, b]) => ({
				endpoint,
				request: `${info.method} ${info.path}`,
				a: serverInfo(run, a).label,
				b: serverInfo(run, b).label,
				cells: run.method.concurrency.map((concurrency) => {
					const v = verdict(run, a, b, endpoint, concurrency);
					return { concurrency, verdict: v, text: verdictText(v) };
				}),
			}));
	});
}
