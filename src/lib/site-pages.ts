import { getCollection, type CollectionEntry } from 'astro:content';
import { compareSidebarPlaces } from './site-sections';

export type DocsEntry = CollectionEntry<'docs'>;

/** Pages a reader can land on from outside: not the 404 page, not drafts (which are not built). */
export function isPublicPage(entry: Pick<DocsEntry, 'id' | 'data'>): boolean {
	return entry.id !== '404' && !entry.data.draft;
}

/** Every public page, in sidebar order. */
export async function publicPages(): Promise<DocsEntry[]> {
	const entries = await getCollection('docs', isPublicPage);
	return entries.sort((a, b) =>
		compareSidebarPlaces({ id: a.id, order: a.data.sidebar.order }, { id: b.id, order: b.data.sidebar.order }),
	);
}
