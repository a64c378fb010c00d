import { entryIdOfFile, phaseNumber } from '../../../src/lib/phase-ids';

export interface PhasePage {
	file: string;
	order: number | undefined;
}

/** Problems with the phases' sidebar order: phases must be numbered 0, 1, 2… and appear in that order. */
export function phaseOrderProblems(pages: PhasePage[]): string[] {
	const phases = pages
		.map((page) => ({ ...page, phase: phaseNumber(entryIdOfFile(page.file)) ?? NaN }))
		.filter((page) => !Number.isNaN(page.phase));
	const problems: string[] = [];
	phases.forEach(({ file, order }) => {
		if (order === undefined) problems.push(`${file}: needs sidebar.order`);
	});
	const bySidebar = [...phases].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity));
	bySidebar.forEach(({ file, phase }, position) => {
		if (phase !== position) problems.push(`${file}: phase ${phase} appears in position ${position} of the sidebar`);
	});
	return problems;
}
