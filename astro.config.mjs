// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { satteri } from '@astrojs/markdown-satteri';
import { tableRegions } from './src/plugins/table-regions';
import { baseLinks } from './src/plugins/base-links';
import { repositoryUrl } from './src/lib/repository-url';
import packageJson from './package.json' with { type: 'json' };
import { SEARCH_RANKING } from './src/lib/search-ranking';
import { searchWeights } from './src/plugins/search-weights';
import { pagefindUiOptions } from './src/plugins/pagefind-ui-options';

const DOCS_DIR = new URL('./src/content/docs/', import.meta.url);
// GitHub Pages gives '' for a site at the domain's root (actions/configure-pages' base_path).
const BASE_PATH = process.env.BASE_PATH || '/';

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
	base: BASE_PATH,
	// A second build (the browser tests under a sub-path) can go elsewhere and leave dist/ as it is.
	outDir: process.env.OUT_DIR ?? './dist',
	trailingSlash: 'ignore',
	markdown: {
		processor: satteri({ hastPlugins: [searchWeights, tableRegions, baseLinks(BASE_PATH)] }),
	},
	vite: {
		// Pagefind UI waits 300 ms after a keystroke; it preloads the index while typing, so 30 ms suffices (npm run bench).
		plugins: [pagefindUiOptions({ debounceTimeoutMs: 30 })],
	},
	integrations: [
		starlight({
			title: 'Django to FastAPI',
			description:
				'A tested, phase-by-phase guide for Django developers who build, compare, combine and migrate services with FastAPI.',
			customCss: ['./src/styles/site.css', './src/styles/print.css'],
			favicon: '/favicon.svg',
			// Social preview image meta and the home-screen icon on every page; the base path on hero links.
			routeMiddleware: ['./src/route-data/social-meta.ts', './src/route-data/hero-links.ts'],
			components: {
				Search: './src/components/SiteSearch.astro',
				// The frontmatter description, indexed for search (Starlight leaves it in <head> only).
				PageTitle: './src/components/SearchablePageTitle.astro',
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
			// Dates come from git history: a shallow clone dates every page to its one commit.
			lastUpdated: true,
			editLink: { baseUrl: `${repositoryUrl(process.env, packageJson.repository)}/edit/main/` },
			pagefind: { ranking: SEARCH_RANKING },
		}),
	],
});
