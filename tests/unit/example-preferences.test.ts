import { describe, expect, it } from 'vitest';
import {
	FRAMEWORK_KEY,
	INLINE_PREFERENCES_SCRIPT,
	LAYOUT_KEY,
	LEGACY_FRAMEWORK_KEY,
	parsePreferences,
} from '../../src/lib/example-preferences';
import { loadPerFramework, shownFramework } from '../../src/lib/frameworks';

/** Runs the inline <head> script against a stored state and returns what it set on <html>. */
function runInline(stored: Record<string, string>) {
	const storage = new Map(Object.entries(stored));
	const localStorage = {
		getItem: (key: string) => storage.get(key) ?? null,
		removeItem: (key: string) => void storage.delete(key),
	};
	const dataset: Record<string, string> = {};
	new Function('document', 'localStorage', INLINE_PREFERENCES_SCRIPT)({ documentElement: { dataset } }, localStorage);
	return { dataset, storage };
}

const STATES: [string, Record<string, string>][] = [
	['nothing stored', {}],
	['a framework and a layout', { [FRAMEWORK_KEY]: 'drf', [LAYOUT_KEY]: 'tabs' }],
	['only the old tabs choice', { [LEGACY_FRAMEWORK_KEY]: 'Django' }],
	['both, the new one wins', { [FRAMEWORK_KEY]: 'fastapi', [LEGACY_FRAMEWORK_KEY]: 'DRF' }],
	['a corrupted framework', { [FRAMEWORK_KEY]: '{"not": json' }],
	['an unknown layout', { [LAYOUT_KEY]: 'sideways' }],
	['an old label nobody used', { [LEGACY_FRAMEWORK_KEY]: 'Flask' }],
];

describe('the inline script and parsePreferences', () => {
	it.each(STATES)('agree on %s', (_name, stored) => {
		const { dataset } = runInline(stored);
		const parsed = parsePreferences(
			stored[FRAMEWORK_KEY] ?? null,
			stored[LAYOUT_KEY] ?? null,
			stored[LEGACY_FRAMEWORK_KEY] ?? null,
		);
		expect(dataset).toEqual({ fw: parsed.framework, fwLayout: parsed.layout, fwJs: '' });
	});

	it('shows FastAPI, side by side, to a first-time reader', () => {
		expect(runInline({}).dataset).toMatchObject({ fw: 'fastapi', fwLayout: 'side' });
	});

	it('resets a corrupted saved state instead of keeping it', () => {
		const { storage } = runInline({ [FRAMEWORK_KEY]: 'nope', [LAYOUT_KEY]: 'diagonal' });
		expect([...storage.keys()]).toEqual([]);
	});

	it('keeps a framework chosen with the old tabs', () => {
		expect(runInline({ [LEGACY_FRAMEWORK_KEY]: 'DRF' }).dataset['fw']).toBe('drf');
	});
});

describe('shownFramework', () => {
	it('shows the chosen framework when the example has it', () => {
		expect(shownFramework('drf', ['django', 'drf', 'fastapi'])).toBe('drf');
	});
	it('falls back to the same side first, so a DRF reader sees Django rather than FastAPI', () => {
		expect(shownFramework('drf', ['django', 'fastapi'])).toBe('django');
		expect(shownFramework('django', ['drf', 'fastapi'])).toBe('drf');
	});
	it('otherwise shows the first framework the example has', () => {
		expect(shownFramework('fastapi', ['django', 'drf'])).toBe('django');
		expect(shownFramework('django', ['fastapi'])).toBe('fastapi');
	});
});

describe('loadPerFramework', () => {
	it('loads each framework given, in order, and names the page and attribute when one fails', () => {
		expect(loadPerFramework('Example', 'x.mdx', { fastapi: 'b', django: 'a' }, (value) => value.toUpperCase())).toEqual(
			{
				django: 'A',
				fastapi: 'B',
			},
		);
		expect(() =>
			loadPerFramework('Exchange', 'x.mdx', { drf: 'gone' }, () => {
				throw new Error('no such recording');
			}),
		).toThrow('[Exchange] x.mdx: drf="gone": no such recording');
		expect(() => loadPerFramework('Example', 'x.mdx', {}, (value) => value)).toThrow('give at least one of');
	});
});
