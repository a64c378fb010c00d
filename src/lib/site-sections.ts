import { pageSlug } from './site-url';

/**
 * The sidebar's sections in order, each with the folder of src/content/docs it lists. astro.config.mjs
 * builds the sidebar from this list; social preview images and llms.txt name a page's section from it.
 */
export const SECTION_FOLDERS = [
	{ label: 'Start here', folder: 'start' },
	{ label: 'Learning path', folder: 'path' },
	{ label: 'Compare', folder: 'compare' },
	{ label: 'Guides', folder: 'guides' },
	{ label: 'Reference', folder: 'reference' },
] as const;
export type SiteSection = (typeof SECTION_FOLDERS)[number]['label'];
export const SITE_SECTIONS: readonly SiteSection[] = SECTION_FOLDERS.map(({ label }) => label);

const SECTION_BY_FOLDER: Readonly<Record<string, SiteSection>> = Object.fromEntries(
	SECTION_FOLDERS.map(({ label, folder }) => [folder, label]),
);

/** The section a docs entry sits in: its folder's, or "Start here" for the home page. */
export function sectionOf(entryId: string): SiteSection {
	const slug = pageSlug(entryId);
	if (slug === '') return 'Start here';
	const folder = slug.split('/')[0] ?? '';
	const section = SECTION_BY_FOLDER[folder];
	if (!section) {
		throw new Error(
			`src/content/docs/${entryId}: the folder "${folder}" is no sidebar section (src/lib/site-sections.ts)`,
		);
	}
	return section;
}
