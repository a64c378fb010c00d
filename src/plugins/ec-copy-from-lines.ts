/**
 * Expressive Code's copy button carries the whole block again in a `data-code` attribute, which
 * repeats every example's text in the page's HTML (about a tenth of a Compare page, gzipped).
 * This plugin drops the attribute wherever the rendered lines hold exactly the same text, and
 * ships a few lines of script that rebuild it from those lines just before Expressive Code's own
 * click handler reads it. Terminal blocks, whose copied text leaves out comments, keep theirs.
 */
import { definePlugin } from '@astrojs/starlight/expressive-code';
import { type Element, type ElementContent, select, selectAll } from '@astrojs/starlight/expressive-code/hast';

/** How Expressive Code joins lines in `data-code`. */
const LINE_SEPARATOR = '\u007f';

const textContent = (node: ElementContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(textContent).join('') : '';

/** The block's text as the browser reads it back from the lines; an empty line holds a lone "\n". */
export const textOfLines = (code: Element) =>
	selectAll('.ec-line', code)
		.map((line) => textContent(line).replace(/\n$/, ''))
		.join(LINE_SEPARATOR);

/** Runs on every page with code, in Expressive Code's own script; the capture phase runs it first. */
export const FILL_ON_CLICK = `document.addEventListener('click', (event) => {
	const button = event.target instanceof Element ? event.target.closest('.expressive-code .copy button') : null;
	if (!(button instanceof HTMLElement) || 'code' in button.dataset) return;
	const lines = button.closest('figure')?.querySelectorAll('pre > code > .ec-line') ?? [];
	button.dataset.code = Array.from(lines, (line) => line.textContent.replace(/\\n$/, '')).join('${LINE_SEPARATOR}');
}, true);`;

export function copyFromLines() {
	return definePlugin({
		name: 'copy-from-lines',
		jsModules: [FILL_ON_CLICK],
		hooks: {
			postprocessRenderedBlock: ({ renderData }) => {
				const button = select('.copy button', renderData.blockAst);
				const code = select('pre > code', renderData.blockAst);
				const copied = button?.properties.dataCode;
				if (!button || !code || typeof copied !== 'string') {
					throw new Error(
						'[copy-from-lines] Expressive Code no longer renders a copy button with data-code; update src/plugins/ec-copy-from-lines.ts',
					);
				}
				if (copied === textOfLines(code)) delete button.properties.dataCode;
			},
		},
	});
}
