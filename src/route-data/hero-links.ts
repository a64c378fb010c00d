import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from '../lib/site-url';

/**
 * Starlight renders the hero's buttons (`hero.actions[].link` in a page's frontmatter) as written,
 * without the base path: add it to root-relative links. The links validator checks the result.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
	for (const action of locals.starlightRoute.entry.data.hero?.actions ?? []) {
		if (/^\/(?!\/)/.test(action.link)) action.link = withBase(action.link, import.meta.env.BASE_URL);
	}
});
