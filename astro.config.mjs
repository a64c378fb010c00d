// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { satteri } from '@astrojs/markdown-satteri';
import { tableRegions } from './src/plugins/table-regions';

const DOCS_DIR = new URL('./src/content/docs/', import.meta.url);

/**
 * A sidebar group listed only once its folder has a finished page: no empty sections.
 * @param {string} label
 * @param {string} directory
 */
function section(label, directory) {
	const folder = new URL(`${directory}/`, DOCS_DIR);
	const hasPages = existsSync(folder) && readdirSync(folder).some((name) => /\.mdx?$/.test(name));
	return hasPages ? [{ label, items: [{ autogenerate: { directory } }] }] : [];
}

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'ignore',
	markdown: {
		processor: satteri({ hastPlugins: [tableRegions] }),
	},
	integrations: [
		starlight({
			title: 'Django to FastAPI',
			description:
				'A tested, phase-by-phase guide for Django developers who build, compare, combine and migrate services with FastAPI.',
			customCss: ['./src/styles/site.css'],
			components: {
				Search: './src/components/SiteSearch.astro',
			},
			sidebar: [
				{
					label: 'Start here',
					items: [{ label: 'Home', link: '/' }, { autogenerate: { directory: 'start' } }],
				},
				...section('Learning path', 'path'),
				...section('Compare', 'compare'),
				...section('Guides', 'guides'),
				...section('Reference', 'reference'),
			],
			plugins: [starlightLinksValidator({ errorOnRelativeLinks: true, errorOnInvalidHashes: true })],
			lastUpdated: false,
			pagefind: true,
		}),
	],
});
