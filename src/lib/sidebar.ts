import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { COMPARE_GROUPS } from '../data/compare-topics';
import { SECTION_FOLDERS } from './site-sections';

/**
 * The sidebar, built once from the pages' folders and frontmatter: astro.config.mjs gives it to
 * Starlight, and llms.txt lists the pages in the same order (sidebarSlugs).
 *   Start here, Guides, Reference: their pages by `sidebar.order`, then by file name.
 *   Learning path: its overview, then one collapsible group per phase folder (the phase's overview
 *     as "Overview", then its steps), named after the overview's `sidebar.label`.
 *   Compare: its overview, then the groups of src/data/compare-topics.ts.
 * A section appears once its folder has a page.
 */
export type SidebarEntry =
	| { label: string; link: string }
	| { label: string; slug: string }
	| { label: string; collapsed?: boolean; items: SidebarEntry[] };

interface PageFrontmatter {
	title?: string;
	sidebar?: { label?: string; order?: number };
}

const frontmatter = (file: URL): PageFrontmatter =>
	(parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as PageFrontmatter | null) ?? {};
const order = (page: PageFrontmatter) => page.sidebar?.order ?? Number.MAX_VALUE;
const labelOf = (page: PageFrontmatter, fallback: string) => page.sidebar?.label ?? page.title ?? fallback;

/** The .mdx pages directly in a folder (not index.mdx), as links in sidebar order. */
function pageLinks(docsDir: URL, folder: string): { label: string; slug: string }[] {
	const directory = new URL(`${folder}/`, docsDir);
	return readdirSync(directory)
		.filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
		.map((name) => ({ slug: `${folder}/${name.replace(/\.mdx$/, '')}`, data: frontmatter(new URL(name, directory)) }))
		.sort((a, b) => order(a.data) - order(b.data) || a.slug.localeCompare(b.slug))
		.map(({ slug, data }) => ({ label: labelOf(data, slug), slug }));
}

function learningPath(docsDir: URL): SidebarEntry[] {
	const directory = new URL('path/', docsDir);
	const phases = readdirSync(directory)
		.filter((name) => statSync(new URL(name, directory)).isDirectory())
		.map((name) => ({ name, data: frontmatter(new URL(`${name}/index.mdx`, directory)) }));
	const entries = [
		...phases.map(({ name, data }) => ({
			data,
			entry: {
				label: labelOf(data, name),
				collapsed: true,
				items: [{ label: 'Overview', slug: `path/${name}` }, ...pageLinks(docsDir, `path/${name}`)],
			},
		})),
		...pageLinks(docsDir, 'path').map((entry) => ({ data: frontmatter(new URL(`${entry.slug}.mdx`, docsDir)), entry })),
	].sort((a, b) => order(a.data) - order(b.data));
	return [{ label: 'Overview', slug: 'path' }, ...entries.map(({ entry }) => entry)];
}

function compare(): SidebarEntry[] {
	return [
		{ label: 'Overview', slug: 'compare' },
		...COMPARE_GROUPS.map((group) => ({
			label: group.label,
			items: group.topics.map((topic) => ({ label: topic.label, slug: `compare/${topic.slug}` })),
		})),
	];
}

export function siteSidebar(docsDir: URL): SidebarEntry[] {
	return SECTION_FOLDERS.flatMap(({ label, folder }): SidebarEntry[] => {
		if (!existsSync(new URL(`${folder}/`, docsDir))) return [];
		if (folder === 'path') return [{ label, items: learningPath(docsDir) }];
		if (folder === 'compare') return [{ label, items: compare() }];
		const home = folder === SECTION_FOLDERS[0].folder ? [{ label: 'Home', link: '/' }] : [];
		const pages = pageLinks(docsDir, folder);
		return pages.length || home.length ? [{ label, items: [...home, ...pages] }] : [];
	});
}

/** Every page the sidebar links, in its order, as entry slugs ('' for the home page). */
export function sidebarSlugs(entries: SidebarEntry[]): string[] {
	return entries.flatMap((entry) => {
		if ('items' in entry) return sidebarSlugs(entry.items);
		if ('slug' in entry) return [entry.slug];
		return entry.link === '/' ? [''] : [];
	});
}
