import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * Wraps every Markdown table in a labelled, focusable scroll region, so a table wider than the
 * page can be scrolled with the keyboard (WCAG 2.1.1; axe: scrollable-region-focusable).
 * The label is the text of the nearest heading above the table. Each body cell also gets its
 * column's heading as `data-label`, which narrow screens show when a table of three or more
 * columns is stacked into one card per row (src/styles/site.css).
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
				const headings = columnHeadings(node as HastNode, (cell) => ctx.textContent(cell as never).trim());
				return {
					type: 'element',
					tagName: 'div',
					properties: {
						class: 'table-region',
						role: 'region',
						tabindex: '0',
						'aria-label': lastHeading ? `Table: ${lastHeading}` : 'Table',
						...(headings.length >= 3 ? { 'data-stack': '' } : {}),
					},
					children: [withCellLabels(node as HastNode, headings) as typeof node],
				};
			},
		},
	});
};

type HastNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };

const isElement = (node: HastNode, tagName: string) => node.type === 'element' && node.tagName === tagName;
const childElements = (node: HastNode, tagName: string) =>
	(node.children ?? []).filter((child) => isElement(child, tagName));

/** The column headings of a table (the cells of its head row). */
function columnHeadings(table: HastNode, text: (cell: HastNode) => string): string[] {
	const headRow = childElements(table, 'thead').flatMap((head) => childElements(head, 'tr'))[0];
	return headRow ? childElements(headRow, 'th').map(text) : [];
}

/** A copy of the table whose body cells carry their column's heading as `data-label`. */
function withCellLabels(table: HastNode, headings: string[]): HastNode {
	const labelRow = (row: HastNode): HastNode => {
		let column = 0;
		const children = (row.children ?? []).map((cell) => {
			if (!isElement(cell, 'td')) return cell;
			const heading = headings[column++];
			return heading ? { ...cell, properties: { ...cell.properties, 'data-label': heading } } : cell;
		});
		return { ...row, children };
	};
	const children = (table.children ?? []).map((part) =>
		isElement(part, 'tbody')
			? { ...part, children: (part.children ?? []).map((row) => (isElement(row, 'tr') ? labelRow(row) : row)) }
			: part,
	);
	return { ...table, children };
}
