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

test("every framework's code is readable without JavaScript, each under its name", async ({ page }) => {
	await page.goto(sitePath('/compare/auth/'));
	const example = page.locator('.fw-example[data-count="3"]').first();
	await expect(example.locator('.fw-label')).toHaveText(['Django', 'DRF', 'FastAPI']);
	for (const [index, folder] of ['django_app', 'drf_app', 'fastapi_app'].entries()) {
		const code = example.locator('.expressive-code').nth(index);
		await expect(code).toBeVisible();
		await expect(code).toContainText(folder);
	}
	// Switches need JavaScript: without it there are none to press.
	await expect(page.locator('.fw-switch:visible, .fw-layout:visible')).toHaveCount(0);
});
