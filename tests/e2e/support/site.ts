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
