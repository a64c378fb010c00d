/**
 * How the site search ranks pages, in one place. astro.config.mjs passes SEARCH_RANKING to
 * Starlight, which hands it to Pagefind in the search dialog; tests/e2e/search-ranking.spec.ts
 * applies the same object to Pagefind's API, so the test measures the ranking readers get.
 * SEARCH_WEIGHTS are index-time `data-pagefind-weight` values (body text is 1; Pagefind gives
 * headings h1 7, h2 6, h3 5 down to h6 2 by itself). Measured with the queries in
 * tests/e2e/search-queries.json, searched as the dialog searches (src/lib/forgiving-search.ts); see the
 * ranking test or `npm run bench` for the rates.
 */

/** Pagefind's `ranking` option (https://pagefind.app/docs/ranking/). */
export interface SearchRanking {
	termFrequency: number;
	pageLength: number;
	termSaturation: number;
	termSimilarity: number;
	diacriticSimilarity: number;
	metaWeights: Record<string, number>;
}

// Starlight's defaults, kept on measurement: what moved the test set was index-time weights and
// page descriptions (below), not these knobs. Each comment says what trying another value showed.
export const SEARCH_RANKING: SearchRanking = {
	// Any value from 0.1 to 1 gave the same top three for every query of the test set.
	termFrequency: 0.1,
	// 0.75 (Pagefind's) lets short navigation pages (home, how to use) into the top three; 0.25 ranked alike.
	pageLength: 0.1,
	// 1.4 (Pagefind's) ranked the test set identically.
	termSaturation: 2,
	// An exact `select_related` beats longer words that start with it; at 1 (Pagefind's) two more queries missed.
	termSimilarity: 9,
	// The content is English, so accents hardly occur.
	diacriticSimilarity: 0.8,
	// Pagefind (1.5+) adds a boost for query words found in a page's metadata, on top of the body score.
	// - title: Pagefind's default of 5 let a page whose title holds one word of a question outrank
	//   the page that answers it ("database transaction" found a path step titled "... transactions"
	//   above the Compare page's Transactions section), because the forgiving search scores each
	//   word on its own; 0.5 still lifts a page named after the query (top 1 rose from 179 to 185 of
	//   232 with no loss in the top three; 5, 3, 2, 1 and 0.25 each ranked fewer first).
	// - django: the Django and DRF names of the map rows a Compare page explains
	//   (src/components/starlight/PageTitle.astro), so a name the body shares with other words
	//   ("exists()" with "existing", `F("stock") - 1`) finds the page the map points to. Kept small:
	//   0.25 and up pushed Compare pages above the guides for questions that merely contain a name's word.
	metaWeights: { title: 0.5, django: 0.1 },
};

export const SEARCH_WEIGHTS = {
	// A page's frontmatter description summarises what it explains: worth more than a body mention, less than a heading.
	description: 3,
	// The at-a-glance table of a Compare page lists the APIs the page explains, Django beside FastAPI.
	atAGlanceTable: 2,
	// The Django-to-FastAPI map names every API once; below body text so the page that explains it ranks first.
	apiMapRows: 0.5,
	// The same rows, indexed on the Compare page each one links to (hidden, "Django → FastAPI"): a
	// Django name finds the page that explains its counterpart even where the prose names only the FastAPI side.
	mapRowsOnTheirPage: 6,
	// The glossary's definitions, for the same reason as the map's rows: the page each one links to explains the term.
	glossaryDefinitions: 0.5,
	// The glossary's terms (its headings; Pagefind weighs an h2 6 and an h3 5 by default).
	glossaryTerms: 1,
} as const;
