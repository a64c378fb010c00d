import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/chromium.ts';
import { HELD_OUT, SEARCH_QUERIES } from '../../tests/e2e/search-queries.ts';
import { scoreTops, searchTops } from '../../tests/e2e/support/search.ts';

/**
 * How often the search puts the page that answers a query first and in the top three, over the
 * test set in tests/e2e/search-queries.json, searched as the dialog searches (the ranking test's own
 * helper). The misses are listed so a drop can be read, not only seen; the held-out questions
 * (added after the last tuning) are also scored on their own.
 */
export async function searchRankingFigures(baseUrl: string) {
	const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
	try {
		const page = await browser.newPage();
		await page.goto(baseUrl);
		const tops = await searchTops(
			page,
			SEARCH_QUERIES.map(({ query }) => query),
			{ bundle: '/pagefind/pagefind.js', basePath: '/' },
		);
		const { total, firsts, hits, misses, empty } = scoreTops(SEARCH_QUERIES, tops);
		const heldOut = scoreTops(
			HELD_OUT,
			HELD_OUT.map((query) => tops[SEARCH_QUERIES.indexOf(query)] ?? []),
		);
		const percent = (count: number, of = total) => Number(((100 * count) / of).toFixed(1));
		return {
			searchQueries: total,
			searchQuestions: SEARCH_QUERIES.filter((query) => query.source).length,
			searchTop1Percent: percent(firsts),
			searchTop3Percent: percent(hits),
			searchHeldOutQuestions: heldOut.total,
			searchHeldOutTop1Percent: percent(heldOut.firsts, heldOut.total),
			searchHeldOutTop3Percent: percent(heldOut.hits, heldOut.total),
			searchQueriesFindingNothing: empty,
			searchMissesTop3: misses.map(
				({ query, expected, top }) => `${query} -> ${expected} (got ${top.join(', ') || 'nothing'})`,
			),
		};
	} finally {
		await browser.close();
	}
}
