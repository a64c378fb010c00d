/**
 * The search test set: what a Django developer types into the search box, each with the one page
 * that answers it. The rows live in search-queries.json beside this file; this module checks them
 * and types them. tests/e2e/search-ranking.spec.ts requires that page in the top three for 95% of
 * them and reports how often it is first (`npm run bench` prints both); tests/unit/search-queries.test.ts
 * checks the set itself. The search runs them as the dialog does (src/lib/forgiving-search.ts).
 *
 * Two kinds of query:
 * - names: Django, DRF, FastAPI, Starlette, SQLAlchemy and Pydantic names and short phrases. For a
 *   Django or DRF name the page is the one explaining its FastAPI counterpart; for a FastAPI name,
 *   the page that teaches it in full rather than a glossary entry or a passing mention.
 * - questions: four to eight words, as people write them in public issue trackers and Q&A threads,
 *   each with the thread it comes from in `source` (its title, shortened or lightly trimmed to the
 *   question). They carry filler ("how do I", "in fastapi", "equivalent"), which the search forgives.
 *   Questions marked `heldOut` were added after the ranking was last tuned and never tuned to: the
 *   ranking test and `npm run bench` report them apart as well.
 * Expectations were chosen by reading the pages, not from the ranking.
 */
import rows from './search-queries.json' with { type: 'json' };

export interface SearchQuery {
	/** What the reader types into the search box. */
	query: string;
	/** The page's path from the site root, with a trailing slash: `/compare/orm-queries/`. */
	expect: `/${string}`;
	/** Why this page, when the choice is not obvious from its title. */
	why?: string;
	/** For a question: the public thread it was taken from. */
	source?: `https://${string}`;
	/** A question added after the last tuning of the ranking, reported apart. */
	heldOut?: true;
}

const FIELDS: Record<keyof SearchQuery, (value: unknown) => boolean> = {
	query: (value) => typeof value === 'string' && value.trim() !== '',
	expect: (value) => typeof value === 'string' && value.startsWith('/'),
	why: (value) => typeof value === 'string' && value.trim() !== '',
	source: (value) => typeof value === 'string' && value.startsWith('https://'),
	heldOut: (value) => value === true,
};

/** Checks one list of the data file, so that a malformed entry fails naming its list, number and query. */
export function checkedQueries(list: string, entries: readonly unknown[]): SearchQuery[] {
	return entries.map((entry, index) => {
		const fields = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
		const where = `tests/e2e/search-queries.json, ${list} entry ${index + 1}${typeof fields['query'] === 'string' ? ` ("${fields['query']}")` : ''}`;
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
			throw new Error(`${where}: expected an object`);
		for (const [key, value] of Object.entries(fields)) {
			const valid = FIELDS[key as keyof SearchQuery];
			if (!valid) throw new Error(`${where}: unknown field "${key}"`);
			if (!valid(value)) throw new Error(`${where}: "${key}" is malformed: ${JSON.stringify(value)}`);
		}
		for (const key of ['query', 'expect'] as const) {
			if (fields[key] === undefined) throw new Error(`${where}: "${key}" is missing`);
		}
		return fields as unknown as SearchQuery;
	});
}

/** Django, DRF, FastAPI and library names and short phrases. */
export const NAMES: readonly SearchQuery[] = checkedQueries('names', rows.names);
/** Questions from public issue trackers, Q&A threads and posts, each with its thread. */
export const QUESTIONS: readonly SearchQuery[] = checkedQueries('questions', rows.questions);
/** The whole set: names first, then questions. */
export const SEARCH_QUERIES: readonly SearchQuery[] = [...NAMES, ...QUESTIONS];
/** The questions never tuned to. */
export const HELD_OUT: readonly SearchQuery[] = QUESTIONS.filter((query) => query.heldOut);
