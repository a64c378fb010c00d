import { expect, test } from '@playwright/test';
import { THEMES, useTheme, wcagViolations } from './support/axe';
import { sitemapPaths, waitForScrollableCodeBlocks } from './support/site';

for (const path of sitemapPaths()) {
	for (const theme of THEMES) {
		test(`${path} passes axe (WCAG 2.2 A and AA) in the ${theme} theme`, async ({ page }) => {
			test.setTimeout(120_000); // a limit, not a measurement: axe needs a while on the longest pages
			await useTheme(page, theme);
			await page.goto(path);
			await waitForScrollableCodeBlocks(page);
			expect(await wcagViolations(page)).toEqual([]);
		});
	}
}
