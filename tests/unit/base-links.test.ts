import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks } from '../../src/plugins/base-links';

describe('baseLinks', () => {
	const hastPlugins = [baseLinks('/django-to-fastapi/')];

	it('prefixes root-relative Markdown links, and only those', async () => {
		const { html } = await markdownToHtml(
			'[a](/compare/auth/#sessions) [b](https://fastapi.tiangolo.com/) [c](#top) [d](//cdn.example/x) [e](relative/)',
			{ hastPlugins },
		);
		expect(html).toContain('href="/django-to-fastapi/compare/auth/#sessions"');
		expect(html).toContain('href="https://fastapi.tiangolo.com/"');
		expect(html).toContain('href="#top"');
		expect(html).toContain('href="//cdn.example/x"');
		expect(html).toContain('href="relative/"');
	});

	it('accepts the base without its trailing slash, as GitHub Pages gives it', async () => {
		const { html } = await markdownToHtml('[a](/path/)', { hastPlugins: [baseLinks('/django-to-fastapi')] });
		expect(html).toContain('href="/django-to-fastapi/path/"');
	});

	it('prefixes the href of components and JSX links in MDX, not expressions', async () => {
		const source =
			'<LinkCard title="Next" href="/path/phase-1/" />\n\nSee <a href="/guides/">the guides</a> and <Card href={"/x/"} />.';
		const { code } = await mdxToJs(source, { hastPlugins });
		expect(code).toContain('"/django-to-fastapi/path/phase-1/"');
		expect(code).toContain('"/django-to-fastapi/guides/"');
		expect(code).toContain('"/x/"');
		expect(code).not.toContain('/django-to-fastapi/x/');
	});

	it.each(['/', ''])('is left out of the pipeline for a site at the root (base %j)', (base) => {
		expect(baseLinks(base)).toBeNull();
	});
});
