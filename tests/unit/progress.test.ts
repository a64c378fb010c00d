import { describe, expect, it } from 'vitest';
import { inlineCodeToHtml } from '../../src/lib/inline-code';
import {
	doneCount,
	emptyProgress,
	parseProgress,
	PROGRESS_VERSION,
	resumeStep,
	stepId,
	withStep,
} from '../../src/lib/progress';

describe('parseProgress', () => {
	it('starts empty when nothing is stored', () => {
		expect(parseProgress(null)).toEqual(emptyProgress());
	});

	it('reads what was stored', () => {
		const stored = { version: PROGRESS_VERSION, done: ['path/phase-0-x/models', 'path/phase-0-x/queries'] };
		expect(parseProgress(JSON.stringify(stored))).toEqual(stored);
	});

	it.each([
		['broken JSON', '{"version": 2,'],
		['an unknown version', JSON.stringify({ version: 99, done: [] })],
		['no done list', JSON.stringify({ version: PROGRESS_VERSION })],
		['a list of numbers', JSON.stringify({ version: PROGRESS_VERSION, done: [1] })],
		['a version 1 value of the wrong shape', JSON.stringify({ version: 1, done: { 'phase-0': 'all' } })],
		['a bare value', '42'],
		['null', 'null'],
		['an array', '[]'],
	])('rejects %s so it can be reset', (_name, raw) => {
		expect(parseProgress(raw)).toBeNull();
	});
});

describe('progress saved by the single-page phases (version 1)', () => {
	const migration = {
		'phase-0': {
			'path/phase-0-x/models': ['define-models', 'write-migrations'],
			'path/phase-0-x/views': ['write-views'],
		},
		'phase-1': { 'path/phase-1-y/serializers': ['serializers'] },
	};

	it('becomes the step pages whose checklist items were all ticked', () => {
		const old = { version: 1, done: { 'phase-0': ['define-models', 'write-migrations'], 'phase-1': ['serializers'] } };
		expect(parseProgress(JSON.stringify(old), migration)?.done.sort()).toEqual([
			'path/phase-0-x/models',
			'path/phase-1-y/serializers',
		]);
	});

	it('leaves a step not done while one of the items it replaces was not ticked', () => {
		const old = { version: 1, done: { 'phase-0': ['define-models', 'write-views'] } };
		expect(parseProgress(JSON.stringify(old), migration)?.done).toEqual(['path/phase-0-x/views']);
	});

	it('is saved in the current version', () => {
		expect(parseProgress(JSON.stringify({ version: 1, done: {} }), migration)?.version).toBe(PROGRESS_VERSION);
	});
});

describe('withStep, doneCount and resumeStep', () => {
	const steps = ['a', 'b', 'c'];

	it('marks and unmarks a step', () => {
		let progress = withStep(emptyProgress(), 'a', true);
		progress = withStep(progress, 'b', true);
		progress = withStep(progress, 'a', false);
		expect(progress.done).toEqual(['b']);
	});

	it('ignores steps that no longer exist', () => {
		const progress = withStep(withStep(emptyProgress(), 'gone', true), 'a', true);
		expect(doneCount(progress, steps)).toBe(1);
	});

	it('resumes in the first phase worked in, not in phases skipped on the fast track', () => {
		const path = ['path/phase-0-a/x', 'path/phase-0-a/y', 'path/phase-2-b/x', 'path/phase-2-b/y', 'path/phase-3-c/x'];
		expect(resumeStep(withStep(emptyProgress(), 'path/phase-2-b/y', true), path)).toBe('path/phase-2-b/x');
		const phaseTwoDone = withStep(withStep(emptyProgress(), 'path/phase-2-b/x', true), 'path/phase-2-b/y', true);
		expect(resumeStep(phaseTwoDone, path)).toBe('path/phase-3-c/x');
	});

	it('resumes at the first step not done, and only once something is done', () => {
		expect(resumeStep(emptyProgress(), steps)).toBeUndefined();
		expect(resumeStep(withStep(emptyProgress(), 'b', true), steps)).toBe('a');
		expect(resumeStep(withStep(withStep(emptyProgress(), 'a', true), 'b', true), steps)).toBe('c');
	});
});

describe('stepId', () => {
	it('is a stable slug of the text', () => {
		expect(stepId('Fix the N+1 query in `list_messages`')).toBe('fix-the-n-1-query-in-list-messages');
	});
});

describe('inlineCodeToHtml', () => {
	it('escapes HTML and renders backticks as code', () => {
		expect(inlineCodeToHtml('Use `<b>` & `select()`')).toBe('Use <code>&lt;b&gt;</code> &amp; <code>select()</code>');
	});
});
