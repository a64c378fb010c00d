import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	AREAS,
	checkedRows,
	COMPARE_PAGES,
	MAP_ROWS,
	sectionFile,
	splitPageLink,
	type MapRow,
} from '../../src/data/map';
import { DOCS_DIR, parseDocPage } from './support/site-content';

const MAP_PAGE = join(DOCS_DIR, 'reference', 'django-fastapi-map.mdx');
const comparePath = (slug: string) => join(DOCS_DIR, 'compare', `${slug}.mdx`);
const describeRow = (row: MapRow) => `${row.area} / ${row.django}`;

/** Heading ids as the build writes them (github-slugger): lower case, punctuation dropped, spaces to "-". */
function headingAnchors(mdx: string): Set<string> {
	const seen = new Map<string, number>();
	const anchors = new Set<string>();
	const withoutCode = mdx.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
	for (const [, heading] of withoutCode.matchAll(/^#{2,6}\s+(.+?)\s*#*\s*$/gm)) {
		const text = (heading ?? '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '');
		const slug = text
			.toLowerCase()
			.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
			.replace(/ /g, '-');
		const count = seen.get(slug) ?? 0;
		anchors.add(count === 0 ? slug : `${slug}-${count}`);
		seen.set(slug, count + 1);
	}
	return anchors;
}

describe('headingAnchors', () => {
	it('slugs headings the way the build does', () => {
		const mdx = [
			'## Transactions: atomic() vs session.begin()',
			'## Relationships and the N+1 problem',
			'```md',
			'## Not a heading',
			'```',
			'## A `.env` file for [development](/x/)',
			'### Aggregation: annotate() vs func and group_by()',
			'## Relationships and the N+1 problem',
		].join('\n');
		expect([...headingAnchors(mdx)]).toEqual([
			'transactions-atomic-vs-sessionbegin',
			'relationships-and-the-n1-problem',
			'a-env-file-for-development',
			'aggregation-annotate-vs-func-and-group_by',
			'relationships-and-the-n1-problem-1',
		]);
	});
});

describe('the Django-to-FastAPI map data', () => {
	it('has at least 100 rows', () => {
		expect(MAP_ROWS.length).toBeGreaterThanOrEqual(100);
	});

	it('fills every field of every row, on one line, with balanced `code` marks', () => {
		const problems = MAP_ROWS.flatMap((row) =>
			(['django', 'fastapi', 'note', 'page'] as const).flatMap((field) => {
				const value = row[field];
				if (value.trim() === '') return [`${describeRow(row)}: empty ${field}`];
				if (/\n/.test(value)) return [`${describeRow(row)}: ${field} is more than one line`];
				if ((value.match(/`/g) ?? []).length % 2 !== 0)
					return [`${describeRow(row)}: unbalanced backticks in ${field}`];
				return [];
			}),
		);
		expect(problems).toEqual([]);
	});

	it('names the Django API as code in every row and keeps notes short', () => {
		expect(MAP_ROWS.filter((row) => !/`[^`]+`/.test(row.django)).map(describeRow)).toEqual([]);
		expect(MAP_ROWS.filter((row) => row.note.length > 160).map(describeRow)).toEqual([]);
	});

	it('lists a Django API at most once per area', () => {
		const seen = new Set<string>();
		const duplicates = MAP_ROWS.filter((row) => {
			const key = `${row.area}\u0000${row.django.trim().toLowerCase()}`;
			const duplicate = seen.has(key);
			seen.add(key);
			return duplicate;
		});
		expect(duplicates.map(describeRow)).toEqual([]);
	});

	it('has rows in every area and no area outside the list', () => {
		const counts = new Map(AREAS.map((area) => [area, 0]));
		for (const row of MAP_ROWS) counts.set(row.area, (counts.get(row.area) ?? 0) + 1);
		expect([...counts.keys()]).toEqual([...AREAS]);
		expect([...counts].filter(([, count]) => count < 3).map(([area]) => area)).toEqual([]);
	});

	it('keeps the rows of an area together, in the order of the areas', () => {
		const order = MAP_ROWS.map((row) => row.area).filter((area, index, all) => area !== all[index - 1]);
		expect(order).toEqual([...AREAS]);
	});
});

describe('links from the map', () => {
	it('point only to existing Compare pages', () => {
		const missing = MAP_ROWS.filter((row) => !existsSync(comparePath(splitPageLink(row.page).slug)));
		expect(missing.map((row) => `${describeRow(row)} -> ${row.page}`)).toEqual([]);
	});

	it('point to headings that exist on those pages', () => {
		const anchorsBySlug = new Map<string, Set<string>>();
		const broken = MAP_ROWS.filter((row) => {
			const { slug, anchor } = splitPageLink(row.page);
			if (anchor === undefined || !existsSync(comparePath(slug))) return false;
			if (!anchorsBySlug.has(slug)) anchorsBySlug.set(slug, headingAnchors(readFileSync(comparePath(slug), 'utf8')));
			return !anchorsBySlug.get(slug)!.has(anchor);
		});
		expect(broken.map((row) => `${describeRow(row)} -> ${row.page}`)).toEqual([]);
	});

	it('use only slugs from the list of Compare pages', () => {
		const slugs = new Set<string>(COMPARE_PAGES);
		expect(MAP_ROWS.filter((row) => !slugs.has(splitPageLink(row.page).slug)).map(describeRow)).toEqual([]);
	});
});

describe('the map page', () => {
	const source = readFileSync(MAP_PAGE, 'utf8');

	it('is the first Reference page', () => {
		const { frontmatter } = parseDocPage(MAP_PAGE, source);
		expect(frontmatter['title']).toBe('The Django-to-FastAPI map');
		expect((frontmatter['sidebar'] as { order?: number } | undefined)?.order).toBe(1);
	});

	it('gives every area a heading followed by its table, in order', () => {
		const sections = [...source.matchAll(/^## (.+)\n\n<ApiMap area="([^"]+)" \/>/gm)].map(([, heading, area]) => [
			heading,
			area,
		]);
		expect(sections).toEqual(AREAS.map((area) => [area, area]));
	});
});

describe('the map section files', () => {
	const good = { django: '`A`', fastapi: '`B`', note: 'A note.', page: 'routing' };

	it('has one file per area, each with rows', () => {
		for (const area of AREAS) {
			expect(existsSync(sectionFile(area)), sectionFile(area)).toBe(true);
			expect(
				MAP_ROWS.some((row) => row.area === area),
				area,
			).toBe(true);
		}
	});

	it('accepts a well-formed row and tags it with its area', () => {
		expect(checkedRows('Admin', [good])).toEqual([{ area: 'Admin', ...good }]);
	});

	it.each([
		[{ ...good, page: 'nowhere#x' }, /admin\.json, row 1: "nowhere#x" is not a Compare page/],
		[{ ...good, note: '' }, /admin\.json, row 1: "note" must be a non-empty string/],
		[{ ...good, extra: 1 }, /admin\.json, row 1: unknown field extra/],
		['text', /admin\.json, row 1: expected an object/],
	])('rejects a malformed row naming the file and row: %j', (row, message) => {
		expect(() => checkedRows('Admin', [row])).toThrow(message);
	});
});
