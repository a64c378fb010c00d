import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput, runNotes } from '../../bench/frameworks/lib/report';
import { benchRunFixture } from './support/bench-run';

function input(overrides: Partial<ReportInput> = {}): ReportInput {
	const run = benchRunFixture();
	return {
		mode: 'full',
		startedAt: new Date('2026-01-01T00:00:00Z'),
		finishedAt: new Date('2026-01-01T00:25:00Z'),
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
	it('writes schema 2 and stores the cells by server, endpoint and concurrency whatever order they ran in', () => {
		const report = buildReport(input());
		expect(report.schema).toBe(2);
		expect(report.results).toEqual(benchRunFixture().results);
		expect(report.wallSeconds).toBe(1500);
	});

	it('keeps every run of every cell, with its median and spread', () => {
		const cell = buildReport(input()).results.find((r) => r.server === 'fastapi-uvicorn' && r.endpoint === 'item')!;
		expect(cell.runs.map((r) => r.requestsPerSecond)).toEqual([290, 330, 340]);
		expect(cell.requestsPerSecond).toEqual({ median: 330, min: 290, max: 340 });
	});
});

describe('runNotes', () => {
	it('warns of the load at the start when the machine was busy the minute before', () => {
		const quiet = runNotes(input());
		const busy = runNotes(input({ machine: { ...input().machine, loadAverageAtStart: [3.5, 2, 1] } }));
		expect(quiet.some((note) => note.includes('when the benchmark started'))).toBe(false);
		expect(busy.some((note) => note.includes('3.50 on 2 cores when the benchmark started'))).toBe(true);
	});

	it('says where wrk ran, and "on this configuration"', () => {
		const pinned = runNotes(input()).join(' ');
		expect(pinned).toContain('wrk ran on its own CPU (1)');
		expect(pinned).toContain('on this configuration');
		const method = {
			...input().method,
			pinning: { pinned: false, loadGeneratorCpus: '0-1', serverCpus: '0-1', note: 'taskset is missing' },
		};
		expect(runNotes(input({ method })).join(' ')).toContain('shared the same 2 cores (taskset is missing)');
	});

	it('marks a quick run as one for checking the harness, and not a full one', () => {
		expect(runNotes(input({ mode: 'quick' }))[0]).toMatch(/^A quick run: 3 runs of 5 s per cell/);
		expect(runNotes(input()).some((note) => note.startsWith('A quick run'))).toBe(false);
	});

	it('gives the range of the load average over every run', () => {
		expect(runNotes(input()).join(' ')).toContain('ranged from 1.00 to 1.20');
	});

	it('keeps the notes given on the command line', () => {
		expect(runNotes(input({ extraNotes: ['rerun after a kernel update'] })).at(-1)).toBe('rerun after a kernel update');
	});
});
