/**
 * `npm run bench`: builds the site and prints its figures as JSON, then each target with its
 * figure and whether it is met. Not part of `npm test`: targets are read by people, never
 * asserted by a timed test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { browserFigures } from './browser-figures.ts';
import { htmlSizes, pagefindBytes } from './dist-sizes.ts';
import { layoutFigures } from './layout-figures.ts';
import { lighthouseScores } from './lighthouse-scores.ts';
import { searchRankingFigures } from './search-ranking-figures.ts';
import { targetsMet } from './targets.ts';

const DIST = join(process.cwd(), 'dist');
const PORT = 4399;
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** The home page, a Compare page, a phase page and the reference map. */
const LIGHTHOUSE_PAGES = [
	'/',
	'/compare/orm-queries/',
	'/path/phase-2-fastapi-prototype/',
	'/reference/django-fastapi-map/',
];

// `--no-build` measures the existing dist/ (quicker while tuning); the build time is then not reported.
const rebuild = !process.argv.includes('--no-build');
const started = performance.now();
if (rebuild && spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) {
	throw new Error('astro build failed');
}
const buildSeconds = rebuild ? Number(((performance.now() - started) / 1000).toFixed(2)) : null;

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
	stdio: ['ignore', 'ignore', 'inherit'],
	detached: true,
});
server.on('exit', (code) => code && console.error(`astro preview exited with ${code}`));
try {
	for (let attempt = 0; attempt < 60; attempt++) {
		if (
			await fetch(BASE_URL).then(
				(r) => r.ok,
				() => false,
			)
		)
			break;
		await sleep(500);
	}
	const figures = {
		buildSeconds,
		...htmlSizes(DIST),
		...pagefindBytes(DIST),
		// A name, and a question with filler words that the search drops before it searches.
		...(await browserFigures(
			DIST,
			BASE_URL,
			'/compare/data-modeling/',
			'selectinload',
			'how do I use select_related in fastapi',
		)),
		...(await searchRankingFigures(BASE_URL)),
		layout: await layoutFigures(DIST, BASE_URL),
		lighthouse: process.argv.includes('--no-lighthouse') ? [] : await lighthouseScores(BASE_URL, LIGHTHOUSE_PAGES),
	};
	console.log(JSON.stringify({ ...figures, targets: targetsMet(figures) }, null, 2));
} finally {
	if (server.exitCode === null) process.kill(-server.pid!, 'SIGTERM');
}
