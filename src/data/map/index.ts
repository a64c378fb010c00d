/**
 * The Django-to-FastAPI map: one row per Django or DRF API, its counterpart on the FastAPI side
 * (FastAPI, Starlette, SQLAlchemy 2.0, Pydantic 2, Alembic, uvicorn) and the Compare page that
 * explains it. One JSON file per section of the page, named after it (rows.ts holds the shape of
 * a row and the pages it may link to); rendered by
 * src/components/ApiMap.astro on /reference/django-fastapi-map/, where text in `backticks` becomes
 * <code>. tests/unit/api-map.test.ts checks every row and every link.
 */
import { AREAS, COMPARE_PAGES, type Area, type ComparePage, type ComparePageSlug, type MapRow } from './rows.ts';
import projectStructure from './project-structure.json' with { type: 'json' };
import models from './models.json' with { type: 'json' };
import queriesAndTransactions from './queries-and-transactions.json' with { type: 'json' };
import migrations from './migrations.json' with { type: 'json' };
import viewsRoutingAndHttp from './views-routing-and-http.json' with { type: 'json' };
import serializationAndValidation from './serialization-and-validation.json' with { type: 'json' };
import authenticationAndPermissions from './authentication-and-permissions.json' with { type: 'json' };
import admin from './admin.json' with { type: 'json' };
import settings from './settings.json' with { type: 'json' };
import testing from './testing.json' with { type: 'json' };
import backgroundTasks from './background-tasks.json' with { type: 'json' };
import staticFilesAndTemplates from './static-files-and-templates.json' with { type: 'json' };
import realTime from './real-time.json' with { type: 'json' };
import deployment from './deployment.json' with { type: 'json' };

export { AREAS, COMPARE_PAGES, type Area, type ComparePage, type ComparePageSlug, type MapRow } from './rows.ts';

const SECTIONS: Record<Area, readonly unknown[]> = {
	'Project structure': projectStructure,
	Models: models,
	'Queries and transactions': queriesAndTransactions,
	Migrations: migrations,
	'Views, routing and HTTP': viewsRoutingAndHttp,
	'Serialization and validation': serializationAndValidation,
	'Authentication and permissions': authenticationAndPermissions,
	Admin: admin,
	Settings: settings,
	Testing: testing,
	'Background tasks': backgroundTasks,
	'Static files and templates': staticFilesAndTemplates,
	'Real time': realTime,
	Deployment: deployment,
};

/** The file that holds an area's rows: its name in lower case, other characters as "-". */
export const sectionFile = (area: Area): string =>
	`src/data/map/${area.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.json`;

const FIELDS = ['django', 'fastapi', 'note', 'page'] as const;

/** Checks a section file's rows, so that a malformed row fails the build naming its file and row. */
export function checkedRows(area: Area, rows: readonly unknown[]): MapRow[] {
	return rows.map((row, index) => {
		const where = `${sectionFile(area)}, row ${index + 1}`;
		if (typeof row !== 'object' || row === null) throw new Error(`${where}: expected an object`);
		const fields = row as Record<string, unknown>;
		const extra = Object.keys(fields).filter((key) => !(FIELDS as readonly string[]).includes(key));
		if (extra.length) throw new Error(`${where}: unknown field ${extra.join(', ')}`);
		for (const field of FIELDS) {
			if (typeof fields[field] !== 'string' || !(fields[field] as string).trim())
				throw new Error(`${where}: "${field}" must be a non-empty string`);
		}
		const page = fields['page'] as string;
		if (!(COMPARE_PAGES as readonly string[]).includes(page.split('#')[0]!))
			throw new Error(`${where}: "${page}" is not a Compare page (rows.ts lists them)`);
		return { area, ...(fields as Omit<MapRow, 'area'>) };
	});
}

/** Every row, in page order. */
export const MAP_ROWS: readonly MapRow[] = AREAS.flatMap((area) => checkedRows(area, SECTIONS[area]));

/** Splits "orm-queries#anchor" into the page slug and the anchor (undefined when there is none). */
export function splitPageLink(page: ComparePage): { slug: ComparePageSlug; anchor: string | undefined } {
	const [slug, anchor] = page.split('#') as [ComparePageSlug, string | undefined];
	return { slug, anchor };
}

/** A row's text without the `backticks`: what the search index and a reader's query hold. */
export const plainText = (text: string): string => text.replace(/`/g, '');

/**
 * The `id` of each row on the map page, in MAP_ROWS order: "map-" and the Django name in lower case,
 * other characters as "-", numbered when two rows would share one. Search lists each row under the
 * map page as a sub-result that links here.
 */
export function rowAnchors(rows: readonly MapRow[]): string[] {
	const seen = new Map<string, number>();
	return rows.map((row) => {
		const slug = `map-${plainText(row.django)
			.toLowerCase()
			.replace(/[^a-z0-9_]+/g, '-')
			.replace(/^-|-$/g, '')}`;
		const count = seen.get(slug) ?? 0;
		seen.set(slug, count + 1);
		return count === 0 ? slug : `${slug}-${count + 1}`;
	});
}
