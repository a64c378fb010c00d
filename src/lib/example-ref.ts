/**
 * An example reference, as written in MDX: `path/in/examples.py#region {2,4-6}`.
 * The region and the highlighted line ranges (relative to what is shown) are optional.
 */
export interface LineRange {
	from: number;
	to: number;
}

export interface ExampleRef {
	path: string;
	region: string | undefined;
	/** The highlighted lines, parsed once here and checked against the snippet's length on load. */
	marked: LineRange[];
}

const REF_PATTERN = /^(?<path>[\w./-]+?)(?:#(?<region>[\w-]+))?(?:\s+\{(?<ranges>[\d\s,-]+)\})?$/;
const RANGE_PATTERN = /^(\d+)(?:-(\d+))?$/;

/** A reference that cannot be shown: bad syntax, a missing file, region or line. */
export class ExampleError extends Error {}

export function parseExampleRef(spec: string): ExampleRef {
	const match = REF_PATTERN.exec(spec.trim());
	if (!match?.groups?.['path']) {
		throw new ExampleError(`"${spec}" is not an example reference (expected "path/to/file.py#region {1,3-4}")`);
	}
	const { path, region, ranges } = match.groups;
	if (path.startsWith('/') || path.split('/').includes('..')) {
		throw new ExampleError(`"${spec}": the path must be relative to examples/ and stay inside it`);
	}
	const marked = (ranges ?? '')
		.split(',')
		.map((range) => range.trim())
		.filter(Boolean)
		.map((range) => {
			const bounds = RANGE_PATTERN.exec(range);
			const from = Number(bounds?.[1]);
			const to = Number(bounds?.[2] ?? bounds?.[1]);
			if (!bounds || from < 1 || to < from) {
				throw new ExampleError(`"${spec}": "${range}" is not a line range like 3 or 3-5`);
			}
			return { from, to };
		});
	return { path, region, marked };
}

/** The last line a set of ranges refers to, to check it against the snippet's length. */
export function lastMarkedLine(marked: LineRange[]): number {
	return Math.max(0, ...marked.map(({ to }) => to));
}

/** The ranges as Expressive Code's `mark` prop takes them. */
export const expressiveCodeMarks = (marked: LineRange[]) =>
	marked.map(({ from, to }) => ({ range: from === to ? `${from}` : `${from}-${to}` }));
