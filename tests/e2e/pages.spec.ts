import { expect, test } from '@playwright/test';
import { sitePath, sitemapPaths, watchPage } from './support/site';

const paths = sitemapPaths();

test('the sitemap lists the home page and the content pages', () => {
	expect(paths).toContain(sitePath('/'));
	expect(paths.length).toBeGreaterThanOrEqual(4);
});

for (const path of paths) {
	test(`${path} loads without console errors or outside requests`, async ({ page }) => {
		const watcher = watchPage(page);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(watcher.problems).toEqual([]);
	});
}
