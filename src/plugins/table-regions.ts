import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * Wraps every Markdown table in a labelled, focusable scroll region, so a table wider than the
 * page can be scrolled with the keyboard (WCAG 2.1.1; axe: scrollable-region-focusable).
 * The label is the text of the nearest heading above the table.
 */
export const tableRegions: HastPluginEntry = () => {
	let lastHeading = ''; // the factory runs once per document, so this never leaks across pages
	return defineHastPlugin({
		name: 'table-regions',
		element: {
			filter: ['h2', 'h3', 'h4', 'table'],
			visit(node, ctx) {
				if (node.tagName !== 'table') {
					lastHeading = ctx.textContent(node).trim();
					return;
				}
				return {
					type: 'element',
					tagName: 'div',
					properties: {
						class: 'table-region',
						role: 'region',
						tabindex: '0',
						'aria-label': lastHeading ? `Table: ${lastHeading}` : 'Table',
					},
					children: [node],
				};
			},
		},
	});
};
