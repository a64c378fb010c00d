import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExampleError, loadExampleRegion } from '../../src/lib/example-source';
import { loadAttribute } from '../../src/lib/page-attributes';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'examples');
const load = (spec: string) => loadExampleRegion(spec, FIXTURES);

describe('loadExampleRegion', () => {
	it('shows a whole file without region markers, titled with its path', () => {
		const snippet = load('topic/sample.py');
		expect(snippet.title).toBe('examples/topic/sample.py');
		expect(snippet.lang).toBe('python');
		expect(snippet.code).not.toMatch(/region/);
		expect(snippet.code.startsWith('import os')).toBe(true);
	});

	it('extracts one region', () => {
		expect(load('topic/sample.py#first').code).toBe('def first() -> int:\n    return 1');
	});

	it('dedents a region that sits inside a class', () => {
		expect(load('topic/sample.py#nested').code).toBe('def method(self) -> int:\n    return 2');
	});

	it('keeps highlighted ranges that fit the snippet', () => {
		expect(load('topic/sample.py#first {1-2}').marked).toEqual([{ from: 1, to: 2 }]);
	});

	it.each([
		['topic/missing.py', /examples\/topic\/missing.py does not exist/],
		['topic/sample.py#absent', /has no region "absent"/],
		['topic/sample.py#unclosed', /not closed/],
		['topic/sample.py#first {3}', /highlights line 3, but the snippet has 2 lines/],
	])('fails clearly for %s', (spec, message) => {
		expect(() => load(spec)).toThrow(ExampleError);
		expect(() => load(spec)).toThrow(message);
	});
});

describe('loadAttribute', () => {
	it('fails the build naming the component, the page, the attribute and why', () => {
		expect(() => loadAttribute('ExampleFile', 'src/content/docs/x.mdx', 'path', 'topic/gone.py', load)).toThrow(
			'[ExampleFile] src/content/docs/x.mdx: path="topic/gone.py": examples/topic/gone.py does not exist',
		);
	});

	it('returns what the attribute loads', () => {
		expect(loadAttribute('ExampleFile', 'x.mdx', 'path', 'topic/sample.py', load).title).toBe(
			'examples/topic/sample.py',
		);
	});
});
