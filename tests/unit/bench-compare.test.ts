import { describe, expect, it } from 'vitest';
import { comparisonRows, formatRatio, verdict, verdictText } from '../../src/components/benchmark/compare';
import { compareCells, median, spreadOf, summarizeCell } from '../../src/data/benchmarks/bench-run';
import { benchRunFixture } from './support/bench-run';

const cell = (min: number, medianValue: number, max: number) => ({
	requestsPerSecond: { median: medianValue, min, max },
});

describe('compareCells', () => {
	it('says "faster" only when the slowest run of one beats the fastest run of the other', () => {
		expect(compareCells(cell(200, 210, 220), cell(100, 150, 199))).toBe('faster');
		expect(compareCells(cell(100, 150, 199), cell(200, 210, 220))).toBe('slower');
	});

	it('says "no difference" whenever the ranges overlap, even with medians far apart', () => {
		expect(compareCells(cell(100, 300, 310), cell(120, 130, 140))).toBe('no difference');
		expect(compareCells(cell(200, 210, 220), cell(100, 150, 200))).toBe('no difference'); // touching
		expect(compareCells(cell(100, 100, 100), cell(100, 100, 100))).toBe('no difference');
	});
});

describe('median and spreadOf', () => {
	it('take the middle run, or the mean of the two middle ones, and the range', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(spreadOf([300, 100, 200, 250, 120], 1)).toEqual({ median: 200, min: 100, max: 300 });
		expect(() => median([])).toThrow(/no values/);
	});
});

describe('summarizeCell', () => {
	it('keeps the runs, and sums their errors', () => {
		const run = benchRunFixture().results[0]!.runs[0]!;
		const withErrors = { ...run, errors: { ...run.errors, status: 2, total: 2 } };
		const summary = summarizeCell({ server: 's', endpoint: 'e', concurrency: 1 }, [run, withErrors, withErrors]);
		expect(summary.runs).toHaveLength(3);
		expect(summary.errors).toBe(4);
	});
});

describe('verdict and comparisonRows', () => {
	const run = benchRunFixture();

	it('derives each cell from compareCells, with the ratio of the medians', () => {
		expect(verdict(run, 'fastapi-uvicorn', 'django-gunicorn', 'json', 16)).toEqual({
			comparison: 'faster',
			ratio: 4000 / 900,
			a: 4000,
			b: 900,
		});
		// 290–340 against 300–320: the medians differ, the ranges overlap.
		expect(verdict(run, 'fastapi-uvicorn', 'django-gunicorn', 'item', 1)!.comparison).toBe('no difference');
		expect(verdict(run, 'django-gunicorn', 'fastapi-uvicorn', 'json', 64)).toBeUndefined();
	});

	it('writes "faster"/"slower" with the ratio, and "no difference" where the runs overlap', () => {
		expect(verdictText(verdict(run, 'fastapi-uvicorn', 'django-gunicorn', 'json', 16))).toBe(
			'faster, 4.4× (4,000 against 900)',
		);
		expect(verdictText(verdict(run, 'django-gunicorn', 'fastapi-uvicorn', 'json', 1))).toBe(
			'slower, 0.17× (500 against 3,000)',
		);
		expect(verdictText(verdict(run, 'fastapi-uvicorn', 'django-gunicorn', 'item', 1))).toBe(
			'no difference (330 against 310: the runs overlap)',
		);
		expect(verdictText(undefined)).toBe('not measured');
	});

	it('writes ratios with two significant digits, three near 1, none from 10', () => {
		expect([2.14, 0.294, 1.0213, 0.987, 9.96, 16.4].map(formatRatio)).toEqual([
			'2.1',
			'0.29',
			'1.02',
			'0.987',
			'10',
			'16',
		]);
	});

	it('compares the driver variant only where it was measured', () => {
		const rows = comparisonRows(run, [['fastapi-asyncpg', 'fastapi-uvicorn']], ['json', 'item']);
		expect(rows.map((r) => r.endpoint)).toEqual(['item']);
		expect(rows[0]!.cells.map((c) => c.text)).toEqual([
			'faster, 1.2× (410 against 330)',
			'not measured',
			'not measured',
		]);
	});
});
