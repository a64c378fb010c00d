import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { SEARCH_WEIGHTS } from '../lib/search-ranking';

/** The heading of the table that sums up a Compare page: each API it explains, Django beside FastAPI. */
const SUMMARY_HEADING = 'At a glance';

/**
 * Gives the table under a page's "At a glance" heading more weight in the search index than body
 * text (`data-pagefind-weight`), so an API name finds the page that maps it rather than one that
 * mentions it in passing.
 */
export const searchWeights: HastPluginEntry = () => {
	let underSummaryHeading = false; // the factory runs once per document, so this never leaks across pages
	return defineHastPlugin({
		name: 'search-weights',
		element: {
			filter: ['h2', 'h3', 'h4', 'table'],
			visit(node, ctx) {
				if (node.tagName !== 'table') {
					underSummaryHeading = ctx.textContent(node).trim() === SUMMARY_HEADING;
				} else if (underSummaryHeading) {
					ctx.setProperty(node, 'data-pagefind-weight', String(SEARCH_WEIGHTS.atAGlanceTable));
					underSummaryHeading = false; // only the first table under the heading
				}
			},
		},
	});
};
