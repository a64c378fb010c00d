import { describe, expect, it } from 'vitest';
import { MIN_PUBLISHED_RUNS, shouldPublish } from '../../bench/frameworks/lib/publish';
import { estimateSeconds, planPinning, schedule, seededRandom, shuffle } from '../../bench/frameworks/lib/schedule';

const servers = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'variant', endpoints: ['db'] }];
const endpoints = ['json', 'db'];
const levels = [1, 16, 64];

describe('schedule', () => {
	const slots = schedule(servers, endpoints, levels, 5, 1);

	it('measures every cell once per round, and the variant only on its endpoints', () => {
		const cells = (3 * 2 + 1) * 3;
		expect(slots).toHaveLength(cells * 5);
		for (let round = 1; round <= 5; round++) {
			const inRound = slots.filter((s) => s.round === round).map((s) => `${s.server} ${s.endpoint} ${s.concurrency}`);
			expect(new Set(inRound).size).toBe(cells);
			expect(inRound).toHaveLength(cells);
		}
		expect(slots.filter((s) => s.server === 'variant').every((s) => s.endpoint === 'db')).toBe(true);
	});

	it('runs round after round, numbering the slots in order', () => {
		expect(slots.map((s) => s.sequence)).toEqual(slots.map((_, i) => i));
		expect(slots.map((s) => s.round)).toEqual([...slots.map((s) => s.round)].sort((x, y) => x - y));
	});

	it('shuffles the servers afresh for each cell group, so no server is always first', () => {
		const firsts = slots.filter((_, i) => i % 3 === 0 && slots[i]!.endpoint === 'json').map((s) => s.server);
		expect(new Set(firsts).size).toBe(3);
	});

	it('gives the same order for the same seed and another for another seed', () => {
		expect(schedule(servers, endpoints, levels, 5, 1)).toEqual(slots);
		expect(schedule(servers, endpoints, levels, 5, 2).map((s) => s.server)).not.toEqual(slots.map((s) => s.server));
	});
});

describe('shuffle', () => {
	it('keeps every item once', () => {
		const random = seededRandom(7);
		for (let i = 0; i < 20; i++) expect([...shuffle([1, 2, 3, 4, 5], random)].sort()).toEqual([1, 2, 3, 4, 5]);
	});
});

describe('planPinning', () => {
	it('puts wrk on the last CPU and the servers on the others when taskset exists and there are 2 CPUs or more', () => {
		expect(planPinning(2, true)).toMatchObject({
			pinned: true,
			loadGeneratorCpus: '1',
			serverCpus: '0',
			loadGeneratorPrefix: ['taskset', '-c', '1'],
			serverPrefix: ['taskset', '-c', '0'],
			serverCpuCount: 1,
		});
		expect(planPinning(8, true)).toMatchObject({ loadGeneratorCpus: '7', serverCpus: '0-6', serverCpuCount: 7 });
	});

	it('runs unpinned, and says why, without taskset or with one CPU', () => {
		const missing = planPinning(4, false);
		expect(missing).toMatchObject({ pinned: false, loadGeneratorPrefix: [], serverPrefix: [], serverCpuCount: 4 });
		expect(missing.note).toMatch(/taskset .* is missing/);
		expect(planPinning(1, true)).toMatchObject({ pinned: false, serverCpuCount: 1 });
	});
});

describe('estimateSeconds', () => {
	it('counts start-up, warm-ups and every run with its settle time', () => {
		const seconds = estimateSeconds({
			slots: 10,
			warmups: 2,
			warmupSeconds: 2,
			durationSeconds: 5,
			settleSeconds: 0.5,
		});
		expect(seconds).toBe(Math.ceil(30 + 2 * 2.8 + 10 * 5.8));
	});

	it('puts a full run of the harness (51 cells × 5 runs of 5 s) at about half an hour at most', () => {
		const full = estimateSeconds({
			slots: 51 * 5,
			warmups: 17,
			warmupSeconds: 2,
			durationSeconds: 5,
			settleSeconds: 0.5,
		});
		expect(full / 60).toBeGreaterThan(20);
		expect(full / 60).toBeLessThanOrEqual(30);
	});
});

describe('shouldPublish', () => {
	const full = { mode: 'full' as const, runs: MIN_PUBLISHED_RUNS, complete: true, noPublish: false };

	it("replaces the page's data with a complete full run of five runs per cell or more", () => {
		expect(shouldPublish(full)).toBe(true);
	});

	it('never with a quick run, fewer runs, some servers or endpoints left out, or --no-publish', () => {
		expect(shouldPublish({ ...full, mode: 'quick' })).toBe(false);
		expect(shouldPublish({ ...full, runs: MIN_PUBLISHED_RUNS - 1 })).toBe(false);
		expect(shouldPublish({ ...full, complete: false })).toBe(false);
		expect(shouldPublish({ ...full, noPublish: true })).toBe(false);
	});
});
