import { expect, type Page, test } from '@playwright/test';
import { wcagViolations } from './support/axe';
import { isPhaseOverview } from '../../src/lib/phase-ids';
import { PROGRESS_KEY } from '../../src/lib/progress';
import { entryIdOfPath, sitePath, sitemapPaths } from './support/site';

const PHASE_2 = sitePath('/path/phase-2-fastapi-prototype/');
const stepsOf = (overview: string) => sitemapPaths().filter((path) => path.startsWith(overview) && path !== overview);
const markDone = (page: Page) => page.getByRole('button', { name: 'Mark this step done' });
const stepLinks = (page: Page) => page.locator('[data-phase-steps] a');

/** A phase's step pages in reading order, as its overview lists them. */
async function orderedSteps(page: Page, overview = PHASE_2): Promise<string[]> {
	await page.goto(overview);
	return stepLinks(page).evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
}

/** Seeds localStorage once per test (not again on reload or navigation). */
async function seed(page: Page, value: string) {
	await page.addInitScript(
		([key, stored]) => {
			if (!sessionStorage.getItem('seeded')) localStorage.setItem(key!, stored!);
			sessionStorage.setItem('seeded', '1');
		},
		[PROGRESS_KEY, value],
	);
}

test('every phase is an overview whose steps are pages of their own, in order', async ({ page }) => {
	for (const overview of sitemapPaths().filter((path) => isPhaseOverview(entryIdOfPath(path)))) {
		await page.goto(overview);
		const links = await stepLinks(page).evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
		expect(links.length, overview).toBeGreaterThan(1);
		expect([...links].sort(), overview).toEqual(stepsOf(overview).sort());
	}
});

test('marking a step done at the bottom of its page shows it in the sidebar and on the phase overview', async ({
	page,
}) => {
	const [first] = await orderedSteps(page);
	await page.goto(first!);
	await markDone(page).click();
	await expect(page.getByRole('button', { name: /Done ✓/ })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator(`nav.sidebar a[href="${first}"]`)).toHaveAttribute('data-done', '');
	await page.goto(PHASE_2);
	await expect(page.locator(`[data-phase-steps] [data-step-id]`).first().locator('[data-step-state]')).toHaveText(
		'✓ done',
	);
	await expect(page.locator('[data-phase-status]')).toContainText(`1 of ${stepsOf(PHASE_2).length} steps`);
	await page.goto(sitePath('/path/'));
	await expect(page.locator('[data-phase-progress="phase-2"] [data-progress-cell]')).toContainText('1 of');
});

test('resume appears only once a step is done, and leads to the first step not done', async ({ page }) => {
	const steps = await orderedSteps(page);
	await page.goto(sitePath('/path/'));
	await expect(page.locator('[data-resume]')).toBeHidden();
	await page.goto(steps[1]!);
	await markDone(page).click();
	await page.goto(sitePath('/path/'));
	const resume = page.locator('[data-resume]');
	await expect(resume).toBeVisible();
	await resume.click();
	await expect(page).toHaveURL(new RegExp(`${steps[0]}$`));
});

test('progress saved by the old one-page checklists is carried over to the steps', async ({ page }) => {
	await page.goto(PHASE_2);
	const migration = await page.evaluate(
		() =>
			JSON.parse(document.getElementById('learning-path-data')!.textContent!).migration['phase-2'] as Record<
				string,
				string[]
			>,
	);
	const [step, items] = Object.entries(migration).find(([, replaced]) => replaced.length > 0)!;
	await seed(page, JSON.stringify({ version: 1, done: { 'phase-2': items } }));
	await page.goto(PHASE_2);
	await expect(page.locator(`[data-step-id="${step}"] [data-step-state]`)).toHaveText('✓ done');
	const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
	expect(stored).toEqual({ version: 2, done: [step] });
});

for (const [name, stored] of [
	['corrupted JSON', '{"version": 2, "done": '],
	['an unknown version', JSON.stringify({ version: 0, steps: ['a'] })],
	['a wrong shape', JSON.stringify({ version: 2, done: 'all' })],
] as const) {
	test(`a stored value with ${name} is reset without an error`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		await seed(page, stored);
		const [first] = await orderedSteps(page);
		await page.goto(first!);
		await expect(markDone(page)).toBeVisible();
		expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
		await markDone(page).click();
		await page.reload();
		await expect(page.getByRole('button', { name: /Done ✓/ })).toBeVisible();
		expect(errors).toEqual([]);
	});
}

test('an experienced Django developer reaches phase 2 from the home page in two clicks, past the self-checks', async ({
	page,
}) => {
	await page.goto(sitePath('/'));
	await page
		.getByRole('link', { name: /fast track/i })
		.first()
		.click();
	await expect(page.locator('.self-check')).toHaveCount(2);
	for (const link of await page.locator('.self-check li a').all()) {
		await expect(link).toHaveAttribute('href', /\/path\/phase-[01]-[^/]+\/[^/]+\/$/);
	}
	await page.getByRole('link', { name: /Start phase 2/ }).click();
	await expect(page).toHaveURL(new RegExp(`${PHASE_2}$`));
});

test('the old phase URLs still land on their phase', async ({ page }) => {
	for (const old of ['/path/phase-0-django-foundations/', '/path/phase-4-side-by-side/']) {
		const response = await page.goto(sitePath(old));
		expect(response?.status(), old).toBe(200);
		await expect(stepLinks(page).first(), old).toBeVisible();
	}
});

test('without JavaScript every step is readable and linked', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(PHASE_2);
	await expect(stepLinks(page)).toHaveCount(stepsOf(PHASE_2).length);
	await stepLinks(page).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(markDone(page)).toBeHidden();
	await expect(page.locator('[data-step-done-status]')).toContainText('JavaScript');
	await context.close();
});

test('a step page marked done passes axe', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto((await orderedSteps(page))[0]!);
	await markDone(page).click();
	expect(await wcagViolations(page)).toEqual([]);
});
