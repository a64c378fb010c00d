import { expect, test, type Page } from '@playwright/test';
import { THEMES, useTheme } from './support/axe';
import { sitePath } from './support/site';

// A page with three-framework tabs, highlighted lines, a table and long code lines.
const PAGE = sitePath('/compare/orm-queries/');
// Each exists on screen at desktop width; on paper none of it means anything.
const CHROME = {
	header: '.page > .header',
	search: 'site-search',
	'theme picker': 'starlight-theme-select',
	sidebar: 'nav.sidebar',
	'table of contents': 'starlight-toc',
	pagination: '.pagination-links',
	'edit link': 'footer a[href*="/edit/"]',
	'skip link': '.sl-skip-link',
	'copy buttons': '.expressive-code .copy button',
};

/** The lowest WCAG contrast ratio between the text of the matched elements and the page's background. */
async function lowestContrast(page: Page, selector: string): Promise<number> {
	return page.locator(selector).evaluateAll((elements) => {
		const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
		// The colour as it shows on white paper, translucent colours included.
		const luminance = (css: string) => {
			probe.fillStyle = '#fff';
			probe.fillRect(0, 0, 1, 1);
			probe.fillStyle = css;
			probe.fillRect(0, 0, 1, 1);
			const [r, g, b] = [...probe.getImageData(0, 0, 1, 1).data].map((v) => {
				const c = v / 255;
				return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		const paper = luminance(getComputedStyle(document.body).backgroundColor);
		return Math.min(
			...elements.map((element) => {
				const text = luminance(getComputedStyle(element).color);
				return (Math.max(text, paper) + 0.05) / (Math.min(text, paper) + 0.05);
			}),
		);
	});
}

for (const theme of THEMES) {
	test.describe(`printing in the ${theme} theme`, () => {
		test.beforeEach(async ({ page }) => {
			await useTheme(page, theme);
			await page.goto(PAGE);
		});

		test('leaves out the header, search, navigation and buttons', async ({ page }) => {
			for (const [name, selector] of Object.entries(CHROME)) {
				expect(await page.locator(selector).count(), `${name} is on the page`).toBeGreaterThan(0);
			}
			await expect(page.locator(CHROME.header)).toBeVisible();
			await page.emulateMedia({ media: 'print' });
			for (const [name, selector] of Object.entries(CHROME)) {
				for (const element of await page.locator(selector).all()) await expect(element, name).toBeHidden();
			}
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// The content takes the whole width of the paper.
			const main = await page.locator('main').boundingBox();
			expect(main?.x).toBeLessThan(40);
		});

		test("prints every framework's code, each after its name", async ({ page }) => {
			await page.emulateMedia({ media: 'print' });
			const examples = await page.locator('.fw-example:not([data-count="1"])').all();
			expect(examples.length).toBeGreaterThan(0);
			for (const example of examples) {
				const names = example.locator('.fw-label');
				const blocks = example.locator('.fw-panel > :not(.fw-label)'); // code, or a recorded exchange
				await expect(names).toHaveCount(await blocks.count());
				await expect(example.locator('.fw-switch, .fw-layout').first()).toBeHidden();
				let previousBottom = -Infinity;
				for (let index = 0; index < (await blocks.count()); index++) {
					const name = await names.nth(index).boundingBox();
					const block = await blocks.nth(index).boundingBox();
					if (!name || !block) throw new Error(`framework ${index + 1} or its code is not printed`);
					expect(name.y, `name ${index + 1} follows the code before`).toBeGreaterThanOrEqual(previousBottom - 1);
					expect(block.y, `code ${index + 1} follows its name`).toBeGreaterThanOrEqual(name.y + name.height - 1);
					previousBottom = block.y + block.height;
				}
			}
		});

		test('prints text and code dark on white', async ({ page }) => {
			await page.emulateMedia({ media: 'print' });
			const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			expect(background).toBe('rgb(255, 255, 255)');
			expect(await lowestContrast(page, 'main :is(h1, h2, p, li, td)')).toBeGreaterThanOrEqual(7);
			// Syntax colours: Expressive Code's light theme, meant for a light background.
			expect(await lowestContrast(page, '.expressive-code .ec-line span[style]')).toBeGreaterThanOrEqual(4.5);
		});

		test('makes a PDF', async ({ page }) => {
			const pdf = await page.pdf({ format: 'A4' });
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			// More than one page: the whole content, not the screen's first view.
			expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBeGreaterThan(1);
		});
	});
}

test('fits code and tables to the width of the paper instead of cutting them off', async ({ page }) => {
	await page.setViewportSize({ width: 680, height: 1000 }); // an A4 page's width less print.css's margins
	// The first page has a wide table; the second has code that overflows even with Starlight's own print styles.
	for (const path of [PAGE, sitePath('/guides/hybrid-architecture/')]) {
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		const overflowing = await page
			.locator('main :is(pre, .table-region)')
			.evaluateAll((boxes) =>
				boxes
					.filter((box) => box.scrollWidth > box.clientWidth + 1 || box.getBoundingClientRect().right > innerWidth)
					.map((box) => box.textContent?.trim().slice(0, 60)),
			);
		expect(overflowing, path).toEqual([]);
	}
});
