/** The site's budgets and layout targets, each beside the figure that answers it. */
import type { LayoutSummary } from './layout-figures.ts';

interface Figures {
	medianHtmlGzipBytes: number;
	medianMainTextGzipBytes: number;
	eagerJsGzipBytes: number;
	cssGzipBytes: number;
	searchLatencyMedianMs: number;
	searchQuestionLatencyMedianMs: number;
	searchQueries: number;
	searchTop1Percent: number;
	searchTop3Percent: number;
	searchQueriesFindingNothing: string[];
	searchAtHumanPaces: { cold: { wastedSearches: number }; warm: { wastedSearches: number } }[];
	lighthouse: { scores: Record<string, number> }[];
	layout: { desktop: LayoutSummary; mobile: LayoutSummary };
}

const KB = 1024;

export function targetsMet(figures: Figures) {
	const lighthouseMin = figures.lighthouse.length
		? Math.min(...figures.lighthouse.flatMap((page) => Object.values(page.scores)))
		: Number.NaN;
	const wasted = (when: 'cold' | 'warm') =>
		figures.searchAtHumanPaces.reduce((sum, pace) => sum + pace[when].wastedSearches, 0);
	return [
		target(
			'search: last keystroke to first result, median (ms)',
			'< 100',
			figures.searchLatencyMedianMs,
			figures.searchLatencyMedianMs < 100,
		),
		target(
			'search: the same for a question with filler words, median (ms)',
			'< 100',
			figures.searchQuestionLatencyMedianMs,
			figures.searchQuestionLatencyMedianMs < 100,
		),
		target(
			`search: the answering page first, of ${figures.searchQueries} queries (%)`,
			'>= 85',
			figures.searchTop1Percent,
			figures.searchTop1Percent >= 85,
		),
		target(
			`search: the answering page in the top three, of ${figures.searchQueries} queries (%)`,
			'>= 95',
			figures.searchTop3Percent,
			figures.searchTop3Percent >= 95,
		),
		target(
			'search: queries that find nothing',
			'0',
			figures.searchQueriesFindingNothing.length,
			figures.searchQueriesFindingNothing.length === 0,
		),
		target(
			'search: searches overtaken before showing, at human paces, index loaded',
			'0',
			wasted('warm'),
			wasted('warm') === 0,
			{
				whileTheIndexLoadsOnFirstOpen: wasted('cold'),
			},
		),
		target(
			'eager JavaScript on a content page (KB gzipped, inline included)',
			'<= 8.6',
			kb(figures.eagerJsGzipBytes),
			figures.eagerJsGzipBytes <= 8.6 * KB,
		),
		target(
			'median HTML per page (KB gzipped)',
			'<= 30',
			kb(figures.medianHtmlGzipBytes),
			figures.medianHtmlGzipBytes <= 30 * KB,
			{
				medianTextOfMainAloneKb: kb(figures.medianMainTextGzipBytes),
			},
		),
		target('CSS on a content page (KB gzipped)', '< 17', kb(figures.cssGzipBytes), figures.cssGzipBytes < 17 * KB),
		target('Lighthouse, lowest of 4 categories on 4 pages (mobile)', '100', lighthouseMin, lighthouseMin === 100),
		...layoutTargets(figures.layout.desktop),
		target('median page height at 390x844 (phone screens)', 'report it', figures.layout.mobile.medianScreens, true),
		target(
			'code blocks and tables cut off at 390x844',
			'report it',
			figures.layout.mobile.codeBlocksCutOff + figures.layout.mobile.tablesCutOff,
			true,
		),
	];
}

function layoutTargets(desktop: LayoutSummary) {
	const cutOff = desktop.codeBlocksCutOff + desktop.tablesCutOff;
	const boxes = desktop.codeBlocks + desktop.tables;
	return [
		target(
			'examples with both sides shown side by side at 1440x900 (%)',
			'100',
			percent(desktop.shownSideBySide, desktop.twoSidedExamples),
			desktop.shownSideBySide === desktop.twoSidedExamples,
		),
		target('code blocks and tables cut off at 1440x900 (%)', '<= 2', percent(cutOff, boxes), cutOff <= 0.02 * boxes, {
			cutOff,
			boxes,
		}),
		target('one-tab groups at 1440x900', '0', desktop.oneTabGroups, desktop.oneTabGroups === 0),
		target('median page height at 1440x900 (screens)', '<= 10', desktop.medianScreens, desktop.medianScreens <= 10),
		target(
			'tallest learning-path page at 1440x900 (screens)',
			'<= 10',
			desktop.tallestLearningPathScreens,
			desktop.tallestLearningPathScreens <= 10,
		),
	];
}

const percent = (part: number, whole: number) => (whole ? Number(((100 * part) / whole).toFixed(1)) : 0);
const kb = (bytes: number) => Number((bytes / KB).toFixed(1));
const target = (name: string, goal: string, figure: number, met: boolean, context: Record<string, number> = {}) => ({
	name,
	goal,
	figure,
	met,
	...context,
});
