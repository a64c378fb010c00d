import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const DIST = join(process.cwd(), 'dist');

/** Every page's path, from the sitemap the build wrote. */
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
	const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
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
