import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { BASE_PATH, builtPage, DIST, sitePath, sitemapPaths } from './support/site';

// What astro.config.mjs builds absolute URLs from: SITE_URL and BASE_PATH.
const SITE_ROOT = new URL(BASE_PATH, process.env['SITE_URL'] ?? 'http://localhost:4321').href;

/** The file the build wrote for an absolute URL under SITE_ROOT. */
function builtFile(url: string): string {
	expect(url.startsWith(SITE_ROOT), `${url} is under ${SITE_ROOT}`).toBe(true);
	return join(DIST, decodeURI(url.slice(SITE_ROOT.length)));
}

const decodeEntities = (text: string): string =>
	text.replace(
		/&(amp|quot|lt|gt|#39|#x27);/g,
		(_, name: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[name] ?? '',
	);

/** The attributes of every `<tag …>` in the head of a built page. */
function headTags(path: string, tag: 'meta' | 'link'): Record<string, string>[] {
	const html = readFileSync(builtPage(path), 'utf8');
	const head = html.slice(0, html.indexOf('</head>'));
	return [...head.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map(([element]) =>
		Object.fromEntries(
			[...element.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, decodeEntities(value ?? '')]),
		),
	);
}

const metaContents = (path: string, key: string): string[] =>
	headTags(path, 'meta')
		.filter((attrs) => attrs['property'] === key || attrs['name'] === key)
		.map((attrs) => attrs['content'] ?? '');

const locsOf = (xml: string): string[] => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc ?? '');

async function expectWellFormedXml(page: Page, xml: string): Promise<void> {
	const error = await page.evaluate(
		(source) =>
			new DOMParser().parseFromString(source, 'application/xml').querySelector('parsererror')?.textContent ?? null,
		xml,
	);
	expect(error).toBeNull();
}

const pages = sitemapPaths();

test.describe('favicon and home-screen icon', () => {
	for (const path of [sitePath('/'), sitePath('/compare/orm-queries/')]) {
		test(`${path} links icons that load under the base path`, async ({ request }) => {
			const links = headTags(path, 'link');
			const icon = links.find((attrs) => attrs['rel'] === 'shortcut icon' || attrs['rel'] === 'icon');
			const touchIcon = links.find((attrs) => attrs['rel'] === 'apple-touch-icon');
			expect(icon?.['href']).toBe(sitePath('/favicon.svg'));
			expect(touchIcon?.['href']).toBe(sitePath('/apple-touch-icon.png'));

			const svg = await request.get(icon?.['href'] ?? '');
			expect(svg.status()).toBe(200);
			expect(await svg.text()).toContain('<svg');
			const png = await request.get(touchIcon?.['href'] ?? '');
			expect(png.status()).toBe(200);
			const { format, width, height, hasAlpha } = await sharp(await png.body()).metadata();
			// iOS shows transparency as black: the icon must be opaque.
			expect({ format, width, height, hasAlpha }).toEqual({ format: 'png', width: 180, height: 180, hasAlpha: false });
		});
	}
});

test.describe('social preview images', () => {
	test('every page in the sitemap has one 1200×630 PNG of its own under SITE_URL and the base path', async () => {
		expect(pages.length).toBeGreaterThan(4);
		const imageHashes = new Map<string, string>();
		for (const path of pages) {
			const images = metaContents(path, 'og:image');
			expect(images, `${path}: og:image`).toHaveLength(1);
			const [image = ''] = images;
			expect(metaContents(path, 'twitter:image'), `${path}: twitter:image`).toEqual([image]);
			expect(metaContents(path, 'og:image:width')).toEqual(['1200']);
			expect(metaContents(path, 'og:image:height')).toEqual(['630']);
			const [title = ''] = metaContents(path, 'og:title');
			expect(metaContents(path, 'og:image:alt')[0], `${path}: the alt text names the page`).toContain(title);

			const file = builtFile(image);
			expect(existsSync(file), `${path}: ${image} was built`).toBe(true);
			const { format, width, height } = await sharp(file).metadata();
			expect({ format, width, height }, image).toEqual({ format: 'png', width: 1200, height: 630 });
			imageHashes.set(path, createHash('sha256').update(readFileSync(file)).digest('hex'));
		}
		// Each page's card shows its own title, so no two files may be identical.
		expect(new Set(imageHashes.values()).size).toBe(pages.length);
	});

	test('a page’s preview image is served under the base path', async ({ request }) => {
		const [image = ''] = metaContents(sitePath('/compare/orm-queries/'), 'og:image');
		const response = await request.get(new URL(image).pathname);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('image/png');
	});
});

test.describe('robots.txt and sitemaps', () => {
	test('robots.txt lets every crawler in and names the absolute sitemap URL', async ({ request }) => {
		const response = await request.get(sitePath('/robots.txt'));
		expect(response.status()).toBe(200);
		const robots = await response.text();
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).toMatch(/^Allow: \/$/m);
		expect(robots).not.toMatch(/^Disallow: \S/m);
		const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map(([, url]) => url ?? '');
		expect(sitemaps).toEqual([`${SITE_ROOT}sitemap.xml`]);
		expect((await request.get(new URL(sitemaps[0] ?? '').pathname)).status()).toBe(200);
	});

	test('sitemap.xml is an index of exactly the sitemap files the build wrote', async ({ page, request }) => {
		const response = await request.get(sitePath('/sitemap.xml'));
		expect(response.status()).toBe(200);
		const index = await response.text();
		await expectWellFormedXml(page, index);
		expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
		const sitemapFiles = locsOf(index);
		expect(sitemapFiles).toEqual(locsOf(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')));
		expect(sitemapFiles.length).toBeGreaterThan(0);

		for (const url of sitemapFiles) {
			const xml = readFileSync(builtFile(url), 'utf8');
			await expectWellFormedXml(page, xml);
			const locs = locsOf(xml);
			expect(locs.length).toBeGreaterThan(0);
			for (const loc of locs) expect(loc.startsWith(SITE_ROOT), `${loc} is under ${SITE_ROOT}`).toBe(true);
		}
	});
});

test.describe('llms.txt', () => {
	/** The sidebar as a reader sees it: each top-level group's label and its links' paths, in order. */
	async function renderedSidebar(page: Page): Promise<{ label: string; links: string[] }[]> {
		await page.goto(sitePath('/compare/orm-queries/'));
		return page
			.locator('ul.top-level')
			.first()
			.evaluate((list) =>
				[...list.querySelectorAll(':scope > li')].map((group) => ({
					label: group.querySelector('.group-label')?.textContent?.trim() ?? '',
					links: [...group.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? ''),
				})),
			);
	}

	test('lists every page once, with its description, grouped and ordered as the sidebar', async ({ page, request }) => {
		const response = await request.get(sitePath('/llms.txt'));
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('text/plain');
		const text = await response.text();

		const [siteName = ''] = metaContents(sitePath('/'), 'og:site_name');
		expect(text.startsWith(`# ${siteName}\n\n> `)).toBe(true);

		const sectionBodies = text.split(/^## /m).slice(1);
		const sections = sectionBodies.map((body) => ({
			label: body.slice(0, body.indexOf('\n')),
			lines: body.split('\n').filter((line) => line.startsWith('- ')),
		}));
		const linkPattern = /^- \[(.+)\]\((\S+)\): (.{20,})$/;
		for (const line of sections.flatMap(({ lines }) => lines))
			expect(line, 'a title, an absolute URL and a description').toMatch(linkPattern);
		const urls = sections.flatMap(({ lines }) => lines.map((line) => linkPattern.exec(line)?.[2] ?? ''));

		// Every sitemap page once, and nothing the sitemap does not know (it never lists the 404 page).
		const sitemapUrls = locsOf(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8'));
		expect([...urls].sort()).toEqual([...sitemapUrls].sort());
		expect(new Set(urls).size).toBe(urls.length);

		const sidebar = await renderedSidebar(page);
		expect(sections.map(({ label }) => label)).toEqual(sidebar.map(({ label }) => label));
		for (const [index, { label, lines }] of sections.entries()) {
			const paths = lines.map((line) => new URL(linkPattern.exec(line)?.[2] ?? '').pathname);
			expect(paths, `${label}: pages in sidebar order`).toEqual(sidebar[index]?.links);
		}
	});
});
