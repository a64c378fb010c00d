/**
 * A reader's progress through the learning path, kept in the browser only.
 * One versioned localStorage key; anything unreadable is treated as "no progress yet".
 */
export const PROGRESS_KEY = 'django-to-fastapi:progress';
export const PROGRESS_VERSION = 1;

export interface Progress {
	version: typeof PROGRESS_VERSION;
	/** Phase slug (such as "phase-0") to the ids of its ticked steps. */
	done: Record<string, string[]>;
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, done: {} });

const isStringArray = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Parses a stored value; returns null when it is corrupted or from another version. */
export function parseProgress(raw: string | null): Progress | null {
	if (raw === null) return emptyProgress();
	try {
		const value = JSON.parse(raw) as Partial<Progress>;
		if (value?.version !== PROGRESS_VERSION || typeof value.done !== 'object' || value.done === null) return null;
		if (!Object.values(value.done).every(isStringArray)) return null;
		return { version: PROGRESS_VERSION, done: value.done };
	} catch {
		return null;
	}
}

export function withStep(progress: Progress, phase: string, step: string, ticked: boolean): Progress {
	const steps = new Set(progress.done[phase] ?? []);
	if (ticked) steps.add(step);
	else steps.delete(step);
	return { ...progress, done: { ...progress.done, [phase]: [...steps] } };
}

/** How many of a phase's current steps are ticked (steps removed from the page do not count). */
export function doneCount(progress: Progress, phase: string, stepIds: string[]): number {
	const ticked = new Set(progress.done[phase] ?? []);
	return stepIds.filter((id) => ticked.has(id)).length;
}

/** A stable id for a checklist step, from its text. */
export function stepId(text: string): string {
	return text
		.toLowerCase()
		.replace(/`/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
}
