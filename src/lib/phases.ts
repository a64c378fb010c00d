import { getCollection } from 'astro:content';

/** "path/phase-2-prototype-in-fastapi" -> "phase-2"; undefined for pages that are not phases. */
export function phaseSlug(entryId: string): string | undefined {
	return /^path\/(phase-\d+)(?:-|$)/.exec(entryId)?.[1];
}

/** The learning path's phase pages, in sidebar order. */
export async function phasePages() {
	const entries = await getCollection('docs', (entry) => phaseSlug(entry.id) !== undefined);
	return entries.sort((a, b) => (a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0));
}
