import { type Element, h, select } from '@astrojs/starlight/expressive-code/hast';
import { describe, expect, it } from 'vitest';
import { copyFromLines, textOfLines } from '../../src/plugins/ec-copy-from-lines';

/** A block shaped like Expressive Code's: lines inside pre > code, then the copy button. */
function block(lines: Element[], dataCode: string | undefined): Element {
	return h('figure', { className: ['frame'] }, [
		h('pre', [h('code', lines)]),
		h('div', { className: ['copy'] }, [h('button', { title: 'Copy to clipboard', 'data-code': dataCode }, [h('div')])]),
	]);
}
const line = (...children: (string | Element)[]) =>
	h('div', { className: ['ec-line'] }, [h('div', { className: ['code'] }, children)]);
const LINES = [
	line(h('span', 'def'), ' f():'),
	line('\n'),
	line(h('span', { className: ['indent'] }, '    '), 'return 1'),
];

function postprocess(blockAst: Element): Element {
	const hook = copyFromLines().hooks?.postprocessRenderedBlock as unknown as (context: {
		renderData: { blockAst: Element };
	}) => void;
	hook({ renderData: { blockAst } });
	return blockAst;
}
const button = (blockAst: Element) => select('.copy button', blockAst)?.properties;

describe('copy button text rebuilt from the rendered lines', () => {
	it('reads the lines as the browser does: spans joined, an empty line’s lone newline dropped', () => {
		const code = select('pre > code', block(LINES, ''));
		expect(code && textOfLines(code)).toBe('def f():\u007f\u007f    return 1');
	});

	it('drops data-code when the lines hold the same text', () => {
		expect(button(postprocess(block(LINES, 'def f():\u007f\u007f    return 1')))).not.toHaveProperty('dataCode');
	});

	it('keeps data-code when the copied text differs from the lines (a terminal block without its comments)', () => {
		expect(button(postprocess(block(LINES, 'def f():')))).toHaveProperty('dataCode', 'def f():');
	});

	it('fails the build, naming itself, when Expressive Code renders no data-code to compare', () => {
		expect(() => postprocess(block(LINES, undefined))).toThrow(/ec-copy-from-lines\.ts/);
	});
});
