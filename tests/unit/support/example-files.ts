import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { EXAMPLES_DIR } from '../../../src/lib/example-source';
import { listFiles } from './site-content';

interface SupportRules {
	directories: string[];
	files: string[];
}

/** The same rules examples/conftest.py applies: what is left is meant to be shown on a page. */
export function pageExampleFiles(examplesDir = EXAMPLES_DIR): string[] {
	const rules = JSON.parse(readFileSync(join(examplesDir, 'support-files.json'), 'utf8')) as SupportRules;
	return listFiles(examplesDir, (path) => path.endsWith('.py'))
		.map((path) => relative(examplesDir, path).split(sep).join('/'))
		.filter((path) => {
			const parts = path.split('/');
			const name = parts.at(-1) ?? '';
			return (
				parts.length > 1 &&
				!rules.files.includes(name) &&
				!parts.slice(0, -1).some((dir) => rules.directories.includes(dir))
			);
		});
}
