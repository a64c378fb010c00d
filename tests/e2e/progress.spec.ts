import { expect, type Page, test } from '@playwright/test';
import { sitePath, sitemapPaths, waitForScrollableCodeBlocks } from './support/site';
import { wcagViolations } from './support/axe';

const PROGRESS_KEY = 'django-to-fastapi:progress';
const firstPhase = sitemapPaths().find((path) => path.startsWith(sitePath('/path/phase-0'))) ?? sitePath('/path/phase-0/');
const checklist = (page: Page) => page.locator('[data-checklist]');
const boxes = (page: Page) => checklist(page).getByRole('checkbox');

test('a ticked step is still ticked after a reload', async ({ page }) => {
	await page.goto(firstPhase);
	await boxes(page).first().check();
	await expect(page.locator('[data-checklist-status]')).toContainText('1 of');
	await page.reload();
	await expect(boxes(page).first()).toBeChecked();
	await expect(boxes(page).nth(1)).not.toBeChecked();
});

test('the overview shows the progress of each phase and where to resume', async ({ page }) => {
	await page.goto(firstPhase);
	await boxes(page).first().check();
	const total = await boxes(page).count();
	await page.goto(sitePath('/path/'));
	const row = page.locator('[data-phase-progress="phase-0"]');
	await expect(row.locator('[data-progress-cell]')).toHaveText(`1 of ${total} steps`);
	const resume = page.locator('[data-resume]');
	await expect(resume).toBeVisible();
	await expect(resume).toHaveAttribute('href', new RegExp(`${firstPhase}$`));
});

test('every step ticked marks the phase done', async ({ page }) => {
	await page.goto(firstPhase);
	for (const box of await boxes(page).all()) await box.check();
	await expect(page.locator('[data-checklist-status]')).toHaveText('Done');
	await page.goto(sitePath('/path/'));
	await expect(page.locator('[data-phase-progress="phase-0"] [data-progress-cell]')).toHaveText('Done');
});

for (const [name, stored] of [
	['corrupted JSON', '{"version": 1, "done": '],
	['an outdated version', JSON.stringify({ version: 0, steps: ['a'] })],
	['a wrong shape', JSON.stringify({ version: 1, done: { 'phase-0': 'all' } })],
] as const) {
	test(`a stored value with ${name} is reset without an error`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		await page.addInitScript(
			([key, value]) => {
				if (!sessionStorage.getItem('seeded')) localStorage.setItem(key!, value!);
				sessionStorage.setItem('seeded', '1');
			},
			[PROGRESS_KEY, stored],
		);
		await page.goto(firstPhase);
		await expect(boxes(page).first()).not.toBeChecked();
		expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
		await boxes(page).first().check();
		await page.reload();
		await expect(boxes(page).first()).toBeChecked();
		expect(errors).toEqual([]);
	});
}

test('the checklist works with the keyboard and names each checkbox by its step', async ({ page }) => {
	await page.goto(firstPhase);
	const firstStep = (await checklist(page).locator('li').first().textContent())?.trim() ?? '';
	await boxes(page).first().focus();
	await page.keyboard.press('Space');
	await expect(page.getByRole('checkbox', { name: firstStep })).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(boxes(page).nth(1)).toBeFocused();
});

test('without JavaScript the checklist is a plain list of the steps', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(firstPhase);
	await expect(checklist(page).locator('li').first()).toBeVisible();
	await expect(boxes(page)).toHaveCount(0);
	await context.close();
});

test('a phase page with ticked steps passes axe', async ({ page }) => {
	test.setTimeout(120_000); // axe needs a while on a long page
	await page.goto(firstPhase);
	await boxes(page).first().check();
	await waitForScrollableCodeBlocks(page);
	expect(await wcagViolations(page)).toEqual([]);
});
