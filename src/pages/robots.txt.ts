import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site-url';

/** Every crawler may read every page; the sitemap URL must be absolute, so it is built from SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) => {
	const sitemap = absoluteUrl('/sitemap.xml', site, import.meta.env.BASE_URL);
	const text = `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
