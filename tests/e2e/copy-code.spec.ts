import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { REGION_MARKER } from '../../src/lib/example-source';
import { sitePath } from './support/site';

// The copy button rebuilds its text from the rendered lines (src/plugins/ec-copy-from-lines.ts).
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** True when `copied` is a run of the file's lines, dedented as a region is, with the region markers left out. */
function isRunOfLines(fileText: string, copied: string): boolean {
	const fileLines = fileText.split('\n').filter((line) => !REGION_MARKER.test(line));
	const copiedLines = copied.split('\n');
	return fileLines.some((_, start) => {
		let indent: number | undefined;
		return copiedLines.every((line, offset) => {
			const fileLine = fileLines[start + offset];
			if (fileLine === undefined) return false;
			if (!line.trim()) return !fileLine.trim();
			indent ??= fileLine.length - line.length;
			return indent >= 0 && fileLine === ' '.repeat(indent) + line;
		});
	});
}

async function copyAndRead(page: Page, figure: Locator): Promise<string> {
	await figure.hover(); // the button is shown on hover, as a reader would find it
	await figure.getByRole('button', { name: 'Copy to clipboard' }).click();
	return page.evaluate(() => navigator.clipboard.readText());
}

async function copyEveryVisibleExample(page: Page): Promise<number> {
	const figures = await page.locator('.expressive-code figure.has-title:visible').all();
	for (const figure of figures) {
		const title = (await figure.locator('figcaption .title').textContent()) ?? '';
		const copied = await copyAndRead(page, figure);
		expect(copied.length, title).toBeGreaterThan(0);
		expect(
			isRunOfLines(readFileSync(title, 'utf8'), copied),
			`${title}: copied text is not the file's lines:\n${copied}`,
		).toBe(true);
	}
	return figures.length;
}

test('the copy button copies each example exactly as its file holds it, on both sides', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(sitePath('/compare/orm-queries/'));
	expect(await page.locator('.expressive-code button[data-code]').count()).toBe(0); // rebuilt on click instead
	const copied = await copyEveryVisibleExample(page);
	expect(copied).toBeGreaterThan(15);
});

test('a terminal block still copies its commands without the comment lines', async ({ page }) => {
	await page.goto(sitePath('/path/phase-2-fastapi-prototype/run-the-capstone/'));
	const terminal = page.locator('.expressive-code figure.is-terminal:visible', { hasText: '--factory' }).first();
	await expect(terminal).toContainText('# --factory');
	const copied = await copyAndRead(page, terminal);
	expect(copied).toContain('uvicorn capstone.fastapi_app.main:create_app --factory --reload');
	expect(copied).not.toContain('#');
});

test('copying twice gives the same text, and an empty line stays one empty line', async ({ page }) => {
	await page.goto(sitePath('/compare/data-modeling/'));
	const figure = page.locator('.expressive-code figure.has-title:visible', { hasText: 'class Author' }).first();
	const first = await copyAndRead(page, figure);
	expect(first).toMatch(/\n\n/); // the models file has blank lines between its parts
	expect(first).not.toMatch(/\n\n\n/);
	expect(await copyAndRead(page, figure)).toBe(first);
});
