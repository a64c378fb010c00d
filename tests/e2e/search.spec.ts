import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site';

// A word that must occur on exactly one page, so the search result can only be that page.
const WORD = 'nullability';
const PAGE_WITH_WORD = '/compare/data-modeling/';

const pagesContaining = (word: string) =>
	sitemapPaths().filter((path) => {
		const html = readFileSync(join(process.cwd(), 'dist', path, 'index.html'), 'utf8');
		const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
		return main.toLowerCase().includes(word);
	});

test(`"${WORD}" appears on one page only`, () => {
	expect(pagesContaining(WORD)).toEqual([PAGE_WITH_WORD]);
});

test('search finds a page by a word only it contains, and the result opens that page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
	await expect(input).toBeFocused();
	await input.pressSequentially(WORD);
	const firstResult = page.locator('.pagefind-ui__result-link').first();
	await expect(firstResult).toHaveAttribute('href', new RegExp(`${PAGE_WITH_WORD}`));
	await firstResult.click();
	await expect(page).toHaveURL(new RegExp(`${PAGE_WITH_WORD}`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Data modeling');
});

test('the search dialog opens with Ctrl+K and closes with Escape', async ({ page }) => {
	await page.goto('/start/how-to-use/');
	await page.keyboard.press('Control+k');
	await expect(page.getByRole('dialog')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toBeHidden();
});
