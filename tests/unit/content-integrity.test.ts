import { describe, expect, it } from 'vitest';
import { parseExampleRef } from '../../src/lib/example-ref';
import { loadExampleRegion } from '../../src/lib/example-source';
import { pageExampleFiles } from './support/example-files';
import { loadDocPages, parseDocPage } from './support/site-content';

const pages = loadDocPages();

describe('every page', () => {
	it.each(pages.map((page) => [page.file, page] as const))('%s has a title and a description', (_file, page) => {
		expect(typeof page.frontmatter['title'], 'title').toBe('string');
		expect(String(page.frontmatter['description'] ?? '').length, 'description').toBeGreaterThanOrEqual(20);
	});
});

describe('example references', () => {
	const refs = pages.flatMap((page) => page.exampleRefs.map((spec) => [page.file, spec] as const));

	it('exist on the pages that set the pattern', () => {
		expect(refs.length).toBeGreaterThan(0);
	});

	it.each(refs)('%s: %s resolves', (_file, spec) => {
		expect(() => loadExampleRegion(spec)).not.toThrow();
	});

	it('are found in multi-line tags and in ExampleFile', () => {
		const page = parseDocPage(
			'x.mdx',
			'<Example\n\tdjango="a/b.py#r"\n\tfastapi="a/c.py {1}"\n/>\n<ExampleFile path="a/d.py" />',
		);
		expect(page.exampleRefs).toEqual(['a/b.py#r', 'a/c.py {1}', 'a/d.py']);
	});
});

describe('example files', () => {
	const shown = new Set(pages.flatMap((page) => page.exampleRefs.map((spec) => parseExampleRef(spec).path)));

	it('include some files meant for pages', () => {
		expect(pageExampleFiles().length).toBeGreaterThan(0);
	});

	it('are each shown by at least one page', () => {
		expect(pageExampleFiles().filter((file) => !shown.has(file))).toEqual([]);
	});
});
