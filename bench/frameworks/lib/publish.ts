/**
 * Where a run is written: every run to bench-results/frameworks/<time>-<mode>.json, and a complete
 * full run also to src/data/benchmarks/latest.json, the data the pages render.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BenchRun } from '../../../src/data/benchmarks/bench-run.ts';
import { REPO_DIR } from './harness.ts';

/** Only a complete full run (every server and endpoint, five runs or more per cell) replaces the page's data. */
export const MIN_PUBLISHED_RUNS = 5;

export function shouldPublish({
	mode,
	runs,
	complete,
	noPublish,
}: {
	mode: 'full' | 'quick';
	runs: number;
	complete: boolean;
	noPublish: boolean;
}): boolean {
	return mode === 'full' && runs >= MIN_PUBLISHED_RUNS && complete && !noPublish;
}

export function publishRun(report: BenchRun, { toPages }: { toPages: boolean }, log: (message: string) => void): void {
	const json = `${JSON.stringify(report, null, 2)}\n`;
	const stamp = report.startedAt.replace(/[:.]/g, '-').slice(0, 19);
	const outDir = join(REPO_DIR, 'bench-results', 'frameworks');
	mkdirSync(outDir, { recursive: true });
	const outFile = join(outDir, `${stamp}-${report.mode}.json`);
	writeFileSync(outFile, json);
	log(`wrote ${relative(REPO_DIR, outFile)} (${report.wallSeconds} s)`);
	if (!toPages) return;
	const latest = join(REPO_DIR, 'src', 'data', 'benchmarks', 'latest.json');
	mkdirSync(join(latest, '..'), { recursive: true });
	writeFileSync(latest, json);
	log(`wrote ${relative(REPO_DIR, latest)} (the page's figures)`);
}
