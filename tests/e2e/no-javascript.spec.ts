import { expect, test } from '@playwright/test';
import { sitePath } from './support/site';

test.use({ javaScriptEnabled: false });

test('the choosing guide gives its recommendations without JavaScript', async ({ page }) => {
	await page.goto(sitePath('/guides/choosing/'));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const tables = page.locator('main table');
	expect(await tables.count()).toBeGreaterThan(0);
	await expect(tables.first()).toBeVisible();
	await expect(page.locator('main')).toContainText('FastAPI');
	await expect(page.locator('main')).toContainText('Django');
});

test('code examples show their first framework without JavaScript', async ({ page }) => {
	await page.goto(sitePath('/compare/data-modeling/'));
	const firstPanel = page.locator('starlight-tabs').first().locator('[role="tabpanel"]').first();
	await expect(firstPanel).toBeVisible();
	await expect(firstPanel).toContainText('models.Model');
});
