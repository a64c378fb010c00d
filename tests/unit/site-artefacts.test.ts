import { describe, expect, it } from 'vitest';
import { formatLlmsTxt } from '../../src/lib/llms-txt';
import { socialCardPath, titleFontSize } from '../../src/lib/social-card';
import { compareSidebarPlaces, sectionOf } from '../../src/lib/site-sections';
import { absoluteUrl, pagePath, withBase } from '../../src/lib/site-url';

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

	it.each([
		['index', '/'],
		['', '/'],
		['path', '/path/'],
		['path/index', '/path/'],
		['compare/orm-queries', '/compare/orm-queries/'],
	])('serves the entry %j at %s', (id, path) => {
		expect(pagePath(id)).toBe(path);
	});
});

describe('sidebar sections', () => {
	it.each([
		['index', 'Start here'],
		['', 'Start here'],
		['start/how-to-use', 'Start here'],
		['path', 'Learning path'],
		['path/phase-0-django-foundations', 'Learning path'],
		['compare/orm-queries', 'Compare'],
		['guides/choosing', 'Guides'],
		['reference/glossary', 'Reference'],
	])('places %j in %s', (id, section) => {
		expect(sectionOf(id)).toBe(section);
	});

	it('names the file when a page sits in no section', () => {
		expect(() => sectionOf('blog/hello')).toThrow('src/content/docs/blog/hello');
	});

	it('sorts as the sidebar does: section, home first, order, unordered last, then id', () => {
		const pages = [
			{ id: 'compare/b', order: 2 },
			{ id: 'reference/glossary', order: 1 },
			{ id: 'start/z' },
			{ id: 'compare/c' },
			{ id: 'compare/a', order: 2 },
			{ id: 'start/how-to-use', order: 1 },
			{ id: 'index' },
			{ id: 'compare/z', order: 1 },
		];
		expect(pages.sort(compareSidebarPlaces).map(({ id }) => id)).toEqual([
			'index',
			'start/how-to-use',
			'start/z',
			'compare/z',
			'compare/a',
			'compare/b',
			'compare/c',
			'reference/glossary',
		]);
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
