/**
 * A reader's progress through the learning path, kept in the browser only: the step pages they
 * marked done. One versioned localStorage key; anything unreadable is reset to "no progress yet",
 * and progress saved by the earlier checklists (version 1) is carried over to the step pages.
 */
import { phaseSlug } from './phase-ids';

export const PROGRESS_KEY = 'django-to-fastapi:progress';
export const PROGRESS_VERSION = 2;

export interface Progress {
	version: typeof PROGRESS_VERSION;
	/** The ids of the step pages marked done, such as "path/phase-2-fastapi-prototype/schemas". */
	done: string[];
}

/**
 * How version 1 is carried over: for each phase ("phase-2"), each step page's id with the ids of
 * the checklist items it replaces. A step counts as done when every item it replaces was ticked.
 */
export type ProgressMigration = Record<string, Record<string, string[]>>;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, done: [] });

const isStringArray = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a stored value. Returns null when it is corrupted or of an unknown version (the caller
 * resets it); carries version 1 over with `migration`.
 */
export function parseProgress(raw: string | null, migration: ProgressMigration = {}): Progress | null {
	if (raw === null) return emptyProgress();
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return null;
	}
	if (!isRecord(value)) return null;
	if (value['version'] === PROGRESS_VERSION && isStringArray(value['done'])) {
		return { version: PROGRESS_VERSION, done: [...new Set(value['done'])] };
	}
	if (value['version'] === 1 && isRecord(value['done']) && Object.values(value['done']).every(isStringArray)) {
		return fromVersion1(value['done'] as Record<string, string[]>, migration);
	}
	return null;
}

function fromVersion1(ticked: Record<string, string[]>, migration: ProgressMigration): Progress {
	const done = Object.entries(migration).flatMap(([phase, steps]) => {
		const items = new Set(ticked[phase] ?? []);
		return Object.entries(steps)
			.filter(([, replaced]) => replaced.length > 0 && replaced.every((item) => items.has(item)))
			.map(([step]) => step);
	});
	return { version: PROGRESS_VERSION, done };
}

export function withStep(progress: Progress, step: string, done: boolean): Progress {
	const steps = new Set(progress.done);
	if (done) steps.add(step);
	else steps.delete(step);
	return { ...progress, done: [...steps] };
}

/** How many of these steps are done (steps since removed from the site do not count). */
export function doneCount(progress: Progress, steps: readonly string[]): number {
	const done = new Set(progress.done);
	return steps.filter((step) => done.has(step)).length;
}

/**
 * Where to resume, once at least one step is done (undefined before): the first step not done,
 * counted from the start of the first phase the reader worked in, so that a reader who took the
 * fast track past phases 0 and 1 is not sent back to them.
 */
export function resumeStep(progress: Progress, stepsInOrder: readonly string[]): string | undefined {
	const done = new Set(progress.done);
	const firstDone = stepsInOrder.findIndex((step) => done.has(step));
	if (firstDone === -1) return undefined;
	const phase = phaseSlug(stepsInOrder[firstDone]!);
	const from = stepsInOrder.findIndex((step) => phaseSlug(step) === phase);
	return stepsInOrder.slice(Math.max(0, from)).find((step) => !done.has(step));
}

/** A stable id for a version-1 checklist item, from its text (kept to read old progress). */
export function stepId(text: string): string {
	return text
		.toLowerCase()
		.replace(/`/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
}
