/**
 * `npm run bench:frameworks [-- --quick]`: Django and FastAPI under load with wrk, on loopback,
 * against a private PostgreSQL. Writes one JSON file per run to bench-results/frameworks/ and,
 * for a full run, src/data/benchmarks/latest.json (the page's data). Not part of `npm test`.
 */
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CaseResult } from '../../src/data/benchmarks/bench-run.ts';
import { ENDPOINTS, HARNESS_DIR, SEEDED_ROWS, UPSTREAM_DELAY_MS } from './lib/endpoints.ts';
import { cleanupOnExit, pythonEnv, pythonVersions, uvicornChoice, withServers } from './lib/harness.ts';
import { measureAll } from './lib/measure.ts';
import { startPostgres } from './lib/postgres.ts';
import { run } from './lib/processes.ts';
import { publishRun } from './lib/publish.ts';
import { buildReport } from './lib/report.ts';
import { serverSpecs } from './lib/servers.ts';

const { values: options } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		workers: { type: 'string', default: '2' },
		servers: { type: 'string' },
		endpoints: { type: 'string' },
		note: { type: 'string', multiple: true, default: [] },
		'no-publish': { type: 'boolean', default: false },
	},
});
const mode = options.quick ? 'quick' : 'full';
const method = {
	loadGenerator: 'wrk',
	host: '127.0.0.1',
	wrkThreads: 1,
	warmupSeconds: options.quick ? 1 : 2,
	durationSeconds: options.quick ? 2 : 8,
	timeoutSeconds: 10,
	concurrency: [1, 16, 64],
	schedule:
		'All servers run at once (idle ones use no CPU); for each endpoint, each server is warmed up, then each concurrency level is measured on every server in turn, in an order that rotates, so that a burst of other work hits every server alike.',
	upstreamDelayMs: UPSTREAM_DELAY_MS,
	seededRows: SEEDED_ROWS,
	dbPoolSize: 10,
};
const workers = Number(options.workers);
if (!Number.isInteger(workers) || workers < 1 || workers > 16)
	throw new Error('--workers takes an integer from 1 to 16');
/** The items whose id is in the comma-separated `list` (all of them without one). */
const pick = <T>(all: T[], idOf: (item: T) => string, list: string | undefined, what: string): T[] => {
	if (!list) return all;
	const wanted = list.split(',');
	const unknown = wanted.filter((id) => !all.some((item) => idOf(item) === id));
	if (unknown.length) throw new Error(`unknown ${what}: ${unknown.join(', ')} (have: ${all.map(idOf).join(', ')})`);
	return all.filter((item) => wanted.includes(idOf(item)));
};

const log = (message: string) => console.error(`[bench] ${message}`);
const startedAt = new Date();
const loadAverageAtStart = loadavg().map((n) => Number(n.toFixed(2)));

const cleanup = cleanupOnExit();
try {
	const wrkVersion = (
		await run(['wrk', '-v'], { timeoutMs: 5_000, allowFailure: true }).catch(() => {
			throw new Error('wrk is not installed: run bench/frameworks/provision.sh (apt-get install wrk)');
		})
	).stdout
		.split('\n')[0]!
		.replace(/ Copyright.*$/, '')
		.trim();
	const py = pythonEnv();
	const versions = await pythonVersions(py);
	const allSpecs = serverSpecs({ workers, poolSize: method.dbPoolSize, ...uvicornChoice(versions) });
	const specs = pick(allSpecs, (s) => s.info.id, options.servers, 'servers');
	const endpoints = pick(ENDPOINTS, (e) => e.id, options.endpoints, 'endpoints');
	const caseCount = specs.length * endpoints.length * method.concurrency.length;
	const estimate =
		specs.length * endpoints.length * (method.warmupSeconds + method.concurrency.length * method.durationSeconds);
	log(`${mode} run: ${caseCount} cases, about ${Math.ceil(estimate / 60)} min of load plus start-up`);

	const db = await startPostgres(join(HARNESS_DIR, 'seed.sql'), log);
	cleanup.add(db.stop);
	log(`starting ${specs.map((spec) => spec.info.command).join('\n         and ')}`);
	let results: CaseResult[] = [];
	await withServers(specs, { py, db, poolSize: method.dbPoolSize }, async (servers) => {
		results = await measureAll(servers, endpoints, method, log);
	});

	const cpuList = cpus();
	const report = buildReport({
		mode,
		startedAt,
		finishedAt: new Date(),
		machine: {
			cpus: cpuList.length,
			cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
			memoryBytes: totalmem(),
			os: `${type()} ${release()}`,
			loadAverageAtStart,
			loadAverageAtEnd: loadavg().map((n) => Number(n.toFixed(2))),
		},
		software: {
			python: versions.python,
			packages: { ...versions.packages, libpq: versions.libpq },
			postgres: db.version,
			wrk: wrkVersion,
			node: process.version,
		},
		method,
		servers: specs.map((spec) => spec.info),
		endpoints: endpoints.map(({ bodyFile: _bodyFile, ...info }) => info),
		results,
		upstreamDelayMs: UPSTREAM_DELAY_MS,
		extraNotes: options.note ?? [],
	});
	const complete = specs.length === allSpecs.length && endpoints.length === ENDPOINTS.length;
	publishRun(report, { toPages: mode === 'full' && complete && !options['no-publish'] }, log);
} catch (error) {
	await cleanup.runAll();
	if (cleanup.interrupted()) process.exit(130);
	throw error;
} finally {
	await cleanup.runAll();
}
