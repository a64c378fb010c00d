import { expect, test, type Page } from '@playwright/test';
import { SEARCH_QUERIES } from '../../src/data/search-queries';
import { SEARCH_RANKING } from '../../src/lib/search-ranking';
import { BASE_PATH, sitePath } from './support/site';

const TOP = 3;
const REQUIRED_HIT_RATE = 0.9;

/** A result URL as a site path: base path, `#anchor` and `index.html` removed, trailing slash kept. */
function toSitePath(url: string): string {
	const path = new URL(url, 'http://site').pathname.replace(/index\.html$/, '');
	const withinSite = path.startsWith(BASE_PATH) ? path.slice(BASE_PATH.length - 1) : path;
	return withinSite.endsWith('/') ? withinSite : `${withinSite}/`;
}

/** The first `TOP` result URLs for each query, from Pagefind's own API with the site's ranking options. */
async function topResults(page: Page, queries: readonly string[]): Promise<string[][]> {
	await page.goto(sitePath('/'));
	const urls = await page.evaluate(
		async ({ bundle, baseUrl, ranking, queries, top }) => {
			const pagefind = await import(new URL(bundle, location.href).href);
			// What the search UI passes to Pagefind: the ranking from Starlight's config and the base path.
			await pagefind.options({ ranking, baseUrl });
			const tops: string[][] = [];
			for (const query of queries) {
				const { results } = await pagefind.search(query);
				const first = results.slice(0, top) as Array<{ data: () => Promise<{ url: string }> }>;
				tops.push(await Promise.all(first.map(async (result) => (await result.data()).url)));
			}
			return tops;
		},
		{ bundle: sitePath('/pagefind/pagefind.js'), baseUrl: BASE_PATH, ranking: SEARCH_RANKING, queries, top: TOP },
	);
	return urls.map((list) => list.map(toSitePath));
}

test('search puts the page that explains a topic in the top three for the test set', async ({ page }, testInfo) => {
	const tops = await topResults(page, SEARCH_QUERIES.map(({ query }) => query));
	const outcomes = SEARCH_QUERIES.map(({ query, expect: expected }, index) => ({ query, expected, top: tops[index] ?? [] }));
	const misses = outcomes.filter(({ expected, top }) => !top.includes(expected));
	const firsts = outcomes.filter(({ expected, top }) => top[0] === expected).length;
	const hits = outcomes.length - misses.length;
	const hitRate = hits / outcomes.length;

	const share = (count: number) => `${count}/${outcomes.length} (${Math.round((100 * count) / outcomes.length)}%)`;
	const summary = [
		`top 1: ${share(firsts)}, top ${TOP}: ${share(hits)}`,
		...misses.map(({ query, expected, top }) => `  miss: "${query}" expected ${expected}, got ${top.join(', ') || 'no results'}`),
	].join('\n');
	testInfo.annotations.push({ type: 'search ranking', description: summary });
	console.log(summary);

	const failure = `the expected page is in the top ${TOP} for fewer than ${REQUIRED_HIT_RATE * 100}% of queries:\n${summary}`;
	expect(hitRate, failure).toBeGreaterThanOrEqual(REQUIRED_HIT_RATE);
});

test('the search dialog shows the same first result as the API the ranking test uses', async ({ page }) => {
	// With Pagefind's default ranking each of these has another first result, so a dialog that lost
	// the site's ranking options would fail here.
	const queries = ['select_related', 'ModelSerializer', 'n+1 queries'];
	const apiFirsts = (await topResults(page, queries)).map((top) => top[0]);

	for (const [index, query] of queries.entries()) {
		const apiFirst = apiFirsts[index];
		expect(apiFirst, `the API found nothing for "${query}"`).toBeDefined();
		await page.goto(sitePath('/start/how-to-use/'));
		// The search UI is created when the browser is idle; wait for its input before opening the dialog.
		await page.locator('.pagefind-ui__search-input').waitFor({ state: 'attached' });
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill(query);
		const firstLink = page.locator('.pagefind-ui__result a').first();
		await expect(firstLink, `first result in the dialog for "${query}"`).toHaveAttribute('href', sitePath(apiFirst!));
	}
});
