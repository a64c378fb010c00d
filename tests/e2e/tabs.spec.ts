import { expect, test } from '@playwright/test';
import { sitePath } from './support/site';

const STORAGE_KEY = 'starlight-synced-tabs__framework';
const selectedTabs = (page: import('@playwright/test').Page) =>
	page.locator('starlight-tabs [role="tab"][aria-selected="true"]');

test('framework tabs are labelled Django, DRF, FastAPI, in that order', async ({ page }) => {
	await page.goto(sitePath('/start/how-to-use/'));
	await expect(page.locator('starlight-tabs').first().getByRole('tab')).toHaveText(['Django', 'DRF', 'FastAPI']);
});

test('a framework chosen once is shown on every set of tabs, after navigating and reloading', async ({ page }) => {
	await page.goto(sitePath('/start/how-to-use/'));
	await page.getByRole('tab', { name: 'FastAPI' }).first().click();
	await expect(selectedTabs(page)).toHaveText(['FastAPI']);

	await page.goto(sitePath('/compare/data-modeling/'));
	const tabSets = await page.locator('starlight-tabs').count();
	expect(tabSets).toBeGreaterThan(2);
	// Every set that has a FastAPI tab shows it; the DRF-only or Django-only sets keep their one tab.
	for (const tabs of await page.locator('starlight-tabs').all()) {
		const labels = await tabs.getByRole('tab').allTextContents();
		const selected = tabs.locator('[role="tab"][aria-selected="true"]');
		await expect(selected).toHaveText(labels.includes('FastAPI') ? 'FastAPI' : (labels[0] ?? ''));
	}

	await page.reload();
	await expect(page.locator('starlight-tabs').first().locator('[role="tab"][aria-selected="true"]')).toHaveText('FastAPI');
	await expect(page.locator('starlight-tabs').first().locator('[role="tabpanel"]:visible')).toContainText('mapped_column');
});

test('the tabs can be switched with the keyboard', async ({ page }) => {
	await page.goto(sitePath('/start/how-to-use/'));
	await page.getByRole('tab', { name: 'Django' }).first().focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tab', { name: 'DRF' }).first()).toBeFocused();
	await expect(page.getByRole('tab', { name: 'DRF' }).first()).toHaveAttribute('aria-selected', 'true');
});

test('a corrupted saved tab choice is ignored, not an error', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	await page.addInitScript((key) => localStorage.setItem(key, '{"not": a tab label'), STORAGE_KEY);
	await page.goto(sitePath('/compare/data-modeling/'));
	await page.waitForFunction(() => customElements.get('starlight-tabs') !== undefined);
	await expect(page.locator('starlight-tabs').first().locator('[role="tab"][aria-selected="true"]')).toHaveText('Django');
	await page.getByRole('tab', { name: 'FastAPI' }).first().click();
	expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('FastAPI');
	expect(errors).toEqual([]);
});
