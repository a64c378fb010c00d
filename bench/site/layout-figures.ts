import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/chromium.ts';
import { median } from './dist-sizes.ts';

/** The two sizes a reader meets most: a laptop and a phone. */
export const VIEWPORTS = { desktop: { width: 1440, height: 900 }, mobile: { width: 390, height: 844 } } as const;

/** What one page looks like at one size: how long it is and what does not fit. */
async function pageLayout(page: Page) {
	return page.evaluate(() => {
		const shown = (element: Element) => element.checkVisibility();
		const overflows = (element: Element) => element.scrollWidth > element.clientWidth + 1;
		const codeBlocks = [...document.querySelectorAll('.expressive-code pre')].filter(shown);
		const tables = [...document.querySelectorAll('.table-region')].filter(shown);
		const twoSided = [...document.querySelectorAll('.fw-example[data-both]')].filter(shown);
		return {
			screens: document.documentElement.scrollHeight / window.innerHeight,
			codeBlocks: codeBlocks.length,
			codeBlocksCutOff: codeBlocks.filter(overflows).length,
			tables: tables.length,
			tablesCutOff: tables.filter(overflows).length,
			oneTabGroups: [...document.querySelectorAll('.fw-switch')].filter(
				(group) => shown(group) && group.querySelectorAll('button:not([hidden])').length === 1,
			).length,
			twoSidedExamples: twoSided.length,
			// Both sides' content (code or a recorded exchange) on screen at once.
			shownSideBySide: twoSided.filter(
				(example) => [...example.querySelectorAll('.fw-panel > :not(.fw-label)')].filter(shown).length === 2,
			).length,
		};
	});
}

type PageLayout = { path: string } & Awaited<ReturnType<typeof pageLayout>>;

/** Every page of the sitemap at both sizes: per page, and summed up. */
export async function layoutFigures(dist: string, baseUrl: string) {
	const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url ?? '').pathname);
	const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
	try {
		const result: Record<string, unknown> = {};
		for (const [name, viewport] of Object.entries(VIEWPORTS)) {
			const page = await browser.newPage({ viewport });
			const pages: PageLayout[] = [];
			for (const path of paths) {
				await page.goto(baseUrl + path, { waitUntil: 'load' });
				pages.push({ path, ...(await pageLayout(page)) });
			}
			await page.close();
			const sum = (key: keyof PageLayout) => pages.reduce((total, p) => total + Number(p[key]), 0);
			result[name] = {
				medianScreens: Number(median(pages.map((p) => p.screens)).toFixed(1)),
				tallestLearningPathScreens: Number(
					Math.max(...pages.filter((p) => p.path.includes('/path/')).map((p) => p.screens)).toFixed(1),
				),
				codeBlocks: sum('codeBlocks'),
				codeBlocksCutOff: sum('codeBlocksCutOff'),
				tables: sum('tables'),
				tablesCutOff: sum('tablesCutOff'),
				oneTabGroups: sum('oneTabGroups'),
				twoSidedExamples: sum('twoSidedExamples'),
				shownSideBySide: sum('shownSideBySide'),
				pages: pages.map((p) => ({ ...p, screens: Number(p.screens.toFixed(1)) })),
			};
		}
		return result as Record<keyof typeof VIEWPORTS, LayoutSummary>;
	} finally {
		await browser.close();
	}
}

export interface LayoutSummary {
	medianScreens: number;
	tallestLearningPathScreens: number;
	codeBlocks: number;
	codeBlocksCutOff: number;
	tables: number;
	tablesCutOff: number;
	oneTabGroups: number;
	twoSidedExamples: number;
	shownSideBySide: number;
}
