import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { renderSocialCard } from '../../lib/social-card-image';
import { socialCardSlug } from '../../lib/social-card';
import { publicPages } from '../../lib/site-pages';
import { sectionOf } from '../../lib/site-sections';
import { SITE_NAME } from '../../data/site';

/** One social preview image per public page, drawn at build time (see src/route-data/social-meta.ts for the meta tags). */
export const getStaticPaths = (async () =>
	(await publicPages()).map((entry) => ({
		params: { slug: socialCardSlug(entry.id) },
		props: { title: entry.data.title, section: sectionOf(entry.id) },
	}))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(await renderSocialCard({ ...props, siteName: SITE_NAME }), {
		headers: { 'Content-Type': 'image/png' },
	});
