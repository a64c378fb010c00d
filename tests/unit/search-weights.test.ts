import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { SEARCH_WEIGHTS } from '../../src/lib/search-ranking';
import { searchWeights } from '../../src/plugins/search-weights';
import { tableRegions } from '../../src/plugins/table-regions';

const table = (cell: string) => `| Aspect | Django |\n| --- | --- |\n| ${cell} | x |`;
const weighted = `<table data-pagefind-weight="${SEARCH_WEIGHTS.atAGlanceTable}">`;

describe('searchWeights', () => {
	it('weights the first table under "At a glance", and no table elsewhere', async () => {
		const source = ['## At a glance', table('summary'), table('second'), '## Details', table('details')].join('\n\n');
		const { html } = await markdownToHtml(source, { hastPlugins: [searchWeights, tableRegions] });
		expect(html.split(weighted)).toHaveLength(2); // one weighted table
		expect(html.indexOf(weighted)).toBeLessThan(html.indexOf('summary'));
	});

	it('leaves a page without an "At a glance" heading alone', async () => {
		const { html } = await markdownToHtml(['## At a glance, roughly', table('one')].join('\n\n'), { hastPlugins: [searchWeights] });
		expect(html).not.toContain('data-pagefind-weight');
	});
});
