import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableWalk, type TablePlace } from '../../src/plugins/table-walk';

const table = (cell: string) => `| Aspect | Django |\n| --- | --- |\n| ${cell} | x |`;

/** Where the walk said each table stands, in page order. */
async function places(source: string): Promise<TablePlace[]> {
	const seen: TablePlace[] = [];
	await markdownToHtml(source, {
		hastPlugins: [() => tableWalk('record-places', (_table, place) => void seen.push(place))],
	});
	return seen;
}

describe('tableWalk', () => {
	it('tells each table the nearest h2-h4 above it and whether it is the first since that heading', async () => {
		const source = [
			table('before'),
			'## At a glance',
			table('summary'),
			table('second'),
			'### Details `code`',
			'Some text.',
			table('details'),
			'##### Too deep to count',
			table('deep'),
		].join('\n\n');
		const found = await places(source);
		expect(found.map(({ heading, firstUnderHeading }) => [heading, firstUnderHeading])).toEqual([
			['', true],
			['At a glance', true],
			['At a glance', false],
			['Details code', true],
			['Details code', false],
		]);
	});

	it('starts each document afresh when called once per document', async () => {
		await places(['## Earlier page', table('one')].join('\n\n'));
		const found = await places(table('two'));
		expect(found.map(({ heading }) => heading)).toEqual(['']);
	});

	it('replaces a table with the node its visitor returns', async () => {
		const { html } = await markdownToHtml(table('one'), {
			hastPlugins: [
				() =>
					tableWalk('wrap', (node) => ({
						type: 'element',
						tagName: 'div',
						properties: { class: 'wrapped' },
						children: [node],
					})),
			],
		});
		expect(html).toMatch(/^<div class="wrapped"><table>/);
	});
});
