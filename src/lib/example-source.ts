import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { ExampleError, type ExampleRef, type LineRange, lastMarkedLine, parseExampleRef } from './example-ref';

export { ExampleError };

/** Resolved from the project root: the build and the tests both run from there. */
export const EXAMPLES_DIR = resolve(process.cwd(), 'examples');

export interface ExampleSnippet {
	/** The title shown on the code block: the file's path from the project root. */
	title: string;
	code: string;
	lang: string;
	marked: LineRange[];
}

// `# region name` … `# endregion name`, the folding markers editors already understand.
export const REGION_MARKER = /^\s*(?:#|\/\/|<!--|\{#)\s*(region|endregion)\s+([\w-]+)/;
const LANGUAGES: Record<string, string> = {
	'.py': 'python',
	'.html': 'html',
	'.ini': 'ini',
	'.toml': 'toml',
	'.txt': 'text',
	'.sh': 'sh',
	'.json': 'json',
	'.mako': 'text',
	'.env': 'dotenv',
	'.cfg': 'ini',
	'.js': 'js',
	'.css': 'css',
	'.sql': 'sql',
	'.yml': 'yaml',
	'.yaml': 'yaml',
};

export function loadExampleRegion(spec: string, examplesDir = EXAMPLES_DIR): ExampleSnippet {
	const ref = parseExampleRef(spec);
	const title = `examples/${ref.path}`;
	let source: string;
	try {
		source = readFileSync(resolve(examplesDir, ref.path), 'utf8');
	} catch {
		throw new ExampleError(`${title} does not exist`);
	}
	const code = dedent(selectRegion(source.split('\n'), ref, title).filter((line) => !REGION_MARKER.test(line)));
	const lineCount = code.split('\n').length;
	if (lastMarkedLine(ref.marked) > lineCount) {
		throw new ExampleError(`highlights line ${lastMarkedLine(ref.marked)}, but the snippet has ${lineCount} lines`);
	}
	return { title, code, lang: LANGUAGES[extname(ref.path)] ?? 'text', marked: ref.marked };
}

function selectRegion(lines: string[], ref: ExampleRef, title: string): string[] {
	if (!ref.region) return trimBlankEdges(lines);
	const isMarker = (kind: string) => (line: string) => {
		const match = REGION_MARKER.exec(line);
		return match?.[1] === kind && match[2] === ref.region;
	};
	const start = lines.findIndex(isMarker('region'));
	const end = lines.findIndex(isMarker('endregion'));
	if (start === -1) throw new ExampleError(`${title} has no region "${ref.region}"`);
	if (end <= start)
		throw new ExampleError(`${title}: region "${ref.region}" is not closed by "# endregion ${ref.region}"`);
	return trimBlankEdges(lines.slice(start + 1, end));
}

function trimBlankEdges(lines: string[]): string[] {
	let first = 0;
	let last = lines.length;
	while (first < last && !lines[first]?.trim()) first++;
	while (last > first && !lines[last - 1]?.trim()) last--;
	return lines.slice(first, last);
}

function dedent(lines: string[]): string {
	const indents = lines.filter((line) => line.trim()).map((line) => /^\s*/.exec(line)?.[0].length ?? 0);
	const common = Math.min(...indents, Infinity);
	return lines.map((line) => line.slice(Number.isFinite(common) ? common : 0)).join('\n');
}

/** The page a component is rendered on, as a build error should name it. */
export function pageFileOf(locals: App.Locals, url: URL): string {
	return locals.starlightRoute?.entry.filePath ?? url.pathname;
}
