/**
 * `npm run bench:frameworks [-- --quick]`: Django and FastAPI under load with wrk, on loopback,
 * against a private PostgreSQL. Writes one JSON file per run to bench-results/frameworks/ and,
 * for a full run, src/data/benchmarks/latest.json (the page's data). Not part of `npm test`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchRun, CaseResult } from '../../src/lib/bench-results.ts';
import { ENDPOINTS, HARNESS_DIR, SEEDED_ROWS, UPSTREAM_DELAY_MS, type EndpointSpec } from './lib/endpoints.ts';
import { REPO_DIR, type RunningServer, cleanupOnExit, pythonEnv, pythonVersions, uvicornChoice, withServers } from './lib/harness.ts';
import { startPostgres } from './lib/postgres.ts';
import { run, waitForHttp } from './lib/processes.ts';
import { serverSpecs } from './lib/servers.ts';
import { parseWrkOutput, toCaseResult, wrkArgs, type WrkSummary } from './lib/wrk.ts';

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
const WARMUP_CONCURRENCY = 16;
const workers = Number(options.workers);
if (!Number.isInteger(workers) || workers < 1 || workers > 16) throw new Error('--workers takes an integer from 1 to 16');
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

/** Waits until the server has drained the previous case's queue (sync workers keep serving it). */
async function settle(server: RunningServer): Promise<void> {
	await waitForHttp(`${server.baseUrl}/json`, 30, 100, server.isAlive);
	await sleep(500);
}

/** One wrk run against one server; a failure names the server and shows the end of its log. */
async function measure(server: RunningServer, endpoint: EndpointSpec, connections: number, seconds: number): Promise<WrkSummary> {
	try {
		await settle(server);
		return await runWrk(server.baseUrl + endpoint.path, endpoint, connections, seconds);
	} catch (error) {
		throw new Error(`${server.spec.info.id} ${endpoint.path} at ${connections} connections: ${(error as Error).message}\n${server.lastLines()}`);
	}
}

async function runWrk(url: string, endpoint: EndpointSpec, connections: number, seconds: number): Promise<WrkSummary> {
	const args = wrkArgs({
		url,
		connections,
		threads: method.wrkThreads,
		durationSeconds: seconds,
		timeoutSeconds: method.timeoutSeconds,
		script: join(HARNESS_DIR, 'report.lua'),
	});
	const { stdout } = await run(['wrk', ...args], {
		env: { ...process.env, BENCH_BODY_FILE: endpoint.bodyFile ?? '' },
		timeoutMs: (seconds + method.timeoutSeconds + 30) * 1000, // wrk stops itself; this is the backstop
	});
	return parseWrkOutput(stdout);
}

const cleanup = cleanupOnExit();
try {
	const wrkVersion = (await run(['wrk', '-v'], { timeoutMs: 5_000, allowFailure: true }).catch(() => {
		throw new Error('wrk is not installed: run bench/frameworks/provision.sh (apt-get install wrk)');
	})).stdout.split('\n')[0]!.replace(/ Copyright.*$/, '').trim();
	const py = pythonEnv();
	const versions = await pythonVersions(py);
	const specs = pick(serverSpecs({ workers, poolSize: method.dbPoolSize, ...uvicornChoice(versions) }), (s) => s.info.id, options.servers, 'servers');
	const endpoints = pick(ENDPOINTS, (e) => e.id, options.endpoints, 'endpoints');
	const caseCount = specs.length * endpoints.length * method.concurrency.length;
	const estimate = specs.length * endpoints.length * (method.warmupSeconds + method.concurrency.length * method.durationSeconds);
	log(`${mode} run: ${caseCount} cases, about ${Math.ceil(estimate / 60)} min of load plus start-up`);

	const db = await startPostgres(join(HARNESS_DIR, 'seed.sql'), log);
	cleanup.add(db.stop);
	const results: CaseResult[] = [];
	log(`starting ${specs.map((spec) => spec.info.command).join('\n         and ')}`);
	await withServers(specs, { py, db, poolSize: method.dbPoolSize }, async (servers) => {
		for (const endpoint of endpoints) {
			for (const server of servers) {
				const warmup = await measure(server, endpoint, WARMUP_CONCURRENCY, method.warmupSeconds);
				if (warmup.requests - warmup.errors.status === 0) {
					throw new Error(`${server.spec.info.id} ${endpoint.path}: no successful response during warm-up (${warmup.requests} requests, ${warmup.errors.total} errors)`);
				}
			}
			for (const [level, concurrency] of method.concurrency.entries()) {
				const order = servers.map((_, i) => servers[(i + level) % servers.length]!);
				for (const server of order) {
					const summary = await measure(server, endpoint, concurrency, method.durationSeconds);
					const result = toCaseResult(summary, { server: server.spec.info.id, endpoint: endpoint.id, concurrency, loadAverage: loadavg()[0]! });
					results.push(result);
					const { p50, p99 } = result.latencyMs;
					log(`  ${server.spec.info.id.padEnd(16)} ${endpoint.path.padEnd(16)} c=${String(concurrency).padStart(2)}  ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${p50} ms  p99 ${p99} ms  errors ${result.errors.total}`);
				}
			}
		}
	});
	// Stored in a fixed order (server, endpoint, concurrency), whatever order they ran in.
	const rank = (r: CaseResult) => [specs.findIndex((s) => s.info.id === r.server), endpoints.findIndex((e) => e.id === r.endpoint), r.concurrency];
	results.sort((a, b) => {
		const [ra, rb] = [rank(a), rank(b)];
		return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]!;
	});

	const finishedAt = new Date();
	const cpuList = cpus();
	const loadAverageAtEnd = loadavg().map((n) => Number(n.toFixed(2)));
	const during = results.map((r) => r.loadAverage);
	const before = loadAverageAtStart[0]!;
	const notes = [
		`wrk, PostgreSQL and the servers share the same ${cpuList.length} cores; the figures compare the servers with each other on this machine, not with other machines.`,
		`/upstream waits ${UPSTREAM_DELAY_MS} ms with asyncio.sleep (async code) or time.sleep (sync views) instead of calling a real service.`,
		...(before > cpuList.length * 0.5
			? [`Other work was running: the 1-minute load average was ${before.toFixed(2)} on ${cpuList.length} cores before the benchmark started, so the figures are noisy.`]
			: []),
		`The 1-minute load average during the run, which includes the benchmark's own processes, ranged from ${Math.min(...during).toFixed(2)} to ${Math.max(...during).toFixed(2)}.`,
		...(options.note ?? []),
	];
	const report: BenchRun = {
		schema: 1,
		mode,
		startedAt: startedAt.toISOString(),
		finishedAt: finishedAt.toISOString(),
		wallSeconds: Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000),
		notes,
		machine: {
			cpus: cpuList.length,
			cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
			memoryBytes: totalmem(),
			os: `${type()} ${release()}`,
			loadAverageAtStart,
			loadAverageAtEnd,
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
	};
	const stamp = startedAt.toISOString().replace(/[:.]/g, '-').slice(0, 19);
	const outDir = join(REPO_DIR, 'bench-results', 'frameworks');
	mkdirSync(outDir, { recursive: true });
	const outFile = join(outDir, `${stamp}-${mode}.json`);
	const json = `${JSON.stringify(report, null, 2)}\n`;
	writeFileSync(outFile, json);
	log(`wrote ${relative(REPO_DIR, outFile)} (${report.wallSeconds} s)`);
	const complete = specs.length === serverSpecs({ workers, poolSize: 1, loop: 'asyncio', http: 'h11' }).length && endpoints.length === ENDPOINTS.length;
	if (mode === 'full' && complete && !options['no-publish']) {
		const latest = join(REPO_DIR, 'src', 'data', 'benchmarks', 'latest.json');
		mkdirSync(join(latest, '..'), { recursive: true });
		writeFileSync(latest, json);
		log(`wrote ${relative(REPO_DIR, latest)} (the page's figures)`);
	}
} catch (error) {
	await cleanup.runAll();
	if (cleanup.interrupted()) process.exit(130);
	throw error;
} finally {
	await cleanup.runAll();
}
