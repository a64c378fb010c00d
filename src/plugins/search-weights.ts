import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { SEARCH_WEIGHTS } from '../lib/search-ranking';
import { tableWalk } from './table-walk';

/** The heading of the table that sums up a Compare page: each API it explains, Django beside FastAPI. */
const SUMMARY_HEADING = 'At a glance';
/** The glossary defines each term in a few lines and links to the page that explains it. */
const GLOSSARY = /\/reference\/glossary\.mdx?$/;

/**
 * Gives the table under a page's "At a glance" heading more weight in the search index than body
 * text (`data-pagefind-weight`), so an API name finds the page that maps it rather than one that
 * mentions it in passing.
 */
export const searchWeights: HastPluginEntry = (file) => {
	if (file.fileURL && GLOSSARY.test(file.fileURL.pathname)) return glossaryWeights;
	return tableWalk('search-weights', (table, { heading, firstUnderHeading }, ctx) => {
		// Only the first table under the heading: a second one there is not the summary.
		if (heading === SUMMARY_HEADING && firstUnderHeading) {
			ctx.setProperty(table, 'data-pagefind-weight', String(SEARCH_WEIGHTS.atAGlanceTable));
		}
	});
};

/**
 * The glossary's definitions weigh less than body text elsewhere, as the map's rows do: a term's
 * short definition there should not outrank the page it links to, which explains the term in full.
 * Its headings, the terms themselves, weigh as body text does: a search for a term should find the
 * page that explains it first and the glossary entry after it.
 */
const glossaryWeights = defineHastPlugin({
	name: 'search-weights-glossary',
	element: {
		filter: ['p', 'li', 'dd', 'td', 'th', 'h2', 'h3', 'h4'],
		visit(node, ctx) {
			const weight = node.tagName.startsWith('h') ? SEARCH_WEIGHTS.glossaryTerms : SEARCH_WEIGHTS.glossaryDefinitions;
			ctx.setProperty(node, 'data-pagefind-weight', String(weight));
		},
	},
});
