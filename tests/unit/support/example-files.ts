import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { EXAMPLES_DIR } from '../../../src/lib/example-source';
import { listFiles } from './site-content';

/** The `shown` and `support` patterns of examples/support-files.json, or an error naming the file. */
export function readPageFileRule(file: string): { shown: RegExp; support: RegExp[] } {
	try {
		const rule = JSON.parse(readFileSync(file, 'utf8')) as { shown: { pattern: unknown }; support: unknown };
		if (!Array.isArray(rule.support)) throw new TypeError('support is not a list');
		const pattern = (value: unknown) => {
			if (typeof value !== 'string') throw new TypeError(`${JSON.stringify(value)} is not a string`);
			return new RegExp(value);
		};
		return {
			shown: pattern(rule.shown.pattern),
			support: rule.support.map((entry: { pattern: unknown }) => pattern(entry.pattern)),
		};
	} catch (error) {
		throw new Error(
			`${file}: expected {shown: {pattern}, support: [{pattern}, ...]} with regular expressions (${error as Error})`,
		);
	}
}

/** The files a page may show, by the rule in examples/support-files.json (examples/conftest.py reads it too). */
export function pageExampleFiles(examplesDir = EXAMPLES_DIR): string[] {
	const { shown, support } = readPageFileRule(join(examplesDir, 'support-files.json'));
	return listFiles(examplesDir, () => true)
		.map((path) => relative(examplesDir, path).split(sep).join('/'))
		.filter((path) => shown.test(path) && !support.some((pattern) => pattern.test(path)));
}
