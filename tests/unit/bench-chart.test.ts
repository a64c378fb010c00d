import { describe, expect, it } from 'vitest';
import {
	type ChartInput,
	benchmarkChart,
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

	it('places latency on a log scale, one decade per step, with whiskers to p99', () => {
		const layout = layoutChart(
			input({
				scale: 'log',
				data: [
					[
						{ value: 1, whisker: { mark: 10, to: 100 } },
						{ value: 0.1, whisker: { mark: 0.5, to: 1 } },
					],
					[undefined, undefined],
				],
			}),
		);
		expect(layout.ticks.map((t) => t.value)).toEqual([0.1, 1, 10, 100]);
		const decade = layout.plot.height / 3;
		const [slow, fast] = layout.bars;
		expect(slow!.height).toBeCloseTo(decade, 0);
		expect(fast!.height).toBe(0); // the axis starts at the smallest value's decade
		expect(slow!.whisker!.yMark).toBeCloseTo(slow!.y - decade, 0);
		expect(slow!.whisker!.yTo).toBeCloseTo(layout.plot.y, 0);
		expect(slow!.label).toBe('100'); // a latency bar is labelled with its p99
		expect(slow!.labelY).toBeLessThan(slow!.whisker!.yTo);
	});
});

describe('benchmarkChart', () => {
	const run: BenchRun = benchRunFixture();

	it("groups by connections and draws one series per server, in the run's order", () => {
		const chart = benchmarkChart(run, 'json', 'throughput');
		expect(chart.input.groups).toEqual(['1 connection', '16 connections', '64 connections']);
		expect(chart.input.series.map((s) => s.id)).toEqual(['django-gunicorn', 'fastapi-uvicorn']);
		expect(chart.input.data[1]).toEqual([{ value: 900 }, { value: 4000 }]);
		expect(chart.input.scale).toBe('linear');
	});

	it('names the request and the direction of "better" in the title, and every figure in the description', () => {
		const chart = benchmarkChart(run, 'json', 'throughput');
		expect(chart.title).toBe('GET /json: requests per second (higher is better)');
		expect(chart.description).toContain(
			'Django · gunicorn (sync): 1 connection: 500; 16 connections: 900; 64 connections: not measured.',
		);
		expect(chart.description).toContain(
			'FastAPI · uvicorn: 1 connection: 3,000; 16 connections: 4,000; 64 connections: 4,200.',
		);
	});

	it('shows latency as p50 with a p90 mark and a p99 whisker, on a log scale', () => {
		const chart = benchmarkChart(run, 'json', 'latency');
		expect(chart.input.scale).toBe('log');
		expect(chart.input.data[0]![1]).toEqual({ value: 0.2, whisker: { mark: 0.5, to: 2 } });
		expect(chart.description).toContain('FastAPI · uvicorn: 1 connection: p50 0.2, p90 0.5, p99 2;');
	});

	it('fails, naming the endpoints it has, for an unknown endpoint', () => {
		expect(() => benchmarkChart(run, 'nope', 'throughput')).toThrow(/No endpoint "nope".*have: json/);
	});
});

describe('parseBenchRun', () => {
	it('accepts a well-formed run', () => {
		expect(parseBenchRun(benchRunFixture()).results).toHaveLength(5);
	});

	it('rejects a file from another schema, an unknown server or a figure that is not a number', () => {
		expect(() => parseBenchRun({ ...benchRunFixture(), schema: 2 })).toThrow(/schema is 2/);
		const stranger = benchRunFixture();
		stranger.results[0]!.server = 'flask';
		expect(() => parseBenchRun(stranger)).toThrow(/results\[0\].*unknown server/);
		const broken = benchRunFixture();
		(broken.results[1]!.latencyMs as { p99: unknown }).p99 = null;
		expect(() => parseBenchRun(broken)).toThrow(/results\[1\].*not a number/);
	});
});
