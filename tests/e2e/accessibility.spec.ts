import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths, waitForScrollableCodeBlocks } from './support/site';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of sitemapPaths()) {
	for (const theme of ['light', 'dark'] as const) {
		test(`${path} passes axe (WCAG 2.2 A and AA) in the ${theme} theme`, async ({ page }) => {
			test.setTimeout(120_000); // a limit, not a measurement: axe needs a while on the longest pages
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			await page.goto(path);
			await waitForScrollableCodeBlocks(page);
			const results = await new AxeBuilder({ page })
				.options({
					runOnly: { type: 'tag', values: WCAG_22_AA },
					// Experimental in axe, so off unless named; stock Starlight's search button fails it.
					rules: { 'label-content-name-mismatch': { enabled: true } },
				})
				.analyze();
			const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(summary).toEqual([]);
		});
	}
}
