/**
 * `npm run bench`: builds the site and prints its figures as JSON. Not part of `npm test`:
 * targets are read by people, never asserted by a timed test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { browserFigures } from './browser-figures.ts';
import { htmlSizes, pagefindBytes } from './dist-sizes.ts';

const DIST = join(process.cwd(), 'dist');
const PORT = 4399;
const BASE_URL = `http://127.0.0.1:${PORT}`;

const started = performance.now();
const build = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) throw new Error('astro build failed');
const buildSeconds = Number(((performance.now() - started) / 1000).toFixed(2));

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore', detached: true });
try {
	for (let attempt = 0; attempt < 60; attempt++) {
		if (await fetch(BASE_URL).then((r) => r.ok, () => false)) break;
		await sleep(500);
	}
	const figures = {
		buildSeconds,
		...htmlSizes(DIST),
		...pagefindBytes(DIST),
		...(await browserFigures(DIST, BASE_URL, '/compare/data-modeling/', 'selectinload')),
	};
	console.log(JSON.stringify(figures, null, 2));
} finally {
	process.kill(-server.pid!, 'SIGTERM');
}
