/** The frameworks an example can show, in the order their tabs always appear. */
export const FRAMEWORKS = ['django', 'drf', 'fastapi'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_LABELS: Record<Framework, string> = {
	django: 'Django',
	drf: 'DRF',
	fastapi: 'FastAPI',
};

/** One key for every set of framework tabs, so a choice follows the reader across the site. */
export const FRAMEWORK_SYNC_KEY = 'framework';
