import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMES, QUESTIONS, SEARCH_QUERIES } from '../e2e/search-queries';
import { DOCS_DIR } from './support/site-content';

/** The content file a site path is built from: `/compare/orm-queries/` is compare/orm-queries.mdx. */
function pageExists(path: string): boolean {
	const slug = path.replace(/^\/|\/$/g, '') || 'index';
	return ['.mdx', '.md', '/index.mdx', '/index.md'].some((ending) => existsSync(join(DOCS_DIR, slug + ending)));
}

const words = (query: string) => query.trim().split(/\s+/).length;

describe('the search test set', () => {
	it('has at least 200 queries, at least half of them questions', () => {
		expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(200);
		expect(QUESTIONS.length).toBeGreaterThanOrEqual(SEARCH_QUERIES.length / 2);
		expect(SEARCH_QUERIES).toEqual([...NAMES, ...QUESTIONS]);
	});

	it('writes each question in four to eight words and cites the public thread it comes from', () => {
		const wrong = QUESTIONS.filter(
			({ query, source }) => words(query) < 4 || words(query) > 8 || !/^https:\/\/[^\s]+$/.test(source ?? ''),
		);
		expect(wrong.map(({ query, source }) => `${query} (${words(query)} words) ${source ?? 'no source'}`)).toEqual([]);
	});

	it('keeps names short and without a source', () => {
		const wrong = NAMES.filter(({ query, source }) => source !== undefined || words(query) > 6);
		expect(wrong.map(({ query }) => query)).toEqual([]);
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
