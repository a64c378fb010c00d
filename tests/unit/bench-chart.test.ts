import { describe, expect, it } from 'vitest';
import {
	type ChartInput,
	benchmarkChart,
	formatSpread,
	formatValue,
	layoutChart,
	linearTicks,
	logTicks,
} from '../../src/components/benchmark/chart';
import { type BenchRun, parseBenchRun } from '../../src/data/benchmarks/bench-run';
import { benchRunFixture } from './support/bench-run';

describe('linearTicks', () => {
	it('starts at 0 and steps by a round number up to the maximum or just above it', () => {
		expect(linearTicks(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
		expect(linearTicks(4321)).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
		expect(linearTicks(37)).toEqual([0, 10, 20, 30, 40]);
		expect(linearTicks(0.9)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
	});

	it('gives a usable axis when every value is 0', () => {
		expect(linearTicks(0)).toEqual([0, 1]);
	});
});

describe('logTicks', () => {
	it('covers the values with powers of ten', () => {
		expect(logTicks(0.15, 1990)).toEqual([0.1, 1, 10, 100, 1000, 10000]);
		expect(logTicks(3, 8)).toEqual([1, 10]);
	});
});

describe('formatValue', () => {
	it('uses thousands separators and fewer decimals for larger values', () => {
		expect(formatValue(12345.6)).toBe('12,346');
		expect(formatValue(42.25)).toBe('42.3');
		expect(formatValue(3.14159)).toBe('3.14');
		expect(formatValue(0.1234)).toBe('0.123');
	});
});

const input = (overrides: Partial<ChartInput> = {}): ChartInput => ({
	groups: ['1 connection', '16 connections'],
	series: [
		{ id: 'a', label: 'A' },
		{ id: 'b', label: 'B' },
	],
	data: [
		[{ value: 100 }, { value: 50 }],
		[{ value: 400 }, undefined],
	],
	scale: 'linear',
	format: formatValue,
	width: 500,
	height: 300,
	...overrides,
});

describe('layoutChart', () => {
	it('makes bar heights proportional to the values on a linear scale', () => {
		const layout = layoutChart(input());
		const [a1, b1, a16] = layout.bars;
		expect(layout.bars).toHaveLength(3); // the missing case draws nothing
		expect(a1!.height / b1!.height).toBeCloseTo(2, 1);
		expect(a16!.height / a1!.height).toBeCloseTo(4, 1);
		expect(a16!.height).toBe(layout.plot.height); // 400 is the top tick
	});

	it('keeps every bar inside the plot, in series order within its group', () => {
		const layout = layoutChart(input());
		const { plot } = layout;
		for (const bar of layout.bars) {
			expect(bar.x).toBeGreaterThanOrEqual(plot.x);
			expect(bar.x + bar.width).toBeLessThanOrEqual(plot.x + plot.width);
			expect(bar.y).toBeGreaterThanOrEqual(plot.y);
			expect(bar.y + bar.height).toBeCloseTo(plot.y + plot.height, 5);
		}
		expect(layout.bars[0]!.x).toBeLessThan(layout.bars[1]!.x);
		expect(layout.bars[1]!.x + layout.bars[1]!.width).toBeLessThan(layout.bars[2]!.x);
	});

	it('centres the group labels under their groups and puts the ticks top to bottom', () => {
		const layout = layoutChart(input());
		expect(layout.groups.map((g) => g.x)).toEqual([
			layout.plot.x + layout.plot.width / 4,
			layout.plot.x + (3 * layout.plot.width) / 4,
		]);
		expect(layout.ticks[0]).toMatchObject({ value: 0, y: layout.plot.y + layout.plot.height, label: '0' });
		expect(layout.ticks.at(-1)).toMatchObject({ value: 400, y: layout.plot.y });
	});

	it('places latency on a log scale, one decade per step', () => {
		const layout = layoutChart(
			input({
				scale: 'log',
				data: [
					[{ value: 1 }, { value: 0.1 }],
					[{ value: 100 }, undefined],
				],
			}),
		);
		expect(layout.ticks.map((t) => t.value)).toEqual([0.1, 1, 10, 100]);
		const decade = layout.plot.height / 3;
		const [slow, fast, slowest] = layout.bars;
		expect(slow!.height).toBeCloseTo(decade, 0);
		expect(fast!.height).toBe(0); // the axis starts at the smallest value's decade
		expect(slowest!.height).toBeCloseTo(3 * decade, 0);
	});

	it('draws an error bar from the lowest run to the highest, centred on the bar, labelled with the median above it', () => {
		const layout = layoutChart(
			input({
				data: [
					[{ value: 100, range: { min: 80, max: 120 } }, { value: 50 }],
					[{ value: 400, range: { min: 390, max: 410 } }, undefined],
				],
			}),
		);
		const [a, b] = layout.bars;
		const yOf = (v: number) => layout.plot.y + layout.plot.height * (1 - v / layout.ticks.at(-1)!.value);
		expect(a!.errorBar!.x).toBeCloseTo(a!.x + a!.width / 2, 1);
		expect(a!.errorBar!.yMin).toBeCloseTo(yOf(80), 0);
		expect(a!.errorBar!.yMax).toBeCloseTo(yOf(120), 0);
		expect(a!.errorBar!.yMax).toBeLessThan(a!.y); // the highest run is above the median's bar top
		expect(a!.label).toBe('100'); // the median, not the range
		expect(a!.labelY).toBeLessThan(a!.errorBar!.yMax);
		expect(b!.errorBar).toBeUndefined();
		// The axis reaches the highest run, not only the highest median.
		expect(layout.ticks.at(-1)!.value).toBeGreaterThanOrEqual(410);
	});
});

describe('benchmarkChart', () => {
	const run: BenchRun = benchRunFixture();

	it("groups by connections and draws one series per server that serves the endpoint, in the run's order", () => {
		const chart = benchmarkChart(run, 'json', 'throughput');
		expect(chart.input.groups).toEqual(['1 connection', '16 connections', '64 connections']);
		expect(chart.input.series.map((s) => s.id)).toEqual(['django-gunicorn', 'fastapi-uvicorn']);
		expect(chart.input.data[1]).toEqual([
			{ value: 900, range: { min: 850, max: 950 } },
			{ value: 4000, range: { min: 3900, max: 4100 } },
		]);
		expect(chart.input.scale).toBe('linear');
		expect(benchmarkChart(run, 'item', 'throughput').input.series.map((s) => s.id)).toEqual([
			'django-gunicorn',
			'fastapi-uvicorn',
			'fastapi-asyncpg',
		]);
	});

	it('names the request and the direction of "better" in the title, and every median and range in the description', () => {
		const chart = benchmarkChart(run, 'json', 'throughput');
		expect(chart.title).toBe('GET /json: requests per second (higher is better)');
		expect(chart.description).toContain('the median of 3 runs per bar');
		expect(chart.description).toContain(
			'Django · gunicorn (threads): 1 connection: 500 (480–520); 16 connections: 900 (850–950); 64 connections: not measured.',
		);
		expect(chart.description).toContain(
			'FastAPI · uvicorn: 1 connection: 3,000 (2,900–3,100); 16 connections: 4,000 (3,900–4,100); 64 connections: 4,200 (4,100–4,300).',
		);
	});

	it('shows latency as the median p50 with the range of the runs, on a log scale', () => {
		const chart = benchmarkChart(run, 'json', 'latency');
		expect(chart.input.scale).toBe('log');
		expect(chart.input.data[0]![1]).toEqual({ value: 0.3, range: { min: 0.2, max: 0.4 } });
		expect(chart.description).toContain('FastAPI · uvicorn: 1 connection: 0.3 (0.2–0.4);');
	});

	it('fails, naming the endpoints it has, for an unknown endpoint', () => {
		expect(() => benchmarkChart(run, 'nope', 'throughput')).toThrow(/No endpoint "nope".*have: json, item/);
	});
});

describe('formatSpread', () => {
	it('shows the median, then the lowest and highest run', () => {
		expect(formatSpread({ median: 1234.4, min: 1100, max: 1300.2 })).toBe('1,234 (1,100–1,300)');
	});
});

describe('parseBenchRun', () => {
	it('accepts a well-formed run', () => {
		expect(parseBenchRun(benchRunFixture()).results).toHaveLength(8);
	});

	it('rejects a file from another schema (one run per cell cannot show a spread)', () => {
		expect(() => parseBenchRun({ ...benchRunFixture(), schema: 1 })).toThrow(/schema is 1, expected 2/);
	});

	it('rejects an unknown server, a variant on an endpoint it does not serve, a cell without runs or a broken figure', () => {
		const stranger = benchRunFixture();
		stranger.results[0]!.server = 'flask';
		expect(() => parseBenchRun(stranger)).toThrow(/results\[0\].*unknown server/);
		const outside = benchRunFixture();
		outside.results.push({ ...outside.results[0]!, server: 'fastapi-asyncpg' });
		expect(() => parseBenchRun(outside)).toThrow(/not measured on this endpoint/);
		const empty = benchRunFixture();
		empty.results[1]!.runs = [];
		expect(() => parseBenchRun(empty)).toThrow(/results\[1\].*no runs/);
		const broken = benchRunFixture();
		(broken.results[1]!.runs[0]!.latencyMs as { p99: unknown }).p99 = null;
		expect(() => parseBenchRun(broken)).toThrow(/results\[1\].*runs\[0\].*not a number/);
		const inverted = benchRunFixture();
		inverted.results[2]!.requestsPerSecond = { median: 5, min: 6, max: 7 };
		expect(() => parseBenchRun(inverted)).toThrow(/results\[2\].*spread/);
	});

	it('requires the method to record runs, database connections and pinning', () => {
		const run = benchRunFixture();
		const { pinning: _pinning, ...withoutPinning } = run.method;
		expect(() => parseBenchRun({ ...run, method: withoutPinning })).toThrow(/method\.pinning/);
		expect(() => parseBenchRun({ ...run, method: { ...run.method, runs: 0 } })).toThrow(/method\.runs/);
	});
});
