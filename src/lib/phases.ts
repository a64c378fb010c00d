import { type CollectionEntry, getCollection } from 'astro:content';
import type { ProgressMigration } from './progress';

type DocsEntry = CollectionEntry<'docs'>;

/**
 * The learning path is one folder per phase under path/: the phase's overview is its index.mdx,
 * each step of one sitting a page beside it (`step:` in its frontmatter).
 */
const PHASE_ID = /^path\/(phase-\d+)-[^/]+$/;
const STEP_ID = /^path\/(phase-\d+)-[^/]+\/[^/]+$/;

/** "path/phase-2-fastapi-prototype" or one of its steps -> "phase-2"; undefined elsewhere. */
export function phaseSlug(entryId: string): string | undefined {
	return PHASE_ID.exec(entryId)?.[1] ?? STEP_ID.exec(entryId)?.[1];
}

export const isPhaseOverview = (entryId: string) => PHASE_ID.test(entryId);
export const isStep = (entryId: string) => STEP_ID.test(entryId);

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
		phases.map((phase) => [phase.slug, Object.fromEntries(phase.steps.map((step) => [step.id, step.data.step?.replaces ?? []]))]),
	);
}

