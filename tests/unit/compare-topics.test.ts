import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARE_GROUPS } from '../../src/data/compare-topics';

const comparePages = readdirSync('src/content/docs/compare')
	.filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
	.map((name) => name.replace(/\.mdx$/, ''))
	.sort();

describe('the Compare groups', () => {
	const listed = COMPARE_GROUPS.flatMap((group) => group.topics.map((topic) => topic.slug));

	it('name every Compare page exactly once, so none falls out of the sidebar', () => {
		expect([...listed].sort()).toEqual(comparePages);
		expect(new Set(listed).size).toBe(listed.length);
	});

	it('say in one line what changes, for every topic', () => {
		for (const topic of COMPARE_GROUPS.flatMap((group) => group.topics)) {
			expect(topic.change.length, topic.slug).toBeGreaterThan(20);
			expect(topic.change.length, topic.slug).toBeLessThan(120);
		}
	});
});
