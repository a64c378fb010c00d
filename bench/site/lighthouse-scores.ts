import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/chromium.ts';
import { median } from './dist-sizes.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Lighthouse's scores (0-100) for each page, with its default mobile settings (emulated phone,
 * simulated slow 4G and CPU throttling), in Debian's Chromium. Each page is run RUNS times and
 * the median score per category reported, as Lighthouse's docs advise for variable machines;
 * every audit that cost points in any run is listed by id, so a score under 100 says why.
 */
export async function lighthouseScores(baseUrl: string, paths: string[]) {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_LAUNCH_OPTIONS.executablePath,
		chromeFlags: ['--headless=new', ...CHROMIUM_LAUNCH_OPTIONS.args],
	});
	try {
		const pages = [];
		for (const path of paths) {
			const runs: Audit[] = [];
			for (let run = 0; run < RUNS; run++) runs.push(await audit(chrome.port, baseUrl + path));
			const scores: Record<string, number> = Object.fromEntries(
				CATEGORIES.map((id) => [id, median(runs.map((run) => run.scores[id] ?? 0))]),
			);
			const lostPointsOn = [...new Set(runs.flatMap((run) => run.lostPointsOn))];
			const performanceRuns = runs.map((run) => run.scores['performance'] ?? 0);
			pages.push({ path, scores, performanceRuns, ...(lostPointsOn.length ? { lostPointsOn } : {}) });
		}
		return pages;
	} finally {
		chrome.kill();
	}
}

const RUNS = 3;

interface Audit {
	scores: Record<string, number>;
	lostPointsOn: string[];
}

async function audit(port: number, url: string): Promise<Audit> {
	const result = await lighthouse(url, { port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { categories, audits } = result.lhr;
	const scores: Record<string, number> = Object.fromEntries(
		CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
	);
	const lostPointsOn = CATEGORIES.flatMap((id) =>
		(categories[id]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
			.map((ref) => `${id}: ${ref.id}`),
	);
	return { scores, lostPointsOn };
}
