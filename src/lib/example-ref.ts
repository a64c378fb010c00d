/**
 * An example reference, as written in MDX: `path/in/examples.py#region {2,4-6}`.
 * The region and the highlighted line ranges (relative to what is shown) are optional.
 */
export interface ExampleRef {
	path: string;
	region: string | undefined;
	markedRanges: string[];
}

const REF_PATTERN = /^(?<path>[\w./-]+?)(?:#(?<region>[\w-]+))?(?:\s+\{(?<ranges>[\d\s,-]+)\})?$/;
const RANGE_PATTERN = /^(\d+)(?:-(\d+))?$/;

export class ExampleRefError extends Error {}

export function parseExampleRef(spec: string): ExampleRef {
	const match = REF_PATTERN.exec(spec.trim());
	if (!match?.groups?.['path']) {
		throw new ExampleRefError(`"${spec}" is not an example reference (expected "path/to/file.py#region {1,3-4}")`);
	}
	const { path, region, ranges } = match.groups;
	if (path.startsWith('/') || path.split('/').includes('..')) {
		throw new ExampleRefError(`"${spec}": the path must be relative to examples/ and stay inside it`);
	}
	const markedRanges = ranges ? ranges.split(',').map((range) => range.trim()).filter(Boolean) : [];
	for (const range of markedRanges) {
		const bounds = RANGE_PATTERN.exec(range);
		if (!bounds || Number(bounds[1]) < 1 || Number(bounds[2] ?? bounds[1]) < Number(bounds[1])) {
			throw new ExampleRefError(`"${spec}": "${range}" is not a line range like 3 or 3-5`);
		}
	}
	return { path, region, markedRanges };
}

/** The last line number a set of ranges refers to, to check it against the snippet's length. */
export function lastMarkedLine(markedRanges: string[]): number {
	return Math.max(0, ...markedRanges.map((range) => Number(range.split('-').at(-1))));
}
