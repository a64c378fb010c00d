import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe's WCAG 2.2 A and AA violations on the page as it is now, one line each ("rule: targets"). */
export async function wcagViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.options({
			runOnly: { type: 'tag', values: WCAG_22_AA },
			// Experimental in axe, so off unless named; stock Starlight's search button fails it.
			rules: { 'label-content-name-mismatch': { enabled: true } },
		})
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export const THEMES = ['light', 'dark'] as const;

/** Makes the next page load in `theme`, as Starlight's theme picker would have stored it. */
export async function useTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
	await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}
