import { defineHastPlugin, type HastPluginDefinition, type HastVisitorContext } from 'satteri';

/** A Markdown table's element, as a table visitor receives it. */
export type TableElement = Parameters<
	NonNullable<Extract<HastPluginDefinition['element'], { filter: string[] }>>['visit']
>[0];
type VisitResult = ReturnType<NonNullable<Extract<HastPluginDefinition['element'], { filter: string[] }>>['visit']>;

/** Where a table stands on its page: the text of the nearest heading above it, and whether it is the first table since that heading. */
export interface TablePlace {
	heading: string;
	firstUnderHeading: boolean;
}

/**
 * A hast plugin that walks a document's Markdown tables in page order, telling `visit` the nearest
 * `h2`–`h4` above each one. Call it once per document (from a plugin factory): the heading it
 * remembers belongs to that document. `visit` returns what a satteri visitor returns: nothing to
 * keep the table, or the node that replaces it.
 */
export function tableWalk(
	name: string,
	visit: (table: TableElement, place: TablePlace, ctx: HastVisitorContext) => VisitResult,
): HastPluginDefinition {
	let heading = '';
	let tablesSinceHeading = 0;
	return defineHastPlugin({
		name,
		element: {
			filter: ['h2', 'h3', 'h4', 'table'],
			visit(node, ctx) {
				if (node.tagName !== 'table') {
					heading = ctx.textContent(node).trim();
					tablesSinceHeading = 0;
					return;
				}
				return visit(node, { heading, firstUnderHeading: tablesSinceHeading++ === 0 }, ctx);
			},
		},
	});
}
