import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_QUERIES } from '../../src/data/search-queries';
import { DOCS_DIR } from './support/site-content';

/** The content file a site path is built from: `/compare/orm-queries/` is compare/orm-queries.mdx. */
function pageExists(path: string): boolean {
	const slug = path.replace(/^\/|\/$/g, '') || 'index';
	return ['.mdx', '.md', '/index.mdx', '/index.md'].some((ending) => existsSync(join(DOCS_DIR, slug + ending)));
}

describe('the search test set', () => {
	it('has at least 45 queries, as the issue asks for 40 and a few spare', () => {
		expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(45);
	});

	it('expects only pages that exist, written as site paths with a trailing slash', () => {
		const wrong = SEARCH_QUERIES.filter(({ expect: path }) => !/^\/([a-z0-9-]+\/)*$/.test(path) || !pageExists(path));
		expect(wrong.map(({ query, expect: path }) => `${query} -> ${path}`)).toEqual([]);
	});

	it('asks each query once', () => {
		const queries = SEARCH_QUERIES.map(({ query }) => query.toLowerCase());
		expect(queries.filter((query, index) => queries.indexOf(query) !== index)).toEqual([]);
	});
});
