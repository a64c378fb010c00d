import type { Page } from '@playwright/test';
import { forgivingPagefind } from '../../../src/lib/forgiving-search.ts';
import { SEARCH_RANKING } from '../../../src/lib/search-ranking.ts';

/** One result as the search dialog lists it: the page's site path and its sub-results' URLs. */
export interface RankedResult {
	path: string;
	subResults: string[];
}

/** A result URL as a site path: base path, `#anchor` and `index.html` removed, trailing slash kept. */
export function toSitePath(url: string, basePath: string): string {
	const path = new URL(url, 'http://site').pathname.replace(/index\.html$/, '');
	const withinSite = path.startsWith(basePath) ? path.slice(basePath.length - 1) : path;
	return withinSite.endsWith('/') ? withinSite : `${withinSite}/`;
}

/**
 * The first `top` results for each query, searched as the dialog searches: Pagefind's API with the
 * site's ranking options, wrapped by src/lib/forgiving-search.ts (its source runs in the page).
 * `page` must be on a page of the built site; `bundle` is the URL path of pagefind.js.
 */
export async function searchTops(
	page: Page,
	queries: readonly string[],
	{ bundle, basePath, top = 3 }: { bundle: string; basePath: string; top?: number },
): Promise<RankedResult[][]> {
	const tops = await page.evaluate(
		async ({ bundle, baseUrl, ranking, queries, top, wrapperSource }) => {
			// The wrapper is self-contained, so its source evaluates to the same function the dialog bundles.
			const wrap = (0, eval)(`(${wrapperSource})`) as (pagefind: unknown) => {
				search: (term: string) => Promise<{
					results: Array<{ data: () => Promise<{ url: string; sub_results: Array<{ url: string }> }> }>;
				} | null>;
			};
			const pagefind = await import(new URL(bundle, location.href).href);
			await pagefind.options({ ranking, baseUrl });
			const search = wrap(pagefind);
			const tops = [];
			for (const query of queries) {
				const response = await search.search(query);
				const first = (response?.results ?? []).slice(0, top);
				const data = await Promise.all(first.map((result) => result.data()));
				tops.push(data.map((page) => ({ url: page.url, subResults: page.sub_results.map((sub) => sub.url) })));
			}
			return tops;
		},
		{ bundle, baseUrl: basePath, ranking: SEARCH_RANKING, queries, top, wrapperSource: forgivingPagefind.toString() },
	);
	return tops.map((list) => list.map(({ url, subResults }) => ({ path: toSitePath(url, basePath), subResults })));
}

/** How a test set fared: hits in the top three and at the top, and the misses with what came instead. */
export function scoreTops(expected: readonly { query: string; expect: string }[], tops: RankedResult[][]) {
	const outcomes = expected.map(({ query, expect }, index) => ({
		query,
		expected: expect,
		top: (tops[index] ?? []).map((result) => result.path),
	}));
	const misses = outcomes.filter(({ expected, top }) => !top.includes(expected));
	const firsts = outcomes.filter(({ expected, top }) => top[0] === expected).length;
	const empty = outcomes.filter(({ top }) => top.length === 0).map(({ query }) => query);
	return { total: outcomes.length, firsts, hits: outcomes.length - misses.length, misses, empty };
}
