import { getCollection, type CollectionEntry } from 'astro:content';
import { pathToFileURL } from 'node:url';
import { siteSidebar, sidebarSlugs } from './sidebar';
import { pageSlug } from './site-url';

export type DocsEntry = CollectionEntry<'docs'>;

/** Pages a reader can land on from outside: not the 404 page, not drafts (which are not built). */
export function isPublicPage(entry: Pick<DocsEntry, 'id' | 'data'>): boolean {
	return entry.id !== '404' && !entry.data.draft;
}

/** Every public page, in the order the sidebar lists it (pages it does not list come last). */
export async function publicPages(): Promise<DocsEntry[]> {
	const entries = await getCollection('docs', isPublicPage);
	// The build and the tests run from the project root (as example-source.ts assumes too).
	const order = sidebarSlugs(siteSidebar(pathToFileURL(`${process.cwd()}/src/content/docs/`)));
	const place = (entry: DocsEntry) => {
		const index = order.indexOf(pageSlug(entry.id));
		return index === -1 ? Number.MAX_VALUE : index;
	};
	return entries.sort((a, b) => place(a) - place(b) || a.id.localeCompare(b.id));
}
