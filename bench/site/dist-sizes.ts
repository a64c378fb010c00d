import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzippedBytes = (content: Buffer | string) => gzipSync(content, { level: 9 }).length;

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * Page count and gzipped HTML per page, excluding the 404 page. Beside it, the gzipped text of
 * each page's <main> with every tag removed: the words and code themselves, a floor that no
 * markup change can go below.
 */
export function htmlSizes(dist: string) {
	const pages = filesUnder(dist)
		.filter((file) => file.endsWith('index.html'))
		.map((file) => readFileSync(file, 'utf8'));
	const sizes = pages.map((html) => gzippedBytes(html));
	return {
		pageCount: pages.length,
		medianHtmlGzipBytes: median(sizes),
		maxHtmlGzipBytes: Math.max(...sizes),
		medianMainTextGzipBytes: median(pages.map((html) => gzippedBytes(mainText(html)))),
	};
}

const mainText = (html: string) =>
	html
		.slice(html.indexOf('<main'), html.indexOf('</main>'))
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, '');

/** Everything Pagefind wrote: the index, its fragments and its own scripts. */
export function pagefindBytes(dist: string) {
	const files = filesUnder(join(dist, 'pagefind'));
	return { pagefindFiles: files.length, pagefindBytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}

export { median };
