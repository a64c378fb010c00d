/** Issue 8's targets, each beside the figure that answers it. */
interface Figures {
	medianHtmlGzipBytes: number;
	medianMainTextGzipBytes: number;
	eagerJsGzipBytes: number;
	cssGzipBytes: number;
	searchLatencyMedianMs: number;
	searchAtHumanPaces: { cold: { wastedSearches: number }; warm: { wastedSearches: number } }[];
	lighthouse: { scores: Record<string, number> }[];
}

const KB = 1024;

export function targetsMet(figures: Figures) {
	const lighthouseMin = figures.lighthouse.length
		? Math.min(...figures.lighthouse.flatMap((page) => Object.values(page.scores)))
		: Number.NaN;
	const wasted = (when: 'cold' | 'warm') => figures.searchAtHumanPaces.reduce((sum, pace) => sum + pace[when].wastedSearches, 0);
	return [
		target('search: last keystroke to first result, median (ms)', '< 100', figures.searchLatencyMedianMs, figures.searchLatencyMedianMs < 100),
		target('search: searches overtaken before showing, at human paces, index loaded', '0', wasted('warm'), wasted('warm') === 0, {
			whileTheIndexLoadsOnFirstOpen: wasted('cold'),
		}),
		target('eager JavaScript on a content page (KB gzipped, inline included)', '<= 8.6', kb(figures.eagerJsGzipBytes), figures.eagerJsGzipBytes <= 8.6 * KB),
		target('median HTML per page (KB gzipped)', '< 15', kb(figures.medianHtmlGzipBytes), figures.medianHtmlGzipBytes < 15 * KB, {
			medianTextOfMainAloneKb: kb(figures.medianMainTextGzipBytes),
		}),
		target('CSS on a content page (KB gzipped)', '< 17', kb(figures.cssGzipBytes), figures.cssGzipBytes < 17 * KB),
		target('Lighthouse, lowest of 4 categories on 4 pages (mobile)', '100', lighthouseMin, lighthouseMin === 100),
	];
}

const kb = (bytes: number) => Number((bytes / KB).toFixed(1));
const target = (name: string, goal: string, figure: number, met: boolean, context: Record<string, number> = {}) => ({ name, goal, figure, met, ...context });
