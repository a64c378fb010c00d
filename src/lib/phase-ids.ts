/**
 * Which docs entries make up the learning path, from their ids alone: one folder per phase under
 * path/, the phase's overview its index.mdx ("path/phase-2-fastapi-prototype"), each step of one
 * sitting a page beside it ("path/phase-2-fastapi-prototype/schemas").
 */
const PHASE_ID = /^path\/(phase-(\d+))-[^/]+$/;
const STEP_ID = /^path\/(phase-(\d+))-[^/]+\/[^/]+$/;

/** "path/phase-2-fastapi-prototype" or one of its steps -> "phase-2"; undefined elsewhere. */
export function phaseSlug(entryId: string): string | undefined {
	return PHASE_ID.exec(entryId)?.[1] ?? STEP_ID.exec(entryId)?.[1];
}

/** The phase's number for its overview ("path/phase-2-..." -> 2); undefined for anything else. */
export function phaseNumber(entryId: string): number | undefined {
	const digits = PHASE_ID.exec(entryId)?.[2];
	return digits === undefined ? undefined : Number(digits);
}

export const isPhaseOverview = (entryId: string) => PHASE_ID.test(entryId);
export const isStep = (entryId: string) => STEP_ID.test(entryId);

/** The entry id of a page file: "src/content/docs/path/phase-2-x/index.mdx" -> "path/phase-2-x". */
export function entryIdOfFile(file: string): string {
	return file
		.replace(/^.*?src\/content\/docs\//, '')
		.replace(/\.mdx?$/, '')
		.replace(/\/index$/, '');
}
