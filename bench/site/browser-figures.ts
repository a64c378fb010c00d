import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Locator, type Page, type Request } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/chromium.ts';
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

/** Opens the search dialog on `url`, once Starlight's idle-loaded search UI is in place. */
async function openSearch(page: Page, url: string) {
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.locator('#starlight__search input').waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	const input = page.getByRole('dialog').getByRole('textbox');
	await input.waitFor();
	return input;
}

/**
 * Watches the open search dialog: Pagefind UI says "Searching for [term]..." when a search starts
 * and "N results for [term]" once its results are on screen. `resetSearchWatch` starts a new count.
 */
async function watchSearch(page: Page) {
	await page.evaluate(() => {
		const state = window as unknown as { bench: BenchState };
		document.addEventListener('keydown', () => (state.bench.lastKey = performance.now()), true);
		new MutationObserver(() => {
			const { bench } = state;
			const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
			const term = /for (.*?)(\.\.\.)?$/.exec(message)?.[1] ?? '';
			const searching = message.startsWith('Searching');
			const list = searching ? bench.searchedTerms : bench.answeredTerms;
			if (term && list.at(-1) !== term) list.push(term);
			if (term === bench.query && searching && !bench.searchStarted) bench.searchStarted = performance.now();
			if (
				!bench.firstResult &&
				term === bench.query &&
				!searching &&
				document.querySelector('.pagefind-ui__result-link')
			) {
				bench.firstResult = performance.now();
			}
		}).observe(document.body, { childList: true, subtree: true, characterData: true });
	});
}

const resetSearchWatch = (page: Page, query: string) =>
	page.evaluate((query) => {
		const state = window as unknown as { bench: BenchState };
		state.bench = { query, lastKey: 0, searchStarted: 0, firstResult: 0, searchedTerms: [], answeredTerms: [] };
	}, query);

/**
 * Types `query` at `msPerKey` into the open dialog and reports: milliseconds from the last
 * keystroke to the first result with its title on screen, how many searches ran and how many of
 * them were wasted (overtaken before their results showed), and how many result fragments were fetched.
 */
async function typeQuery(page: Page, input: Locator, query: string, msPerKey: number) {
	await resetSearchWatch(page, query);
	let fragmentRequests = 0;
	const countFragment = (request: Request) =>
		void (request.url().includes('/pagefind/fragment/') && fragmentRequests++);
	page.on('request', countFragment);
	await input.pressSequentially(query, { delay: msPerKey });
	await page.waitForFunction(() => (window as unknown as { bench: BenchState }).bench.firstResult > 0, null, {
		timeout: 10_000,
	});
	await page.waitForTimeout(500); // let anything still scheduled happen, so it is counted
	page.off('request', countFragment);
	const bench = await page.evaluate(() => (window as unknown as { bench: BenchState }).bench);
	return {
		latencyMs: Math.round(bench.firstResult - bench.lastKey),
		waitBeforeSearchMs: Math.round(bench.searchStarted - bench.lastKey),
		searches: bench.searchedTerms.length,
		// A search whose results never reached the screen: the next keystroke overtook it.
		wastedSearches: bench.searchedTerms.filter((term) => !bench.answeredTerms.includes(term)).length,
		fragmentRequests,
	};
}

interface BenchState {
	query: string;
	lastKey: number;
	searchStarted: number;
	firstResult: number;
	searchedTerms: string[];
	answeredTerms: string[];
}

export async function browserFigures(
	dist: string,
	baseUrl: string,
	contentPath: string,
	query: string,
	question: string,
) {
	const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
	/**
	 * In a fresh browser context (a new reader), opens the dialog and types the query ("cold": the
	 * index loads meanwhile); then clears it and types it again ("warm": the index is in memory).
	 */
	const run = async (msPerKey: number, typed = query) => {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			const input = await openSearch(page, baseUrl + contentPath);
			await watchSearch(page);
			const cold = await typeQuery(page, input, typed, msPerKey);
			await input.fill('');
			await page.waitForTimeout(300);
			return { cold, warm: await typeQuery(page, input, typed, msPerKey) };
		} finally {
			await context.close();
		}
	};
	try {
		const weight = await pageWeight(await browser.newPage(), dist, baseUrl + contentPath);
		const fast: Awaited<ReturnType<typeof run>>[] = [];
		for (let attempt = 0; attempt < 7; attempt++) fast.push(await run(30));
		const paces = [];
		for (const msPerKey of HUMAN_PACES_MS_PER_KEY)
			paces.push({ msPerKey, keystrokes: query.length, ...(await run(msPerKey)) });
		// A question: its filler is dropped and, its words being several, each is searched on its own too.
		const asked: Awaited<ReturnType<typeof run>>[] = [];
		for (let attempt = 0; attempt < 7; attempt++) asked.push(await run(30, question));
		for (const msPerKey of HUMAN_PACES_MS_PER_KEY)
			paces.push({ msPerKey, keystrokes: question.length, question: true, ...(await run(msPerKey, question)) });
		const coldLatencies = fast.map((figures) => figures.cold.latencyMs);
		return {
			contentPage: contentPath,
			...weight,
			searchQuery: query,
			// Typed quickly, first thing after opening the dialog: the slowest case a reader meets.
			searchLatencyRunsMs: coldLatencies,
			searchWaitBeforeSearchMedianMs: median(fast.map((figures) => figures.cold.waitBeforeSearchMs)),
			searchLatencyMedianMs: median(coldLatencies),
			searchLatencyWarmMedianMs: median(fast.map((figures) => figures.warm.latencyMs)),
			searchQuestion: question,
			searchQuestionLatencyRunsMs: asked.map((figures) => figures.cold.latencyMs),
			searchQuestionLatencyMedianMs: median(asked.map((figures) => figures.cold.latencyMs)),
			searchQuestionLatencyWarmMedianMs: median(asked.map((figures) => figures.warm.latencyMs)),
			// Typed at human paces: how much work the search did for one query, and how much was wasted.
			searchAtHumanPaces: paces,
		};
	} finally {
		await browser.close();
	}
}

/** Milliseconds between keys of a fast typist (about 120 words per minute) and a steady one (about 60). */
const HUMAN_PACES_MS_PER_KEY = [100, 200];
