/**
 * Pure layout for the benchmark charts: grouped bars (one group per concurrency level, one bar
 * per server), each the median of a cell's runs with an error bar from the lowest run to the
 * highest, on a linear scale for throughput and a log scale for latency. BenchmarkChart.astro
 * draws the result as SVG at build time; nothing here touches the DOM.
 */
import { type BenchRun, endpointInfo, findCase, measures, type Spread } from '../../data/benchmarks/bench-run';

export type Metric = 'throughput' | 'latency';

export interface BarValue {
	/** The bar's height: the median of the runs (requests per second, or p50 latency). */
	value: number;
	/** An error bar from the lowest run to the highest. */
	range?: { min: number; max: number };
}

export interface ChartInput {
	groups: string[];
	series: { id: string; label: string }[];
	/** data[group][series]; undefined where a case did not run. */
	data: (BarValue | undefined)[][];
	scale: 'linear' | 'log';
	format: (value: number) => string;
	width?: number;
	height?: number;
}

export interface Tick {
	value: number;
	y: number;
	label: string;
}

export interface BarLayout {
	series: number;
	x: number;
	y: number;
	width: number;
	height: number;
	label: string;
	labelY: number;
	/** The error bar: x, and the y of the lowest and the highest run. */
	errorBar?: { x: number; yMin: number; yMax: number };
}

export interface ChartLayout {
	width: number;
	height: number;
	plot: { x: number; y: number; width: number; height: number };
	ticks: Tick[];
	groups: { label: string; x: number }[];
	bars: BarLayout[];
}

const MARGIN = { top: 20, right: 8, bottom: 40, left: 60 };
const GROUP_GAP = 0.3; // share of a group's width left empty between groups

/** 0 and a few round steps (1, 2, 2.5 or 5 times a power of ten) up to at least `max`. */
export function linearTicks(max: number, target = 5): number[] {
	if (!(max > 0)) return [0, 1];
	const rough = max / target;
	const power = 10 ** Math.floor(Math.log10(rough));
	const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
	const count = Math.ceil(max / step - 1e-9);
	return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** Powers of ten from just below `min` to just above `max`. */
export function logTicks(min: number, max: number): number[] {
	const low = Math.floor(Math.log10(Math.max(min, 1e-3)));
	const high = Math.max(low + 1, Math.ceil(Math.log10(Math.max(max, 1e-3))));
	return Array.from({ length: high - low + 1 }, (_, i) => Number((10 ** (low + i)).toPrecision(12)));
}

/** Thousands separators, and decimals only where the value is small. */
export function formatValue(value: number): string {
	const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
	return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function layoutChart(input: ChartInput): ChartLayout {
	const width = input.width ?? 640;
	const height = input.height ?? 300;
	const plot = {
		x: MARGIN.left,
		y: MARGIN.top,
		width: width - MARGIN.left - MARGIN.right,
		height: height - MARGIN.top - MARGIN.bottom,
	};
	const values = input.data.flat().flatMap((d) => (d ? [d.value, ...(d.range ? [d.range.min, d.range.max] : [])] : []));
	const tickValues =
		input.scale === 'log'
			? logTicks(Math.min(...values.filter((v) => v > 0), 1), Math.max(...values, 1))
			: linearTicks(Math.max(...values, 0));
	const bottom = tickValues[0]!;
	const top = tickValues[tickValues.length - 1]!;
	const fraction =
		input.scale === 'log'
			? (v: number) => (Math.log10(Math.max(v, bottom)) - Math.log10(bottom)) / (Math.log10(top) - Math.log10(bottom))
			: (v: number) => (v - bottom) / (top - bottom);
	const yOf = (v: number) => round(plot.y + plot.height * (1 - Math.min(1, Math.max(0, fraction(v)))));

	const groupWidth = plot.width / Math.max(1, input.groups.length);
	const barWidth = (groupWidth * (1 - GROUP_GAP)) / Math.max(1, input.series.length);
	const bars: BarLayout[] = [];
	input.groups.forEach((_, g) => {
		input.series.forEach((_, s) => {
			const datum = input.data[g]?.[s];
			if (!datum) return;
			const x = round(plot.x + g * groupWidth + (groupWidth * GROUP_GAP) / 2 + s * barWidth);
			const y = yOf(datum.value);
			const width = round(barWidth * 0.9);
			const errorBar = datum.range && {
				x: round(x + width / 2),
				yMin: yOf(datum.range.min),
				yMax: yOf(datum.range.max),
			};
			const bar: BarLayout = {
				series: s,
				x,
				y,
				width,
				height: round(plot.y + plot.height - y),
				label: input.format(datum.value),
				labelY: round(Math.min(y, errorBar ? errorBar.yMax : y) - 4),
			};
			bars.push(errorBar ? { ...bar, errorBar } : bar);
		});
	});
	return {
		width,
		height,
		plot,
		ticks: tickValues.map((value) => ({ value, y: yOf(value), label: input.format(value) })),
		groups: input.groups.map((label, g) => ({ label, x: round(plot.x + (g + 0.5) * groupWidth) })),
		bars,
	};
}

const round = (n: number) => Math.round(n * 10) / 10;

export interface BenchmarkChart {
	title: string;
	description: string;
	unit: string;
	input: ChartInput;
}

const connections = (n: number) => `${n} connection${n === 1 ? '' : 's'}`;

/** "1,234 (1,100–1,300)": a median and the range of the runs. */
export function formatSpread(spread: Spread): string {
	return `${formatValue(spread.median)} (${formatValue(spread.min)}–${formatValue(spread.max)})`;
}

/** One endpoint's figures from a run, as a chart: median requests per second or p50, with the runs' range. */
export function benchmarkChart(run: BenchRun, endpoint: string, metric: Metric): BenchmarkChart {
	const info = endpointInfo(run, endpoint);
	const levels = run.method.concurrency;
	const servers = run.servers.filter((server) => measures(server, endpoint));
	const spreads = levels.map((c) =>
		servers.map((server): Spread | undefined => {
			const result = findCase(run, server.id, endpoint, c);
			if (!result) return undefined;
			return metric === 'throughput' ? result.requestsPerSecond : result.latencyMs.p50;
		}),
	);
	const data = spreads.map((row) =>
		row.map((spread): BarValue | undefined =>
			spread ? { value: spread.median, range: { min: spread.min, max: spread.max } } : undefined,
		),
	);
	const request = `${info.method} ${info.path}`;
	const perServer = servers.map((server, s) => {
		const figures = levels.map((c, g) => {
			const spread = spreads[g]?.[s];
			return `${connections(c)}: ${spread ? formatSpread(spread) : 'not measured'}`;
		});
		return `${server.label}: ${figures.join('; ')}.`;
	});
	const runs = `${run.method.runs} run${run.method.runs === 1 ? '' : 's'}`;
	const title =
		metric === 'throughput'
			? `${request}: requests per second (higher is better)`
			: `${request}: median latency (p50) in milliseconds (lower is better)`;
	const how =
		metric === 'throughput'
			? `Requests per second: the median of ${runs} per bar, the lowest to the highest run in brackets`
			: `Median latency (p50) on a logarithmic scale, in milliseconds: the median of ${runs} per bar, the lowest to the highest run in brackets`;
	return {
		title,
		description: `${how}, by number of connections. ${perServer.join(' ')}`,
		unit: metric === 'throughput' ? 'requests/s' : 'ms',
		input: {
			groups: levels.map(connections),
			series: servers.map((server) => ({ id: server.id, label: server.label })),
			data,
			scale: metric === 'throughput' ? 'linear' : 'log',
			format: formatValue,
		},
	};
}
