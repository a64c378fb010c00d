import { loadAttribute } from './page-attributes';

/** The frameworks an example can show, in the order they always appear. */
export const FRAMEWORKS = ['django', 'drf', 'fastapi'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_LABELS: Record<Framework, string> = {
	django: 'Django',
	drf: 'DRF',
	fastapi: 'FastAPI',
};

/** Which side of a comparison a framework's code sits on when both are shown at once. */
export const FRAMEWORK_SIDE: Record<Framework, 'django' | 'fastapi'> = {
	django: 'django',
	drf: 'django',
	fastapi: 'fastapi',
};

export function isFramework(value: unknown): value is Framework {
	return typeof value === 'string' && (FRAMEWORKS as readonly string[]).includes(value);
}

/**
 * The framework shown when an example lacks the reader's choice: the other framework of the same
 * side first, so a DRF reader sees Django rather than FastAPI twice.
 */
export function shownFramework(preferred: Framework, available: readonly Framework[]): Framework | undefined {
	if (available.includes(preferred)) return preferred;
	const sameSide = available.find((framework) => FRAMEWORK_SIDE[framework] === FRAMEWORK_SIDE[preferred]);
	return sameSide ?? available[0];
}

/**
 * Loads what a component shows for each framework it was given (`django="…"` and so on), or
 * fails the build naming the component, the page, the attribute and why.
 */
export function loadPerFramework<T>(
	component: string,
	page: string,
	attributes: Partial<Record<Framework, string>>,
	load: (value: string) => T,
): Partial<Record<Framework, T>> {
	const loaded: Partial<Record<Framework, T>> = {};
	for (const framework of FRAMEWORKS) {
		const value = attributes[framework];
		if (value !== undefined) loaded[framework] = loadAttribute(component, page, framework, value, load);
	}
	if (Object.keys(loaded).length === 0) {
		throw new Error(`[${component}] ${page}: give at least one of django=, drf=, fastapi=`);
	}
	return loaded;
}
