import { expect, test, type Locator, type Page } from '@playwright/test';
import { THEMES, useTheme, wcagViolations } from './support/axe';
import { sitemapPaths, sitePath, watchPage } from './support/site';

const MISSING = sitePath('/compare/orm-querys/');
const SECTIONS = {
	'Start here': '/start/how-to-use/',
	'Learning path': '/path/',
	Compare: '/compare/project-layout/',
	Guides: '/guides/choosing/',
	Reference: '/reference/django-fastapi-map/',
};
// Chromium reports the page's own 404 status as a console error: the one error expected, once.
const OWN_STATUS = 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)';

/** Presses Tab until `target` has the focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, maxPresses = 30): Promise<void> {
	for (let press = 0; press < maxPresses; press++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement)) return;
	}
	throw new Error(`not reached with ${maxPresses} presses of Tab`);
}

test('a missing address answers 404 with the not-found page and links to every section', async ({ page }) => {
	const watcher = watchPage(page);
	const response = await page.goto(MISSING);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	for (const [label, path] of Object.entries(SECTIONS)) {
		await expect(page.locator('main').getByRole('link', { name: label, exact: true })).toHaveAttribute(
			'href',
			sitePath(path),
		);
	}
	await page.waitForLoadState('networkidle');
	expect(watcher.problems).toEqual([OWN_STATUS]);
});

test('the search offered on a missing address finds the page its words name, with the keyboard only', async ({
	page,
}) => {
	const watcher = watchPage(page);
	await page.goto(MISSING);
	const offer = page.getByRole('button', { name: 'Search for “orm querys”' });
	await tabTo(page, offer);
	await page.keyboard.press('Enter');

	const dialog = page.getByRole('dialog');
	const input = dialog.getByRole('textbox');
	await expect(input).toHaveValue('orm querys');
	await expect(input).toBeFocused();
	const result = dialog.locator(`a[href$="/compare/orm-queries/"]`).first();
	await expect(result).toBeVisible();

	await tabTo(page, result);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${sitePath('/compare/orm-queries/')}$`));
	expect(watcher.problems).toEqual([OWN_STATUS]);
});

test('the not-found page is in neither the sitemap nor the search index', async ({ page }) => {
	expect(sitemapPaths().filter((path) => path.includes('404'))).toEqual([]);
	await page.goto(MISSING);
	// A word the not-found page shares with a few other pages; Pagefind's own API, as the search box calls it.
	const urls = await page.evaluate(async (bundle) => {
		const pagefind = await import(bundle);
		const found = await pagefind.search('typo');
		return Promise.all(
			found.results.map(async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url),
		);
	}, sitePath('/pagefind/pagefind.js'));
	expect(urls.length).toBeGreaterThan(0);
	expect(urls.filter((url) => url.includes('404'))).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the not-found page still links to every section and offers no search it cannot run', async ({ page }) => {
		await page.goto(MISSING);
		await expect(page.locator('main').getByRole('link')).toHaveCount(Object.keys(SECTIONS).length);
		await expect(page.locator('main').getByRole('button')).toHaveCount(0);
	});
});

for (const theme of THEMES) {
	test(`the not-found page passes axe (WCAG 2.2 A and AA) in the ${theme} theme`, async ({ page }) => {
		await useTheme(page, theme);
		await page.goto(MISSING);
		await expect(page.getByRole('button', { name: /^Search for/ })).toBeVisible();
		expect(await wcagViolations(page)).toEqual([]);
	});
}
