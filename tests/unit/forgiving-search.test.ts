import { describe, expect, it } from 'vitest';
import { forgivingPagefind, type PagefindLike, type PagefindResultLike } from '../../src/lib/forgiving-search';
import { forgivingSearch } from '../../src/plugins/forgiving-search';

/**
 * A stand-in for Pagefind over a few pages: a page matches a term when it contains every word of
 * it, scored by how often the words occur; it records each search and preload it is asked for.
 */
function fakePagefind(pages: Record<string, string>, names: Record<string, string> = {}) {
	const searches: string[] = [];
	const preloads: string[] = [];
	const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
	const pagefind: PagefindLike & { sort: () => string } = {
		async search(term, options) {
			const name = (options as { filters?: { name?: string } } | undefined)?.filters?.name;
			if (term === null && name) {
				const results = Object.entries(names)
					.filter(([, value]) => value === name)
					.map(([id]) => ({ id, score: 1, data: async () => ({ id, name }) }));
				return { results, unfilteredResultCount: results.length };
			}
			searches.push(term);
			const wanted = words(term);
			const results: PagefindResultLike[] = Object.entries(pages)
				.map(([id, text]) => ({ id, text: words(text) }))
				.filter(({ text }) => wanted.every((word) => text.includes(word)))
				.map(({ id, text }) => ({
					id,
					score: wanted.reduce((sum, word) => sum + text.filter((w) => w === word).length, 0),
					data: async () => ({ id, term }),
				}))
				.sort((a, b) => b.score - a.score);
			return { results, unfilteredResultCount: results.length };
		},
		async preload(term) {
			preloads.push(term);
		},
		filters: async () => ({ name: Object.fromEntries(Object.values(names).map((value) => [value, 1])) }),
		sort: () => 'passed through',
	};
	return { pagefind, searches, preloads };
}

const PAGES = {
	orm: 'select_related joinedload selectinload select_related orm queries',
	hybrid: 'run django and fastapi together share the database mount django inside fastapi',
	async: 'async orm sync_to_async blocking async',
};

describe('forgivingPagefind', () => {
	it('drops the words that mean nothing here, so a question finds what its one term finds', async () => {
		const { pagefind, searches } = fakePagefind(PAGES);
		const response = await forgivingPagefind(pagefind).search('How do I use select_related in FastAPI?');
		expect(response?.results.map((result) => result.id)).toEqual(['orm']);
		expect(searches).toEqual(['select_related']);
	});

	it('searches a query made only of such words with its words, but for single letters', async () => {
		const { pagefind, searches } = fakePagefind(PAGES);
		const response = await forgivingPagefind(pagefind).search('should I use django or fastapi');
		expect(searches[0]).toBe('should use django or fastapi');
		expect(response?.results[0]?.id).toBe('hybrid');
	});

	it('leaves an exact "quoted" search to Pagefind', async () => {
		const { pagefind, searches } = fakePagefind(PAGES);
		await forgivingPagefind(pagefind).search('"mount django"');
		expect(searches).toEqual(['"mount django"']);
	});

	it('finds pages that match some of the words when none matches all, most words first', async () => {
		const { pagefind } = fakePagefind(PAGES);
		const response = await forgivingPagefind(pagefind).search('mount the orm with sync_to_async');
		// No page has all three words; async matches two, hybrid and orm one each.
		expect(response?.results[0]?.id).toBe('async');
		expect(response?.results.map((result) => result.id).sort()).toEqual(['async', 'hybrid', 'orm']);
		expect(response?.unfilteredResultCount).toBe(3);
	});

	it('ranks a page strong on every word above one that merely contains them all', async () => {
		const { pagefind } = fakePagefind({
			strong: 'joinedload joinedload joinedload selectinload selectinload',
			weak: 'joinedload selectinload and a lot of other words',
		});
		const response = await forgivingPagefind(pagefind).search('joinedload selectinload');
		expect(response?.results.map((result) => result.id)).toEqual(['strong', 'weak']);
	});

	it('ranks a page where the words stand together above one where they lie apart', async () => {
		const { pagefind } = fakePagefind({
			apart: 'lazy and then much later loading',
			together: 'lazy loading is not loading anything',
		});
		const search = forgivingPagefind({
			...pagefind,
			// Pagefind reports where each matched word sits; the stand-in does it for these two pages.
			search: async (term: string) => {
				const response = await pagefind.search(term);
				for (const result of response?.results ?? []) {
					const text =
						result.id === 'apart' ? 'lazy and then much later loading' : 'lazy loading is not loading anything';
					result.words = text.split(' ').flatMap((word, at) => (term.split(' ').includes(word) ? [at] : []));
					result.score = 1;
				}
				return response;
			},
		});
		const response = await search.search('lazy loading');
		expect(response?.results.map((result) => result.id)).toEqual(['together', 'apart']);
	});

	it("keeps Pagefind's own result (its excerpt marks every word) for a page that has all the words", async () => {
		const { pagefind } = fakePagefind(PAGES);
		const response = await forgivingPagefind(pagefind).search('share database');
		expect(await response?.results[0]?.data()).toEqual({ id: 'hybrid', term: 'share database' });
	});

	it('searches each word once while the reader types on', async () => {
		const { pagefind, searches } = fakePagefind(PAGES);
		const search = forgivingPagefind(pagefind);
		await search.search('share database');
		await search.search('share database mount');
		expect(searches.filter((term) => term === 'share')).toHaveLength(1);
		expect(searches.filter((term) => term === 'database')).toHaveLength(1);
	});

	it('splits names at symbols, as the index does', async () => {
		const { pagefind, searches } = fakePagefind({ validation: 'allow_null true' });
		const response = await forgivingPagefind(pagefind).search('allow_null=True');
		expect(searches[0]).toBe('allow_null True');
		expect(response?.results.map((result) => result.id)).toEqual(['validation']);
	});

	it('keeps a filler word written as code, such as get(**filters)', async () => {
		const { pagefind, searches } = fakePagefind({ orm: 'get filters session get' });
		await forgivingPagefind(pagefind).search('get(**filters)');
		expect(searches[0]).toBe('get filters');
	});

	it('preloads only the words it will search, and passes the rest of the module through', async () => {
		const { pagefind, preloads } = fakePagefind(PAGES);
		const search = forgivingPagefind(pagefind);
		await search.preload('what is the equivalent of select_related');
		expect(preloads).toEqual(['select_related']);
		expect(search.sort()).toBe('passed through');
	});

	it("makes the opening text under a page title (Starlight's h1 is #_top) the page's root sub-result again, and hides metadata that only ranks", async () => {
		const intro = {
			url: '/compare/orm-queries/#_top',
			excerpt: '<mark>prefetch_related()</mark> → .options(selectinload(Model.rel))',
		};
		const section = { url: '/compare/orm-queries/#relationships', excerpt: 'the <mark>prefetch_related</mark> trap' };
		const pagefind: PagefindLike = {
			search: async () => ({
				unfilteredResultCount: 1,
				results: [
					{
						id: 'orm',
						score: 1,
						data: async () => ({
							url: '/compare/orm-queries/',
							excerpt: 'page excerpt',
							meta: { title: 'ORM and querying', django: 'select_related() · prefetch_related()' },
							sub_results: [{ ...intro }, { ...section }],
						}),
					},
				],
			}),
			preload: async () => undefined,
		};
		const response = await forgivingPagefind(pagefind).search('prefetch_related');
		expect(await response?.results[0]?.data()).toEqual({
			url: '/compare/orm-queries/',
			excerpt: intro.excerpt,
			meta: { title: 'ORM and querying' },
			sub_results: [{ url: '/compare/orm-queries/', excerpt: intro.excerpt }, section],
		});
	});

	it('runs from its own source text, as the ranking test and the benchmark run it in the browser', async () => {
		const { pagefind } = fakePagefind(PAGES);
		const fromSource = new Function(`return (${forgivingPagefind.toString()})`)() as typeof forgivingPagefind;
		const response = await fromSource(pagefind).search('how do I use select_related');
		expect(response?.results.map((result) => result.id)).toEqual(['orm']);
	});

	it('puts the page whose map row names a query exactly first, and only for an exact name', async () => {
		const pages = {
			...PAGES,
			settings: 'settings environment databases',
			hybrid: PAGES.hybrid + ' databases databases',
		};
		const { pagefind } = fakePagefind(pages, { settings: 'DATABASES' });
		const search = forgivingPagefind(pagefind);
		const ids = async (term: string) => (await search.search(term))!.results.map((result) => result.id);
		expect(await ids('databases')).toEqual(['hybrid', 'settings']);
		expect(await ids('DATABASES')).toEqual(['settings', 'hybrid']);
		expect(await ids('`DATABASES`')).toEqual(['settings', 'hybrid']);
	});
});

describe('the forgiving-search Vite plugin', () => {
	const PAGEFIND_UI = '/work/node_modules/@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
	const transform = (code: string, id: string) => {
		const plugin = forgivingSearch();
		const context = {
			error: (message: string) => {
				throw new Error(message);
			},
		};
		return (plugin.transform as (this: typeof context, code: string, id: string) => string | undefined).call(
			context,
			code,
			id,
		);
	};

	it('wraps the module Pagefind UI imports', () => {
		const code = 'let imported_pagefind;\nimported_pagefind = await import(`${base_path}pagefind.js`);';
		const out = transform(code, PAGEFIND_UI) ?? '';
		expect(out).toContain('__forgivingPagefind(await import(`${base_path}pagefind.js`))');
		expect(out).toMatch(/^import \{ forgivingPagefind as __forgivingPagefind \} from ".*forgiving-search\.ts";/);
	});

	it('leaves other modules alone', () => {
		expect(transform('imported_pagefind = await import(`${base_path}pagefind.js`)', '/src/other.ts')).toBeUndefined();
	});

	it('fails the build, naming itself, when Pagefind UI loads Pagefind another way', () => {
		expect(() => transform('let imported_pagefind = await import(somewhere)', PAGEFIND_UI)).toThrow(
			/forgiving-search.*Pagefind UI changed/,
		);
	});
});
