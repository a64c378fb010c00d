import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExampleRef } from '../../src/lib/example-ref';
import { loadExampleRegion } from '../../src/lib/example-source';
import { pageExampleFiles, readPageFileRule } from './support/example-files';
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

	it('are told from the files that make the examples run by examples/support-files.json', () => {
		const { shown: isShown, support } = readPageFileRule(join('examples', 'support-files.json'));
		const shownByRule = (path: string) => isShown.test(path) && !support.some((pattern) => pattern.test(path));
		expect(
			[
				'orm_queries/django_app/models.py',
				'schema_migrations/alembic/versions/0001_initial.py',
				'orm_queries/django_app/migrations/0001_initial.py',
				'orm_queries/tests/test_queries.py',
				'orm_queries/django_app/__init__.py',
				'orm_queries/django_app/apps.py',
				'django_site/settings.py',
				'conftest.py',
				'orm_queries/django_app/models.html',
			].filter(shownByRule),
		).toEqual(['orm_queries/django_app/models.py', 'schema_migrations/alembic/versions/0001_initial.py']);
	});

	it.each([
		['broken JSON', '{'],
		['no support list', '{"shown": {"pattern": "x"}}'],
		['a pattern that is not a regular expression', '{"shown": {"pattern": "("}, "support": []}'],
		['a pattern that is not a string', '{"shown": {"pattern": "x"}, "support": [{"pattern": 1}]}'],
	])('fail naming examples/support-files.json when it has %s', (_case, text) => {
		const dir = mkdtempSync(join(tmpdir(), 'support-files-'));
		writeFileSync(join(dir, 'support-files.json'), text);
		expect(() => pageExampleFiles(dir)).toThrow(`${join(dir, 'support-files.json')}: expected`);
	});
});
