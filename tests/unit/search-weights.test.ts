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
		const { html } = await markdownToHtml(['## At a glance, roughly', table('one')].join('\n\n'), {
			hastPlugins: [searchWeights],
		});
		expect(html).not.toContain('data-pagefind-weight');
	});

	it("weights the glossary's definitions below body text and its terms as body text, and leaves other pages alone", async () => {
		const source = ['## Lifespan', 'The code around `yield` in the app factory.', '- one item'].join('\n\n');
		const glossary = await markdownToHtml(source, {
			hastPlugins: [searchWeights],
			fileURL: new URL('file:///site/src/content/docs/reference/glossary.mdx'),
		});
		const weight = `data-pagefind-weight="${SEARCH_WEIGHTS.glossaryDefinitions}"`;
		expect(glossary.html).toContain(`<p ${weight}>`);
		expect(glossary.html).toContain(`<li ${weight}>`);
		expect(glossary.html).toMatch(new RegExp(`<h2[^>]*data-pagefind-weight="${SEARCH_WEIGHTS.glossaryTerms}"`));
		const other = await markdownToHtml(source, {
			hastPlugins: [searchWeights],
			fileURL: new URL('file:///site/src/content/docs/compare/async.mdx'),
		});
		expect(other.html).not.toContain('data-pagefind-weight');
	});
});
