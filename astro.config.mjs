// @ts-check
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
import { forgivingSearch } from './src/plugins/forgiving-search';
import { siteSidebar } from './src/lib/sidebar';
import { SITE_DESCRIPTION, SITE_NAME } from './src/data/site';
import { INLINE_PREFERENCES_SCRIPT } from './src/lib/example-preferences';

const DOCS_DIR = new URL('./src/content/docs/', import.meta.url);
// GitHub Pages gives '' for a site at the domain's root (actions/configure-pages' base_path).
const BASE_PATH = process.env.BASE_PATH || '/';

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
		// Excerpts of 24 words (Pagefind UI's 12 with sub-results) reach the FastAPI cell of a table row.
		// The dialog's search forgives filler words and widens a query that finds too little (src/lib/forgiving-search.ts).
		plugins: [pagefindUiOptions({ debounceTimeoutMs: 30, excerptLength: 24 }), forgivingSearch()],
	},
	integrations: [
		starlight({
			title: SITE_NAME,
			description: SITE_DESCRIPTION,
			customCss: ['./src/styles/site.css', './src/styles/examples.css', './src/styles/print.css'],
			// The reader's framework and layout for examples, applied before the first paint.
			head: [{ tag: 'script', content: INLINE_PREFERENCES_SCRIPT }],
			favicon: '/favicon.svg',
			// Social preview image meta and the home-screen icon on every page; the base path on hero links.
			routeMiddleware: ['./src/route-data/social-meta.ts', './src/route-data/hero-links.ts'],
			components: {
				Search: './src/components/starlight/Search.astro',
				// The frontmatter description, indexed for search (Starlight leaves it in <head> only).
				PageTitle: './src/components/starlight/PageTitle.astro',
				// "Mark this step done" at the end of every learning-path step.
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
			},
			sidebar: siteSidebar(DOCS_DIR),
			plugins: [starlightLinksValidator({ errorOnRelativeLinks: true, errorOnInvalidHashes: true })],
			// Dates come from git history: a shallow clone dates every page to its one commit.
			lastUpdated: true,
			editLink: { baseUrl: `${repositoryUrl(process.env, packageJson.repository)}/edit/main/` },
			pagefind: { ranking: SEARCH_RANKING },
		}),
	],
});
