import type { HastPluginEntry } from 'satteri';
import { tableWalk } from './table-walk';

/**
 * Wraps every Markdown table in a labelled, focusable scroll region, so a table wider than the
 * page can be scrolled with the keyboard (WCAG 2.1.1; axe: scrollable-region-focusable).
 * The label is the text of the nearest heading above the table. Each body cell also gets its
 * column's heading as `data-label`, which narrow screens show when a table of three or more
 * columns is stacked into one card per row (src/styles/site.css).
 */
export const tableRegions: HastPluginEntry = () =>
	tableWalk('table-regions', (table, { heading }, ctx) => {
		const headings = columnHeadings(table as HastNode, (cell) => ctx.textContent(cell as never).trim());
		return {
			type: 'element',
			tagName: 'div',
			properties: {
				class: 'table-region',
				role: 'region',
				tabindex: '0',
				'aria-label': heading ? `Table: ${heading}` : 'Table',
				...(headings.length >= 3 ? { 'data-stack': '' } : {}),
			},
			children: [withCellLabels(table as HastNode, headings) as typeof table],
		};
	});

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
