import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput, runNotes } from '../../bench/frameworks/lib/report';
import { benchRunFixture } from './support/bench-run';

function input(overrides: Partial<ReportInput> = {}): ReportInput {
	const run = benchRunFixture();
	return {
		mode: 'full',
		startedAt: new Date('2026-01-01T00:00:00Z'),
		finishedAt: new Date('2026-01-01T00:08:20Z'),
		machine: { ...run.machine, cpus: 2, loadAverageAtStart: [0.2, 0.1, 0.1] },
		software: run.software,
		method: run.method,
		servers: run.servers,
		endpoints: run.endpoints,
		results: [...run.results].reverse(),
		upstreamDelayMs: 50,
		extraNotes: [],
		...overrides,
	};
}

describe('buildReport', () => {
	it('stores the cases by server, endpoint and concurrency whatever order they ran in', () => {
		const report = buildReport(input());
		expect(report.results).toEqual(benchRunFixture().results);
		expect(report.wallSeconds).toBe(500);
	});

	it('says the figures are noisy when other work was running before the start', () => {
		const quiet = runNotes(input());
		const busy = runNotes(input({ machine: { ...input().machine, loadAverageAtStart: [3.5, 2, 1] } }));
		expect(quiet.some((note) => note.includes('noisy'))).toBe(false);
		expect(busy.some((note) => note.includes('3.50 on 2 cores') && note.includes('noisy'))).toBe(true);
	});

	it('keeps the notes given on the command line', () => {
		expect(runNotes(input({ extraNotes: ['rerun after a kernel update'] })).at(-1)).toBe('rerun after a kernel update');
	});
});
