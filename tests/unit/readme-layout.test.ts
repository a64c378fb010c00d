import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README's "How the repository is laid out" block: each line that starts in the first column
 * names a path, followed by what it holds; the text may name more paths, relative to that one.
 */
interface LayoutEntry {
	path: string;
	text: string;
}

const ROOT = process.cwd();
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

function layoutEntries(readme: string): LayoutEntry[] {
	const block = /## How the repository is laid out\n\n```\n([\s\S]*?)\n```/.exec(readme)?.[1];
	if (!block) throw new Error('README.md has no "How the repository is laid out" block');
	const entries: LayoutEntry[] = [];
	for (const line of block.split('\n')) {
		const entry = /^(\S+)\s+(.*)$/.exec(line);
		if (entry) entries.push({ path: entry[1]!, text: entry[2]! });
		else if (entries.length > 0) entries.at(-1)!.text += ` ${line.trim()}`;
	}
	return entries;
}

// A word with a slash in it (`og/`, `src/lib/sidebar.ts`) or a source file's name (`rows.ts`).
const PATH_WORD = /[\w.[\]-]+(?:\/[\w.[\]-]*)+|\b[\w.-]+\.(?:ts|mjs|astro|css|json|py|toml|yml|svg)\b/g;
// A component's name, in the lines of a components folder: `FrameworkPanels`, `ExampleCode`.
const COMPONENT_WORD = /\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g;

/** Where a path the block names points: inside its line's folder if it is there, else from the root. */
function resolveNamed(entry: LayoutEntry, word: string): string {
	const inFolder = entry.path.endsWith('/') ? join(entry.path, word) : undefined;
	return inFolder && existsSync(join(ROOT, inFolder)) ? inFolder : word;
}

function namedPaths(entries: LayoutEntry[]): string[] {
	return entries.flatMap((entry) => [
		entry.path,
		...[...entry.text.matchAll(PATH_WORD)].map(([word]) => resolveNamed(entry, word)),
		...(entry.path.startsWith('src/components/')
			? [...entry.text.matchAll(COMPONENT_WORD)].map(([name]) => join(entry.path, `${name}.astro`))
			: []),
	]);
}

const subfolders = (dir: string) =>
	readdirSync(join(ROOT, dir), { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && !/^[._]/.test(entry.name))
		.map((entry) => join(dir, entry.name));

describe("the README's repository layout", () => {
	const entries = layoutEntries(README);
	const named = namedPaths(entries).map((path) => path.replace(/\/$/, ''));

	it('is read as entries, each with what it holds', () => {
		expect(entries.length).toBeGreaterThan(10);
		expect(entries.find((entry) => entry.path === 'src/data/map/')?.text).toMatch(/rows\.ts .* index\.ts/);
	});

	it('names only paths that exist', () => {
		expect(named.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
	});

	it('finds a path that does not exist', () => {
		const stale = layoutEntries('## How the repository is laid out\n\n```\nsrc/gone/    a Gone one, old.ts\n```\n');
		expect(namedPaths(stale).filter((path) => !existsSync(join(ROOT, path)))).toEqual(['src/gone/', 'old.ts']);
	});

	it('names every folder a newcomer looks for', () => {
		// The example topics are listed by the pages; the folders beside them that are not topics are not.
		const exampleSupport = subfolders('examples').filter((dir) => !existsSync(join(ROOT, dir, 'tests')));
		const folders = [
			...['src', 'src/components', 'src/data', 'bench', 'scripts', 'tests'].flatMap(subfolders),
			...exampleSupport,
		];
		expect(exampleSupport.length).toBeGreaterThan(0);
		expect(folders.filter((dir) => !named.some((path) => path === dir || path.startsWith(`${dir}/`)))).toEqual([]);
	});
});
