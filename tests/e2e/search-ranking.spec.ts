import { expect, test } from '@playwright/test';
import { MAP_ROWS, plainText, rowAnchors, splitPageLink } from '../../src/data/map';
import { HELD_OUT, SEARCH_QUERIES } from './search-queries';
import { scoreTops, searchTops } from './support/search';
import { BASE_PATH, sitePath } from './support/site';

const TOP = 3;
const REQUIRED_TOP_THREE = 0.95;
const SEARCH = { bundle: sitePath('/pagefind/pagefind.js'), basePath: BASE_PATH, top: TOP };
const MAP_PAGE = '/reference/django-fastapi-map/';

// 200-odd queries and 300-odd map rows run in one page each; the index loads once.
test.describe.configure({ timeout: 120_000 });

test('search puts the page that answers a query in the top three for the test set, and reports how often it is first', async ({
	page,
}, testInfo) => {
	await page.goto(sitePath('/'));
	const tops = await searchTops(
		page,
		SEARCH_QUERIES.map(({ query }) => query),
		SEARCH,
	);
	const { total, firsts, hits, misses, empty } = scoreTops(SEARCH_QUERIES, tops);
	// The questions added after the ranking was last tuned, reported apart: a check the tuning never saw.
	const heldOut = scoreTops(
		HELD_OUT,
		HELD_OUT.map((query) => tops[SEARCH_QUERIES.indexOf(query)] ?? []),
	);

	const share = (count: number, of = total) => `${count}/${of} (${Math.round((100 * count) / of)}%)`;
	const summary = [
		`top 1: ${share(firsts)}, top ${TOP}: ${share(hits)}`,
		`held out: top 1: ${share(heldOut.firsts, heldOut.total)}, top ${TOP}: ${share(heldOut.hits, heldOut.total)}`,
		...misses.map(
			({ query, expected, top }) => `  miss: "${query}" expected ${expected}, got ${top.join(', ') || 'no results'}`,
		),
	].join('\n');
	testInfo.annotations.push({ type: 'search ranking', description: summary });
	console.log(summary);

	expect(empty, 'queries that found nothing, although a page answers each').toEqual([]);
	// The share ranked first is reported here and by `npm run bench` (target 85%), not required.
	expect(
		hits / total,
		`the expected page is in the top ${TOP} for fewer than ${REQUIRED_TOP_THREE * 100}% of queries:\n${summary}`,
	).toBeGreaterThanOrEqual(REQUIRED_TOP_THREE);
});

test('every Django name in the map finds the page that explains its counterpart, and its own row under the map', async ({
	page,
}, testInfo) => {
	const anchors = rowAnchors(MAP_ROWS);
	const queries = MAP_ROWS.map((row) => plainText(row.django));
	await page.goto(sitePath('/'));
	// Every result, so the map page is found wherever it ranks; its sub-results are the rows that match.
	const results = await searchTops(page, queries, { ...SEARCH, top: 100 });

	const misses = MAP_ROWS.flatMap((row, index) => {
		const expected = `/compare/${splitPageLink(row.page).slug}/`;
		const found = results[index] ?? [];
		const top = found.slice(0, TOP).map((result) => result.path);
		const rowLink = found
			.find((result) => result.path === MAP_PAGE)
			?.subResults.some((url) => url.endsWith(`#${anchors[index]}`));
		const missed = !top.includes(expected);
		return [
			...(missed
				? [
						{
							query: queries[index]!,
							what: `expected ${expected}, got ${top.join(', ') || 'no results'}`,
						},
					]
				: []),
			...(rowLink
				? []
				: [
						{
							query: queries[index]!,
							what: `lists no sub-result for its row #${anchors[index]} under the map`,
						},
					]),
		];
	});
	const lines = misses.map(({ query, what }) => `  MISS: "${query}" ${what}`);
	const hits = MAP_ROWS.length - misses.length;
	testInfo.annotations.push({
		type: 'map rows',
		description: `${hits}/${MAP_ROWS.length} rows find their page in the top ${TOP}\n${lines.join('\n')}`,
	});
	console.log(`map rows: ${hits}/${MAP_ROWS.length} find their page in the top ${TOP}\n${lines.join('\n')}`);
	// Names Pagefind alone cannot tell apart (DATABASES is "databases" to it) are found through the
	// exact-name filter (src/lib/forgiving-search.ts), so no row is excused.
	expect(misses.map(({ query, what }) => `"${query}" ${what}`)).toEqual([]);
});

test('the search dialog shows the same first result as the API the ranking test uses, filler and all', async ({
	page,
}) => {
	// With Pagefind's default ranking each of the first three has another first result, so a dialog
	// that lost the site's ranking options fails; DATABASES finds Settings first only through the
	// exact-name filter; the last two find nothing unless the dialog forgives.
	const queries = [
		'select_related',
		'ModelSerializer',
		'n+1 queries',
		'DATABASES',
		'how do I use select_related in fastapi',
		'what is the django equivalent of lifespan',
	];
	await page.goto(sitePath('/'));
	const apiFirsts = (await searchTops(page, queries, SEARCH)).map((top) => top[0]?.path);

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

test('a map row appears in the dialog under the map page with both names, its excerpt reaches the FastAPI cell, and no metadata tag shows', async ({
	page,
}) => {
	await page.goto(sitePath('/start/how-to-use/'));
	await page.locator('.pagefind-ui__search-input').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('prefetch_related');
	const row = page.locator(`.pagefind-ui__result-nested a[href$="#map-prefetch_related"]`);
	await expect(row, 'the map row as a sub-result').toHaveText(/prefetch_related\(\) → .*selectinload/);
	const excerpt = row
		.locator('xpath=ancestor::*[contains(@class, "pagefind-ui__result-nested")]')
		.locator('.pagefind-ui__result-excerpt');
	await expect(excerpt).toContainText('selectinload');
	// The Compare pages' Django names are metadata for ranking only: no result lists them as a tag.
	await expect(page.locator('.pagefind-ui__result-tag')).toHaveCount(0);
});
