import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedQueries, HELD_OUT, NAMES, QUESTIONS, SEARCH_QUERIES } from '../e2e/search-queries';
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

	it('keeps at least 15 questions apart as held out, each a question with its thread', () => {
		expect(HELD_OUT.length).toBeGreaterThanOrEqual(15);
		expect(HELD_OUT.filter(({ source }) => source === undefined)).toEqual([]);
	});

	it('fails on a malformed entry of the data file, naming the entry', () => {
		const good = { query: 'select_related', expect: '/compare/orm-queries/' };
		expect(checkedQueries('names', [good])).toEqual([good]);
		expect(() => checkedQueries('names', [good, { query: 'prefetch_related' }])).toThrow(
			'tests/e2e/search-queries.json, names entry 2 ("prefetch_related"): "expect" is missing',
		);
		expect(() => checkedQueries('questions', [{ ...good, source: 'http://example.com' }])).toThrow(
			'questions entry 1 ("select_related"): "source" is malformed',
		);
		expect(() => checkedQueries('names', [{ ...good, expected: '/' }])).toThrow('unknown field "expected"');
		expect(() => checkedQueries('names', ['select_related'])).toThrow('names entry 1: expected an object');
	});

	it('asks each query once', () => {
		const queries = SEARCH_QUERIES.map(({ query }) => query.toLowerCase());
		expect(queries.filter((query, index) => queries.indexOf(query) !== index)).toEqual([]);
	});
});
