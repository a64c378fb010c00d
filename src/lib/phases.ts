import { type CollectionEntry, getCollection } from 'astro:content';
import { isPhaseOverview, isStep, phaseSlug } from './phase-ids';
import type { ProgressMigration } from './progress';

export { isPhaseOverview, isStep, phaseSlug };

type DocsEntry = CollectionEntry<'docs'>;

export interface Phase {
	slug: string;
	overview: DocsEntry;
	steps: DocsEntry[];
}

const bySidebarOrder = (a: DocsEntry, b: DocsEntry) =>
	(a.data.sidebar.order ?? Number.MAX_VALUE) - (b.data.sidebar.order ?? Number.MAX_VALUE) || a.id.localeCompare(b.id);

/** The phases in order, each with its steps in order. */
export async function learningPath(): Promise<Phase[]> {
	const entries = await getCollection('docs', (entry) => phaseSlug(entry.id) !== undefined);
	return entries
		.filter((entry) => isPhaseOverview(entry.id))
		.sort(bySidebarOrder)
		.map((overview) => ({
			slug: phaseSlug(overview.id)!,
			overview,
			steps: entries.filter((entry) => isStep(entry.id) && entry.id.startsWith(`${overview.id}/`)).sort(bySidebarOrder),
		}));
}

/** The phase a page belongs to, or undefined for pages outside the phases. */
export async function phaseOf(entryId: string): Promise<Phase | undefined> {
	const slug = phaseSlug(entryId);
	return slug ? (await learningPath()).find((phase) => phase.slug === slug) : undefined;
}

/** What carries progress saved by the old per-phase checklists over to the step pages. */
export function progressMigration(phases: Phase[]): ProgressMigration {
	return Object.fromEntries(
		phases.map((phase) => [
			phase.slug,
			Object.fromEntries(phase.steps.map((step) => [step.id, step.data.step?.replaces ?? []])),
		]),
	);
}
