/**
 * `npm run bench:frameworks [-- --quick]`: Django and FastAPI under load with wrk, on loopback,
 * against a private PostgreSQL. Every cell (server × endpoint × concurrency) is measured in several
 * runs, round after round, with wrk pinned to its own CPU where the machine allows. Writes one JSON
 * file per run to bench-results/frameworks/ and, for a complete full run,
 * src/data/benchmarks/latest.json (the page's data). Not part of `npm test`.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CaseResult } from '../../src/data/benchmarks/bench-run.ts';
import { ENDPOINTS, HARNESS_DIR, UPSTREAM_DELAY_MS } from './lib/endpoints.ts';
import { cleanupOnExit, pythonEnv, pythonVersions, uvicornChoice, withServers } from './lib/harness.ts';
import { hasTaskset, loadNow, machineState, wrkVersion } from './lib/machine.ts';
import { measureAll } from './lib/measure.ts';
import { benchMethod } from './lib/method.ts';
import { startPostgres } from './lib/postgres.ts';
import { publishRun, shouldPublish } from './lib/publish.ts';
import { buildReport } from './lib/report.ts';
import { estimateSeconds, planPinning, schedule } from './lib/schedule.ts';
import { serverSpecs } from './lib/servers.ts';

const { values: options } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		runs: { type: 'string' },
		workers: { type: 'string' },
		'db-connections': { type: 'string', default: '4' },
		seed: { type: 'string', default: '1' },
		servers: { type: 'string' },
		endpoints: { type: 'string' },
		note: { type: 'string', multiple: true, default: [] },
		'no-publish': { type: 'boolean', default: false },
	},
});
const integer = (value: string | undefined, name: string, min: number, max: number): number => {
	const n = Number(value);
	if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} takes an integer from ${min} to ${max}`);
	return n;
};
const mode = options.quick ? 'quick' : 'full';
const runs = integer(options.runs ?? (options.quick ? '2' : '5'), '--runs', 1, 50);
const dbConnectionsPerProcess = integer(options['db-connections'], '--db-connections', 1, 64);
const seed = integer(options.seed, '--seed', 0, 2 ** 31);

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
const loadAverageAtStart = loadNow();

const cleanup = cleanupOnExit();
try {
	const wrk = await wrkVersion();
	const pinning = planPinning(cpus().length, await hasTaskset());
	const workers = options.workers
		? integer(options.workers, '--workers', 1, 16)
		: Math.max(1, Math.min(16, pinning.serverCpuCount));
	const method = benchMethod({ quick: options.quick, runs, seed, dbConnectionsPerProcess, pinning });

	const py = pythonEnv();
	const versions = await pythonVersions(py);
	const allSpecs = serverSpecs({ workers, dbConnectionsPerProcess, ...uvicornChoice(versions) });
	const specs = pick(allSpecs, (s) => s.info.id, options.servers, 'servers');
	const endpoints = pick(ENDPOINTS, (e) => e.id, options.endpoints, 'endpoints');
	const slots = schedule(
		specs.map((s) => s.info),
		endpoints.map((e) => e.id),
		method.concurrency,
		runs,
		seed,
	);
	const warmups = endpoints.reduce(
		(sum, e) => sum + specs.filter((s) => !s.info.endpoints || s.info.endpoints.includes(e.id)).length,
		0,
	);
	const estimate = estimateSeconds({ slots: slots.length, warmups, ...method });
	log(
		`${mode} run: ${slots.length / runs} cells × ${runs} runs of ${method.durationSeconds} s, ${workers} worker${workers === 1 ? '' : 's'} per server, at most ${dbConnectionsPerProcess} database connections per worker; ${pinning.note}`,
	);
	log(
		`estimated duration: about ${Math.ceil(estimate / 60)} min (${estimate} s); load average ${loadAverageAtStart.join(', ')}`,
	);

	const db = await startPostgres(join(HARNESS_DIR, 'seed.sql'), log, pinning.serverPrefix);
	cleanup.add(db.stop);
	log(`starting ${specs.map((spec) => spec.info.command).join('\n         and ')}`);
	let results: CaseResult[] = [];
	const context = { py, db, dbConnectionsPerProcess, cpuPrefix: pinning.serverPrefix };
	await withServers(specs, context, async (servers) => {
		results = await measureAll(servers, endpoints, slots, { method, wrkPrefix: pinning.loadGeneratorPrefix, log });
	});

	const report = buildReport({
		mode,
		startedAt,
		finishedAt: new Date(),
		machine: machineState(loadAverageAtStart),
		software: {
			python: versions.python,
			packages: { ...versions.packages, libpq: versions.libpq },
			postgres: db.version,
			wrk,
			node: process.version,
		},
		method,
		servers: specs.map((spec) => spec.info),
		endpoints: endpoints.map(({ bodyFile: _bodyFile, ...info }) => info),
		results,
		upstreamDelayMs: UPSTREAM_DELAY_MS,
		extraNotes: options.note ?? [],
	});
	log(`took ${report.wallSeconds} s (estimated ${estimate} s)`);
	const complete = specs.length === allSpecs.length && endpoints.length === ENDPOINTS.length;
	publishRun(report, { toPages: shouldPublish({ mode, runs, complete, noPublish: options['no-publish'] }) }, log);
} catch (error) {
	await cleanup.runAll();
	if (cleanup.interrupted()) process.exit(130);
	throw error;
} finally {
	await cleanup.runAll();
}
