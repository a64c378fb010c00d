import { expect, test } from '@playwright/test';
import { sitePath, sitemapPaths } from './support/site';

const learningPathPages = sitemapPaths().filter((path) => path.startsWith(sitePath('/path/')));

test('the learning path exists', () => {
	expect(learningPathPages).toContain(sitePath('/path/'));
});

test('every learning-path page is at most two clicks from the home page', async ({ page }) => {
	const linksOn = async (path: string) => {
		await page.goto(path);
		const hrefs = await page
			.locator('main a[href], header a[href], nav a[href]')
			.evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
		return new Set(hrefs.map((href) => (href.endsWith('/') ? href : `${href}/`)));
	};
	const oneClick = await linksOn(sitePath('/'));
	const twoClicks = new Set(oneClick);
	for (const path of oneClick) {
		if (!learningPathPages.includes(path)) continue;
		for (const link of await linksOn(path)) twoClicks.add(link);
	}
	expect(learningPathPages.filter((path) => !twoClicks.has(path))).toEqual([]);
});

test('a reader clicks from the home page to the learning path overview', async ({ page }) => {
	await page.goto(sitePath('/'));
	await page.getByRole('link', { name: 'Start the learning path' }).click();
	await expect(page).toHaveURL(sitePath('/path/'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The learning path');
	await expect(page.getByRole('heading', { name: /^Phase 0/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Phase 6/ })).toBeVisible();
});
