import { describe, expect, it } from 'vitest';
import { inlineCodeToHtml } from '../../src/lib/inline-code';
import { doneCount, emptyProgress, parseProgress, PROGRESS_VERSION, stepId, withStep } from '../../src/lib/progress';

describe('parseProgress', () => {
	it('starts empty when nothing is stored', () => {
		expect(parseProgress(null)).toEqual(emptyProgress());
	});

	it('reads what was stored', () => {
		const stored = { version: PROGRESS_VERSION, done: { 'phase-0': ['a', 'b'] } };
		expect(parseProgress(JSON.stringify(stored))).toEqual(stored);
	});

	it.each([
		['broken JSON', '{"version": 1,'],
		['another version', JSON.stringify({ version: 99, done: {} })],
		['no done map', JSON.stringify({ version: PROGRESS_VERSION })],
		['steps that are not a list', JSON.stringify({ version: PROGRESS_VERSION, done: { 'phase-0': 'a' } })],
		['a list of numbers', JSON.stringify({ version: PROGRESS_VERSION, done: { 'phase-0': [1] } })],
		['a bare value', '42'],
		['null', 'null'],
	])('rejects %s so it can be reset', (_name, raw) => {
		expect(parseProgress(raw)).toBeNull();
	});
});

describe('withStep and doneCount', () => {
	it('ticks and unticks a step without touching other phases', () => {
		let progress = withStep(emptyProgress(), 'phase-0', 'a', true);
		progress = withStep(progress, 'phase-1', 'x', true);
		progress = withStep(progress, 'phase-0', 'b', true);
		progress = withStep(progress, 'phase-0', 'a', false);
		expect(progress.done).toEqual({ 'phase-0': ['b'], 'phase-1': ['x'] });
	});

	it('ignores ticked steps that are no longer on the page', () => {
		const progress = withStep(withStep(emptyProgress(), 'phase-0', 'gone', true), 'phase-0', 'kept', true);
		expect(doneCount(progress, 'phase-0', ['kept', 'new'])).toBe(1);
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
