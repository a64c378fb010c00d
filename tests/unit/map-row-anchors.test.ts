import { describe, expect, it } from 'vitest';
import { MAP_ROWS, plainText, rowAnchors } from '../../src/data/map';

describe('the anchors of the map rows (search lists each row as a sub-result linking to one)', () => {
	const anchors = rowAnchors(MAP_ROWS);

	it('gives every row its own id, safe in a URL and apart from the headings', () => {
		expect(anchors).toHaveLength(MAP_ROWS.length);
		expect(new Set(anchors).size).toBe(anchors.length);
		expect(anchors.filter((anchor) => !/^map-[a-z0-9_]+(-[a-z0-9_]+)*$/.test(anchor))).toEqual([]);
	});

	it('names the row by its Django name', () => {
		const index = MAP_ROWS.findIndex((row) => plainText(row.django) === 'select_related()');
		expect(anchors[index]).toBe('map-select_related');
	});

	it('numbers rows whose names would give the same id', () => {
		const rows = [MAP_ROWS[0]!, { ...MAP_ROWS[0]! }];
		const [first, second] = rowAnchors(rows);
		expect(second).toBe(`${first}-2`);
	});
});
