import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site-url';

/**
 * /sitemap.xml, the name crawlers try first: an index of the sitemap @astrojs/sitemap writes
 * (through Starlight) as sitemap-0.xml. That integration only starts a sitemap-1.xml past 45,000
 * pages; tests/e2e/build-artefacts.spec.ts fails if this index and its own ever differ.
 */
export const GET: APIRoute = ({ site }) => {
	const chunk = absoluteUrl('/sitemap-0.xml', site, import.meta.env.BASE_URL);
	const xml =
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
		`<sitemap><loc>${chunk}</loc></sitemap></sitemapindex>\n`;
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
