/** What a row of the Django-to-FastAPI map holds, and the sections and pages it may name. */
/** The map's sections, in page order. Each is a `##` heading on the page. */
export const AREAS = [
	'Project structure',
	'Models',
	'Queries and transactions',
	'Migrations',
	'Views, routing and HTTP',
	'Serialization and validation',
	'Authentication and permissions',
	'Admin',
	'Settings',
	'Testing',
	'Background tasks',
	'Static files and templates',
	'Real time',
	'Deployment',
] as const;
export type Area = (typeof AREAS)[number];

/** Every Compare page a row may link to: src/content/docs/compare/<slug>.mdx. */
export const COMPARE_PAGES = [
	'project-layout',
	'data-modeling',
	'sqlmodel',
	'orm-queries',
	'migrations',
	'validation',
	'routing',
	'api-docs',
	'error-handling',
	'drf-ninja-fastapi',
	'dependency-injection',
	'testing',
	'settings',
	'async',
	'background-tasks',
	'static-files-templates',
	'admin',
	'auth',
	'websockets',
	'middleware-cors',
	'caching',
	'performance',
	'deployment',
	'type-safety',
	'ecosystem',
] as const;
export type ComparePageSlug = (typeof COMPARE_PAGES)[number];
/** A Compare page, optionally with the `#anchor` of the heading that explains the row. */
export type ComparePage = ComparePageSlug | `${ComparePageSlug}#${string}`;

export interface MapRow {
	area: Area;
	/** The Django or DRF API, names in `backticks`. */
	django: string;
	/** Its counterpart, or "none; …" with what to use instead. */
	fastapi: string;
	/** One line: the difference that matters. */
	note: string;
	page: ComparePage;
}
