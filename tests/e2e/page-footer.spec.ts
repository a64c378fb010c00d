import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { repositoryUrl } from '../../src/lib/repository-url';
import { sitePath } from './support/site';

// The repository the build linked to, resolved from the same environment the build had.
const { repository } = JSON.parse(readFileSync('package.json', 'utf8'));
const REPOSITORY = repositoryUrl(process.env, repository);

test('a page links to the file it is written in, on the main branch, for editing', async ({ page }) => {
	await page.goto(sitePath('/compare/orm-queries/'));
	await expect(page.getByRole('link', { name: 'Edit page' })).toHaveAttribute(
		'href',
		`${REPOSITORY}/edit/main/src/content/docs/compare/orm-queries.mdx`,
	);
});

test('a page says when it was last changed, as a machine-readable date', async ({ page }) => {
	await page.goto(sitePath('/compare/orm-queries/'));
	const date = page.locator('footer').getByText('Last updated').locator('time');
	const datetime = await date.getAttribute('datetime');
	const changed = new Date(datetime ?? '');
	expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
	// After the site's first pages were written, and not after the build.
	expect(changed.getTime()).toBeGreaterThan(Date.parse('2024-01-01'));
	expect(changed.getTime()).toBeLessThanOrEqual(Date.now());
	await expect(date).toContainText(String(changed.getUTCFullYear()));
});
