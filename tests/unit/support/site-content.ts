import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { FRAMEWORKS } from '../../../src/lib/frameworks';

export const DOCS_DIR = join(process.cwd(), 'src', 'content', 'docs');

export interface DocPage {
	/** Path from the project root, as a build error would name it. */
	file: string;
	frontmatter: Record<string, unknown>;
	exampleRefs: string[];
	/** The recorded exchanges the page shows: <Exchange drf="topic/name" … /> */
	exchangeRefs: string[];
}

export function listFiles(dir: string, keep: (path: string) => boolean): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.filter(keep)
		.sort();
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
// <Example django="…" fastapi="…" /> and <ExampleFile path="…" />
const EXAMPLE_TAG = /<Example(?:File)?\b([\s\S]*?)\/>/g;
const EXCHANGE_TAG = /<Exchange\b([\s\S]*?)\/>/g;
const EXAMPLE_ATTRIBUTE = new RegExp(`\\b(${[...FRAMEWORKS, 'path'].join('|')})="([^"]*)"`, 'g');

export function parseDocPage(file: string, source: string): DocPage {
	const yaml = FRONTMATTER.exec(source)?.[1];
	const frontmatter = yaml ? (parseYaml(yaml) as Record<string, unknown>) : {};
	const exampleRefs = [...source.matchAll(EXAMPLE_TAG)].flatMap(([, attributes]) =>
		[...(attributes ?? '').matchAll(EXAMPLE_ATTRIBUTE)].map((match) => match[2] ?? ''),
	);
	const exchangeRefs = [...source.matchAll(EXCHANGE_TAG)].flatMap(([, attributes]) =>
		[...(attributes ?? '').matchAll(EXAMPLE_ATTRIBUTE)].map((match) => match[2] ?? ''),
	);
	return { file, frontmatter, exampleRefs, exchangeRefs };
}

export function loadDocPages(): DocPage[] {
	return listFiles(DOCS_DIR, (path) => /\.mdx?$/.test(path)).map((path) =>
		parseDocPage(relative(process.cwd(), path).split(sep).join('/'), readFileSync(path, 'utf8')),
	);
}
