import { expect, test } from '@playwright/test';
import { mainTextOf, sitePath, sitemapPaths, wordOnlyOn } from './support/site';

const PAGE = sitePath('/compare/data-modeling/');
const word = wordOnlyOn(PAGE);

test('the data modeling page has a word no other page contains', () => {
	expect(word, 'no word unique to the page: pick another page for this test').toBeDefined();
	const pagesWithWord = sitemapPaths().filter((path) => mainTextOf(path).includes(word!));
	expect(pagesWithWord).toEqual([PAGE]);
});

test('search finds a page by a word only it contains, and the result opens that page', async ({ page }) => {
	await page.goto(sitePath('/'));
	// Starlight loads the search UI when the browser is idle; it can only focus an input that exists.
	await page.locator('.pagefind-ui__search-input').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: 'Search' }).click();
	const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
	await expect(input).toBeFocused();
	await input.pressSequentially(word!);
	const firstResult = page.locator('.pagefind-ui__result-link').first();
	await expect(firstResult).toHaveAttribute('href', new RegExp(`${PAGE}$`));
	await firstResult.click();
	await expect(page).toHaveURL(PAGE);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Data modeling');
});

test('the search dialog opens with Ctrl+K and closes with Escape', async ({ page }) => {
	await page.goto(sitePath('/start/how-to-use/'));
	await page.keyboard.press('Control+k');
	await expect(page.getByRole('dialog')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toBeHidden();
});

for (const djangoApi of ['select_related', 'collectstatic', 'ModelSerializer']) {
	test(`searching for the Django API ${djangoApi} finds the Django-to-FastAPI map`, async ({ page }) => {
		await page.goto(sitePath('/'));
		// Pagefind's own API, as the search box uses it: every match, not only the first screen of
		// results (ranking the explaining Compare page first is the job of the ranking tests).
		const urls = await page.evaluate(
			async ([term, bundle]) => {
				const pagefind = await import(new URL(bundle, location.origin).href);
				const found = await pagefind.search(term);
				const pages = await Promise.all(
					found.results.map((result: { data: () => Promise<{ url: string }> }) => result.data()),
				);
				return pages.map((data) => data.url);
			},
			[djangoApi, sitePath('/pagefind/pagefind.js')] as const,
		);
		expect(urls.length).toBeGreaterThan(0);
		expect(urls.filter((url) => url.endsWith(sitePath('/reference/django-fastapi-map/')))).toHaveLength(1);
	});
}
