import { expect, type Locator, type Page, test } from '@playwright/test';
import { FRAMEWORK_KEY, LAYOUT_KEY } from '../../src/lib/example-preferences';
import { sitemapPaths, sitePath } from './support/site';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const bothSides = (page: Page) => page.locator('.fw-example[data-both]');
const visibleCode = (example: Locator) => example.locator('.expressive-code:visible');
/** What a panel shows under its name: code (Example) or a recorded exchange (Exchange). */
const visibleBodies = (example: Locator) => example.locator('.fw-panel > :not(.fw-label):visible');
const switchButton = (example: Locator, name: string) =>
	example.locator('.fw-switch').getByRole('button', { name, exact: true });

test.describe('at desktop width', () => {
	test.use({ viewport: DESKTOP });

	test('an example with a Django and a FastAPI side shows them side by side, aligned at the top', async ({ page }) => {
		await page.goto(sitePath('/compare/orm-queries/'));
		const example = bothSides(page).first();
		await expect(visibleCode(example)).toHaveCount(2);
		const [left, right] = await Promise.all([0, 1].map((i) => visibleCode(example).nth(i).boundingBox()));
		expect(left && right).toBeTruthy();
		expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x);
		expect(Math.abs(left!.y - right!.y)).toBeLessThan(2);
		await expect(visibleCode(example).nth(0)).toContainText('models.Model');
		await expect(visibleCode(example).nth(1)).toContainText('mapped_column');
	});

	test('every example that has both sides shows both at once, on every page', async ({ page }) => {
		test.setTimeout(120_000);
		for (const path of sitemapPaths()) {
			await page.goto(path);
			for (const example of await bothSides(page).all()) {
				if (!(await example.evaluate((element) => element.checkVisibility()))) continue; // a closed <details>
				await expect(visibleBodies(example), path).toHaveCount(2);
			}
		}
	});

	test('the Django side keeps its own Django/DRF switch beside FastAPI', async ({ page }) => {
		await page.goto(sitePath('/compare/auth/'));
		const example = page.locator('.fw-example[data-both][data-count="3"]').first();
		await switchButton(example, 'DRF').click();
		await expect(switchButton(example, 'DRF')).toHaveAttribute('aria-pressed', 'true');
		await expect(visibleCode(example)).toHaveCount(2);
		await expect(visibleCode(example).nth(0)).toContainText('drf_app');
		await expect(visibleCode(example).nth(1)).toContainText('fastapi_app');
	});

	test('the reader can switch to tabs, and the choice holds across pages and reloads', async ({ page }) => {
		await page.goto(sitePath('/compare/orm-queries/'));
		await bothSides(page).first().getByRole('button', { name: 'Side by side' }).click();
		await expect(bothSides(page).first().getByRole('button', { name: 'Side by side' })).toHaveAttribute(
			'aria-pressed',
			'false',
		);
		await expect(visibleCode(bothSides(page).first())).toHaveCount(1);
		await page.goto(sitePath('/compare/validation/'));
		await expect(visibleCode(bothSides(page).first())).toHaveCount(1);
		await page.reload();
		await expect(visibleCode(bothSides(page).first())).toHaveCount(1);
		// Tabs keep the page's table of contents beside the content, as on any other page.
		await expect(page.locator('.right-sidebar-panel')).toBeVisible();
		await bothSides(page).first().getByRole('button', { name: 'Side by side' }).click();
		await expect(visibleCode(bothSides(page).first())).toHaveCount(2);
	});

	test('no code block is cut off on any page: long lines wrap under their indentation', async ({ page }) => {
		test.setTimeout(120_000);
		for (const path of sitemapPaths()) {
			await page.goto(path);
			const clipped = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('.expressive-code pre')]
					.filter((pre) => pre.checkVisibility() && pre.scrollWidth > pre.clientWidth + 1)
					.map((pre) => pre.closest('figure')?.querySelector('.title')?.textContent ?? 'untitled'),
			);
			expect(clipped, path).toEqual([]);
		}
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: PHONE });

	test('examples are tabs, FastAPI shown on the first visit, and a framework chosen once follows to other pages', async ({
		page,
	}) => {
		await page.goto(sitePath('/compare/data-modeling/'));
		const example = bothSides(page).first();
		await expect(visibleCode(example)).toHaveCount(1);
		await expect(switchButton(example, 'FastAPI')).toHaveAttribute('aria-pressed', 'true');
		await expect(example.getByRole('button', { name: 'Side by side' })).toBeHidden();
		await switchButton(example, 'Django').click();
		await expect(visibleCode(example)).toContainText('models.Model');
		await page.goto(sitePath('/compare/orm-queries/'));
		await expect(switchButton(bothSides(page).first(), 'Django')).toHaveAttribute('aria-pressed', 'true');
		await expect(visibleCode(bothSides(page).first())).toContainText('models.Model');
	});

	test('a switch works from the keyboard', async ({ page }) => {
		await page.goto(sitePath('/compare/data-modeling/'));
		const example = bothSides(page).first();
		await switchButton(example, 'Django').focus();
		await page.keyboard.press('Enter');
		await expect(switchButton(example, 'Django')).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('Tab');
		await expect(switchButton(example, 'FastAPI')).toBeFocused();
		await page.keyboard.press('Space');
		await expect(switchButton(example, 'FastAPI')).toHaveAttribute('aria-pressed', 'true');
		await expect(visibleCode(example)).toContainText('mapped_column');
	});
});

test('an example of one framework is a titled block with its name, never a one-tab switch', async ({ page }) => {
	test.setTimeout(120_000);
	for (const path of sitemapPaths()) {
		await page.goto(path);
		const loneSwitches = await page
			.locator('.fw-switch:visible')
			.evaluateAll(
				(switches) =>
					switches.filter((group) => group.querySelectorAll('button').length < 2 && !group.closest('[data-both]'))
						.length,
			);
		expect(loneSwitches, path).toBe(0);
		for (const single of await page.locator('.fw-example[data-count="1"]:visible').all()) {
			await expect(single.locator('.fw-label'), path).toBeVisible();
			await expect(single.locator('figcaption .title, .exchange summary').first(), path).toContainText(
				/examples\/| → /,
			);
		}
	}
});

test('a framework chosen with the old tabs is still the one shown', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.addInitScript(() => localStorage.setItem('starlight-synced-tabs__framework', 'DRF'));
	await page.goto(sitePath('/compare/auth/'));
	const example = page.locator('.fw-example[data-count="3"]').first();
	await expect(switchButton(example, 'DRF')).toHaveAttribute('aria-pressed', 'true');
	await expect(visibleCode(example)).toContainText('drf_app');
});

test('a corrupted saved choice is reset, not an error', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	await page.setViewportSize(PHONE);
	await page.addInitScript(
		([frameworkKey, layoutKey]) => {
			if (sessionStorage.getItem('seeded')) return;
			sessionStorage.setItem('seeded', '1');
			localStorage.setItem(frameworkKey, '{"not": a framework');
			localStorage.setItem(layoutKey, 'sideways');
		},
		[FRAMEWORK_KEY, LAYOUT_KEY] as const,
	);
	await page.goto(sitePath('/compare/data-modeling/'));
	await expect(switchButton(bothSides(page).first(), 'FastAPI')).toHaveAttribute('aria-pressed', 'true');
	expect(
		await page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), [FRAMEWORK_KEY, LAYOUT_KEY]),
	).toEqual([null, null]);
	await switchButton(bothSides(page).first(), 'Django').click();
	expect(await page.evaluate((key) => localStorage.getItem(key), FRAMEWORK_KEY)).toBe('django');
	expect(errors).toEqual([]);
});
