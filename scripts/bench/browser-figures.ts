import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../chromium.ts';
import { gzippedBytes, median } from './dist-sizes.ts';

/**
 * JS and CSS a page loads, gzipped. "Eager" is everything requested before the load event,
 * inline scripts included; "idle" is what Starlight fetches afterwards (the search UI).
 */
async function pageWeight(page: Page, dist: string, url: string) {
	const requested: { type: string; path: string; beforeLoad: boolean }[] = [];
	let loadFired = false;
	page.on('load', () => (loadFired = true));
	page.on('request', (request) => {
		const type = request.resourceType();
		if (type === 'script' || type === 'stylesheet') {
			requested.push({ type, path: new URL(request.url()).pathname, beforeLoad: !loadFired });
		}
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const inlineJs = gzippedBytes((await page.locator('script:not([src])').allTextContents()).join('\n'));
	const bytesOf = (files: typeof requested) =>
		files.reduce((sum, file) => sum + gzippedBytes(readFileSync(join(dist, file.path))), 0);
	const scripts = requested.filter((file) => file.type === 'script');
	return {
		eagerJsGzipBytes: bytesOf(scripts.filter((file) => file.beforeLoad)) + inlineJs,
		inlineJsGzipBytes: inlineJs,
		idleJsGzipBytes: bytesOf(scripts.filter((file) => !file.beforeLoad)),
		cssGzipBytes: bytesOf(requested.filter((file) => file.type === 'stylesheet')),
		eagerJsFiles: scripts.filter((file) => file.beforeLoad).map((file) => file.path),
	};
}

/** Milliseconds from the last keystroke in the search box to the first result on screen. */
async function searchLatency(page: Page, url: string, query: string) {
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.keyboard.press('Control+k');
	const input = page.getByRole('dialog').getByRole('textbox');
	await input.waitFor();
	await page.evaluate(() => {
		const state = window as unknown as { lastKey: number; firstResult: number };
		document.addEventListener('keydown', () => (state.lastKey = performance.now()), true);
		new MutationObserver(() => {
			if (!state.firstResult && document.querySelector('.pagefind-ui__result')) state.firstResult = performance.now();
		}).observe(document.body, { childList: true, subtree: true });
	});
	await input.pressSequentially(query, { delay: 30 });
	await page.waitForSelector('.pagefind-ui__result', { timeout: 10_000 });
	return page.evaluate(() => {
		const state = window as unknown as { lastKey: number; firstResult: number };
		return state.firstResult - state.lastKey;
	});
}

export async function browserFigures(dist: string, baseUrl: string, contentPath: string, query: string) {
	const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
	try {
		const page = await browser.newPage();
		const weight = await pageWeight(page, dist, baseUrl + contentPath);
		const runs: number[] = [];
		for (let run = 0; run < 5; run++) runs.push(await searchLatency(await browser.newPage(), baseUrl + contentPath, query));
		return { contentPage: contentPath, ...weight, searchQuery: query, searchLatencyRunsMs: runs.map(Math.round), searchLatencyMedianMs: Math.round(median(runs)) };
	} finally {
		await browser.close();
	}
}
