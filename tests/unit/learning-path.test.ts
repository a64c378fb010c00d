import { describe, expect, it } from 'vitest';
import { phaseOrderProblems } from './support/learning-path';
import { loadDocPages } from './support/site-content';

const order = (frontmatter: Record<string, unknown>) =>
	(frontmatter['sidebar'] as { order?: number } | undefined)?.order;

describe('phaseOrderProblems', () => {
	it('accepts phases numbered from 0 in sidebar order', () => {
		const pages = [0, 1, 2].map((n) => ({ file: `path/phase-${n}-x.mdx`, order: n + 1 }));
		expect(phaseOrderProblems(pages)).toEqual([]);
	});

	it('reports a phase out of order and a phase without an order', () => {
		expect(
			phaseOrderProblems([
				{ file: 'path/phase-0-a.mdx', order: 2 },
				{ file: 'path/phase-1-b.mdx', order: 1 },
				{ file: 'path/phase-2-c.mdx', order: undefined },
			]),
		).toEqual([
			'path/phase-2-c.mdx: needs sidebar.order',
			'path/phase-1-b.mdx: phase 1 appears in position 0 of the sidebar',
			'path/phase-0-a.mdx: phase 0 appears in position 1 of the sidebar',
		]);
	});
});

describe('the learning path in the sidebar', () => {
	const pathPages = loadDocPages().filter((page) => page.file.includes('/docs/path/'));

	it('opens with the overview', () => {
		const overview = pathPages.find((page) => page.file.endsWith('/path/index.mdx'));
		expect(overview, 'src/content/docs/path/index.mdx is missing').toBeDefined();
		const others = pathPages.filter((page) => page !== overview).map((page) => order(page.frontmatter) ?? Infinity);
		expect(others.every((value) => value > (order(overview!.frontmatter) ?? Infinity))).toBe(true);
	});

	it('lists the phases 0 to 6 in order', () => {
		expect(phaseOrderProblems(pathPages.map((page) => ({ file: page.file, order: order(page.frontmatter) })))).toEqual(
			[],
		);
	});
});
