/**
 * URLs of the built site. Astro's `base` may come with or without a trailing slash
 * (BASE_PATH=/django-to-fastapi or /django-to-fastapi/), so every join goes through here.
 */

/** A root-relative site path ('/compare/orm-queries/') under the base path ('/django-to-fastapi/'). */
export function withBase(path: string, base: string): string {
	return base.replace(/\/?$/, '/') + path.replace(/^\//, '');
}

/** The absolute URL of a site path, for what is read away from the page: og:image, robots.txt, llms.txt. */
export function absoluteUrl(path: string, site: URL | undefined, base: string): string {
	// Without `site` a crawler or a social network would get a relative URL it cannot use.
	if (!site) throw new Error('astro.config.mjs: `site` (SITE_URL) must be set to build absolute URLs');
	return new URL(withBase(path, base), site).href;
}

/**
 * A docs entry's slug as Starlight routes it: '' for the home page, 'path' for path/index.
 * Collection entries say 'index' where Starlight's route data says ''; this accepts both.
 */
export function pageSlug(entryId: string): string {
	return entryId === 'index' ? '' : entryId.replace(/\/index$/, '');
}

/** The path a docs entry is served at: 'index' -> '/', 'compare/admin' -> '/compare/admin/'. */
export function pagePath(entryId: string): string {
	const slug = pageSlug(entryId);
	return slug ? `/${slug}/` : '/';
}
