// @ts-check
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
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
import { SECTION_FOLDERS } from './src/lib/site-sections';
import { SITE_DESCRIPTION, SITE_NAME } from './src/data/site';
import { COMPARE_GROUPS } from './src/data/compare-topics';
import { INLINE_PREFERENCES_SCRIPT } from './src/lib/example-preferences';

/** @typedef {NonNullable<import('@astrojs/starlight/types').StarlightUserConfig['sidebar']>[number]} SidebarItem */

const DOCS_DIR = new URL('./src/content/docs/', import.meta.url);
// GitHub Pages gives '' for a site at the domain's root (actions/configure-pages' base_path).
const BASE_PATH = process.env.BASE_PATH || '/';

/**
 * A sidebar group listed only once its folder has a finished page: no empty sections. The first
 * section also links the home page, which sits outside every folder.
 * @param {{ label: string, folder: string }} section
 * @returns {SidebarItem[]}
 */
function sidebarGroup({ label, folder }) {
	const directory = new URL(`${folder}/`, DOCS_DIR);
	const hasPages = existsSync(directory) && readdirSync(directory).some((name) => /\.mdx?$/.test(name));
	const home = folder === SECTION_FOLDERS[0].folder ? [{ label: 'Home', link: '/' }] : [];
	if (folder === 'compare') return [{ label, items: compareItems() }];
	if (folder === 'path') return [{ label, items: learningPathItems() }];
	return hasPages || home.length ? [{ label, items: [...home, { autogenerate: { directory: folder } }] }] : [];
}

/**
 * The path's overview, then one collapsible group per phase folder: the phase's overview
 * (index.mdx) as "Overview", then its steps in `sidebar.order`. The group is named after the
 * overview's `sidebar.label`; pages directly in path/ (the fast track) are plain links.
 * @returns {SidebarItem[]}
 */
function learningPathItems() {
	const directory = new URL('path/', DOCS_DIR);
	/** @param {URL} file */
	const frontmatter = (file) => parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') ?? {};
	/** @param {{ sidebar?: { order?: number } }} page */
	const order = (page) => page.sidebar?.order ?? Number.MAX_VALUE;
	/** @param {string} folder */
	const steps = (folder) =>
		readdirSync(new URL(`${folder}/`, directory))
			.filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
			.map((name) => ({ slug: `path/${folder}/${name.replace(/\.mdx$/, '')}`, data: frontmatter(new URL(`${folder}/${name}`, directory)) }))
			.sort((a, b) => order(a.data) - order(b.data))
			.map(({ slug, data }) => ({ label: data.sidebar?.label ?? data.title, slug }));
	const pages = readdirSync(directory)
		.filter((name) => name !== 'index.mdx')
		.map((name) => {
			const isPhase = statSync(new URL(name, directory)).isDirectory();
			const file = new URL(isPhase ? `${name}/index.mdx` : name, directory);
			return { name: name.replace(/\.mdx$/, ''), isPhase, data: frontmatter(file) };
		})
		.sort((a, b) => order(a.data) - order(b.data));
	return [
		{ label: 'Overview', slug: 'path' },
		...pages.map(({ name, isPhase, data }) =>
			isPhase
				? {
						label: data.sidebar?.label ?? data.title,
						collapsed: true,
						items: [{ label: 'Overview', slug: `path/${name}` }, ...steps(name)],
					}
				: { label: data.sidebar?.label ?? data.title, slug: `path/${name}` },
		),
	];
}

/**
 * Compare's overview, then its pages in the groups the overview shows (src/data/compare-topics.ts).
 * @returns {SidebarItem[]}
 */
function compareItems() {
	return [
		{ label: 'Overview', slug: 'compare' },
		...COMPARE_GROUPS.map((group) => ({
			label: group.label,
			items: group.topics.map((topic) => ({ label: topic.label, slug: `compare/${topic.slug}` })),
		})),
	];
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
				Search: './src/components/SiteSearch.astro',
				// The frontmatter description, indexed for search (Starlight leaves it in <head> only).
				PageTitle: './src/components/SearchablePageTitle.astro',
				// "Mark this step done" at the end of every learning-path step.
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
			},
			sidebar: SECTION_FOLDERS.flatMap(sidebarGroup),
			plugins: [starlightLinksValidator({ errorOnRelativeLinks: true, errorOnInvalidHashes: true })],
			// Dates come from git history: a shallow clone dates every page to its one commit.
			lastUpdated: true,
			editLink: { baseUrl: `${repositoryUrl(process.env, packageJson.repository)}/edit/main/` },
			pagefind: { ranking: SEARCH_RANKING },
		}),
	],
});
