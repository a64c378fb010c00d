import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of sitemapPaths()) {
	for (const theme of ['light', 'dark'] as const) {
		test(`${path} passes axe (WCAG 2.2 A and AA) in the ${theme} theme`, async ({ page }) => {
			test.setTimeout(120_000); // a limit, not a measurement: axe needs a while on the longest pages
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			await page.goto(path);
			// Expressive Code makes overflowing blocks focusable after a debounce: wait as a reader would.
			await page.waitForFunction(() =>
				[...document.querySelectorAll<HTMLElement>('.expressive-code pre')].every(
					// Blocks in a closed <details> or a hidden tab are not rendered; they get it when shown.
					(pre) => !pre.checkVisibility() || pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
				),
			);
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
