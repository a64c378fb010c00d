import { describe, expect, it } from 'vitest';
import { formatLlmsTxt } from '../../src/lib/llms-txt';
import { socialCardPath, titleFontSize } from '../../src/lib/social-card';
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sidebarSlugs, siteSidebar } from '../../src/lib/sidebar';
import { isPhaseOverview, phaseNumber } from '../../src/lib/phase-ids';
import { sectionOf } from '../../src/lib/site-sections';
import { DOCS_DIR, listFiles } from './support/site-content';
import { absoluteUrl, pagePath, withBase, pageSlug } from '../../src/lib/site-url';

describe('site URLs', () => {
	it.each([
		['/', '/', '/'],
		['/compare/admin/', '/', '/compare/admin/'],
		['/compare/admin/', '/django-to-fastapi/', '/django-to-fastapi/compare/admin/'],
		['/robots.txt', '/django-to-fastapi', '/django-to-fastapi/robots.txt'],
		['og/index.png', '/django-to-fastapi', '/django-to-fastapi/og/index.png'],
	])('puts %s under the base path %s', (path, base, expected) => {
		expect(withBase(path, base)).toBe(expected);
	});

	it('makes absolute URLs from the site and the base path', () => {
		const site = new URL('https://example.github.io');
		expect(absoluteUrl('/og/index.png', site, '/django-to-fastapi')).toBe(
			'https://example.github.io/django-to-fastapi/og/index.png',
		);
	});

	it('refuses to build an absolute URL without a site', () => {
		expect(() => absoluteUrl('/', undefined, '/')).toThrow(/SITE_URL/);
	});
});

describe('site entries', () => {
	it.each([
		['index', '/', 'Start here'],
		['', '/', 'Start here'],
		['start/how-to-use', '/start/how-to-use/', 'Start here'],
		['path', '/path/', 'Learning path'],
		['path/index', '/path/', 'Learning path'],
		['path/phase-0-django-foundations', '/path/phase-0-django-foundations/', 'Learning path'],
		['compare/orm-queries', '/compare/orm-queries/', 'Compare'],
		['guides/choosing', '/guides/choosing/', 'Guides'],
		['reference/glossary', '/reference/glossary/', 'Reference'],
	])('%j is served at %s and listed in %s', (id, path, section) => {
		expect(pagePath(id)).toBe(path);
		expect(sectionOf(id)).toBe(section);
	});

	it('names the file when a page sits in no section', () => {
		expect(() => sectionOf('blog/hello')).toThrow('src/content/docs/blog/hello');
	});

	it('lists every page of the site exactly once, in reading order', () => {
		const docs = pathToFileURL(`${process.cwd()}/src/content/docs/`);
		const slugs = sidebarSlugs(siteSidebar(docs));
		const pages = listFiles(DOCS_DIR, (path) => path.endsWith('.mdx'))
			.map((path) =>
				pageSlug(
					relative(DOCS_DIR, path)
						.split(sep)
						.join('/')
						.replace(/\.mdx$/, ''),
				),
			)
			.filter((slug) => slug !== '404');
		expect([...slugs].sort()).toEqual([...pages].sort());
		expect(new Set(slugs).size).toBe(slugs.length);
		// A phase's overview comes before its steps, and phases come in order.
		const phaseOverviews = slugs.filter(isPhaseOverview);
		expect(phaseOverviews.map(phaseNumber)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		for (const overview of phaseOverviews) {
			const steps = slugs.filter((slug) => slug.startsWith(`${overview}/`));
			expect(slugs.indexOf(overview)).toBe(slugs.indexOf(steps[0]!) - 1);
		}
	});
});

describe('social cards', () => {
	it('serves the home page as index.png and other pages by slug', () => {
		expect(socialCardPath('index')).toBe('/og/index.png');
		expect(socialCardPath('')).toBe('/og/index.png');
		expect(socialCardPath('compare/admin')).toBe('/og/compare/admin.png');
	});

	it('shrinks the title as it grows', () => {
		const sizes = [10, 50, 90].map((length) => titleFontSize('x'.repeat(length)));
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		expect(new Set(sizes).size).toBe(3);
	});
});

describe('formatLlmsTxt', () => {
	const text = formatLlmsTxt({
		name: 'Site',
		summary: 'What the site\n  is for.',
		details: ['How it is tested.'],
		sections: [
			{ label: 'Empty', links: [] },
			{
				label: 'Compare',
				links: [{ title: 'A [draft] page', url: 'https://example.org/a/', description: 'Wrapped\ndescription.' }],
			},
		],
	});

	it('writes the llmstxt.org layout on one line per entry', () => {
		expect(text).toBe(
			[
				'# Site',
				'',
				'> What the site is for.',
				'',
				'How it is tested.',
				'',
				'## Compare',
				'',
				'- [A \\[draft\\] page](https://example.org/a/): Wrapped description.',
				'',
			].join('\n'),
		);
	});
});
