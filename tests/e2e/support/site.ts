import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

/** The build under test: dist/, or OUT_DIR when it was built elsewhere (npm run test:e2e:subpath), as astro.config.mjs reads it. */
export const DIST = resolve(process.cwd(), process.env['OUT_DIR'] ?? 'dist');

/** The base path the site was built under (BASE_PATH, as astro.config.mjs reads it), with a trailing slash. */
export const BASE_PATH = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

/** A site path such as `/compare/orm-queries/`, under the base path the build used. */
export const sitePath = (path: string): string => BASE_PATH + path.replace(/^\//, '');

/** The docs entry a site path serves: `/django-to-fastapi/path/phase-2-x/` -> `path/phase-2-x`. */
export const entryIdOfPath = (path: string): string => path.slice(BASE_PATH.length).replace(/\/$/, '');

/** The HTML file the build wrote for a site path (one under the base path, as sitemapPaths() gives it). */
export function builtPage(path: string): string {
	if (!path.startsWith(BASE_PATH)) throw new Error(`${path} is not under the base path ${BASE_PATH}`);
	return join(DIST, path.slice(BASE_PATH.length), 'index.html');
}

/** Every page's path (with the base path), from the sitemap the build wrote. */
export function sitemapPaths(): string[] {
	const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url ?? '').pathname);
}

/** Collects console errors, uncaught exceptions and any request that leaves the site. */
export function watchPage(page: Page): { problems: string[] } {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('request', (request) => {
		const { hostname, protocol } = new URL(request.url());
		if (protocol !== 'data:' && hostname !== '127.0.0.1' && hostname !== 'localhost') {
			problems.push(`request left the site: ${request.url()}`);
		}
	});
	return { problems };
}

/** The visible text of a built page's <main>, lower-cased, without tags, scripts or styles. */
export function mainTextOf(path: string): string {
	const html = readFileSync(builtPage(path), 'utf8');
	const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
	return main
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.toLowerCase();
}

/**
 * A word that occurs on `path` and nowhere else, even as a 7-letter prefix (so that search
 * stemming cannot match another page). Deterministic: the alphabetically first candidate.
 */
export function wordOnlyOn(path: string): string | undefined {
	const others = sitemapPaths()
		.filter((other) => other !== path)
		.map(mainTextOf)
		.join(' ');
	const candidates = new Set(mainTextOf(path).match(/\b[a-z]{9,}\b/g) ?? []);
	return [...candidates].sort().find((word) => !others.includes(word.slice(0, 7)));
}

/** Expressive Code makes overflowing code blocks focusable after a debounce: wait as a reader would. */
export async function waitForScrollableCodeBlocks(page: Page): Promise<void> {
	await page.waitForFunction(() =>
		[...document.querySelectorAll<HTMLElement>('.expressive-code pre')].every(
			// Blocks in a closed <details> or a hidden tab are not rendered; they get it when shown.
			(pre) => !pre.checkVisibility() || pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
		),
	);
}
