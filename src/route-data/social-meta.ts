import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { SITE_NAME } from '../data/site';
import { SOCIAL_CARD, socialCardPath } from '../lib/social-card';
import { isPublicPage } from '../lib/site-pages';
import { sectionOf } from '../lib/site-sections';
import { absoluteUrl, withBase } from '../lib/site-url';

/** Adds the home-screen icon to every page and the social preview image's meta tags to public pages. */
export const onRequest = defineRouteMiddleware(({ locals, site }) => {
	const { entry, head } = locals.starlightRoute;
	const base = import.meta.env.BASE_URL;
	head.push({
		tag: 'link',
		attrs: { rel: 'apple-touch-icon', href: withBase('/apple-touch-icon.png', base) },
		content: '',
	});
	if (!isPublicPage(entry)) return;

	const image = absoluteUrl(socialCardPath(entry.id), site, base);
	const alt = `${SITE_NAME}, ${sectionOf(entry.id)}: ${entry.data.title}`;
	const meta = (key: 'property' | 'name', name: string, content: string) =>
		head.push({ tag: 'meta', attrs: { [key]: name, content }, content: '' });
	meta('property', 'og:image', image);
	meta('property', 'og:image:type', 'image/png');
	meta('property', 'og:image:width', String(SOCIAL_CARD.width));
	meta('property', 'og:image:height', String(SOCIAL_CARD.height));
	meta('property', 'og:image:alt', alt);
	meta('name', 'twitter:image', image);
	meta('name', 'twitter:image:alt', alt);
});
