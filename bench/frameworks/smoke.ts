/**
 * Smoke test: starts PostgreSQL and each server for a moment and checks that every endpoint
 * answers correctly and identically, on the asyncpg driver variant too (it is benchmarked on the
 * database endpoints only, but serves them all). Not a timing test. Run it with bench/frameworks/smoke.sh.
 */
import { deepStrictEqual, ok } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENDPOINTS, HARNESS_DIR, ORDER_FILE, UPSTREAM_DELAY_MS } from './lib/endpoints.ts';
import { cleanupOnExit, pythonEnv, pythonVersions, uvicornChoice, withServers } from './lib/harness.ts';
import { type Postgres, startPostgres } from './lib/postgres.ts';
import { serverSpecs } from './lib/servers.ts';

const started = performance.now();
const log = (message: string) => console.error(`[smoke] ${message}`);
const order = JSON.parse(readFileSync(ORDER_FILE, 'utf8')) as { lines: { quantity: number; unit_price: string }[] };

/** Row i as seed.sql writes it, as both frameworks serialise it. */
const seededItem = (i: number) => ({
	id: i,
	name: `Item ${i}`,
	description: `A benchmark item, number ${i}, with a description about as long as a real one.`,
	price: `${i % 100}.99`,
	quantity: i % 50,
	created_at: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString().replace('.000Z', 'Z'),
});
const cents = order.lines.reduce((sum, line) => sum + line.quantity * Math.round(Number(line.unit_price) * 100), 0);
const orderSummary = { lines: order.lines.length, total: (cents / 100).toFixed(2) };
const invalidOrder = { ...order, lines: [{ sku: 'abc', quantity: 0, unit_price: '-1' }] };

interface Check {
	name: string;
	method?: 'GET' | 'POST';
	path: string;
	body?: unknown;
	status: number;
	json?: unknown;
	minMs?: number;
}

const checks: Check[] = [
	{ name: 'fixed JSON', path: '/json', status: 200, json: { message: 'Hello, World!', status: 'ok', version: 1 } },
	{ name: 'one row', path: '/items/1', status: 200, json: seededItem(1) },
	{ name: 'a missing row', path: '/items/99999', status: 404 },
	{
		name: '20 rows',
		path: '/items?limit=20',
		status: 200,
		json: Array.from({ length: 20 }, (_, i) => seededItem(i + 1)),
	},
	{ name: 'a limit out of range', path: '/items?limit=0', status: 422 },
	{
		name: 'the slow upstream',
		path: '/upstream',
		status: 200,
		json: { waited_ms: UPSTREAM_DELAY_MS },
		minMs: UPSTREAM_DELAY_MS,
	},
	{ name: 'a valid order', method: 'POST', path: '/validate', body: order, status: 200, json: orderSummary },
	{ name: 'an invalid order', method: 'POST', path: '/validate', body: invalidOrder, status: 422 },
];
// Every benchmarked path is checked here, so a new endpoint cannot skip the smoke test.
for (const endpoint of ENDPOINTS)
	ok(
		checks.some((c) => c.path === endpoint.path),
		`no smoke check for ${endpoint.path}`,
	);

async function check(baseUrl: string, c: Check): Promise<void> {
	const t0 = performance.now();
	const response = await fetch(baseUrl + c.path, {
		method: c.method ?? 'GET',
		...(c.body === undefined ? {} : { body: JSON.stringify(c.body), headers: { 'content-type': 'application/json' } }),
		signal: AbortSignal.timeout(10_000),
	});
	const elapsed = performance.now() - t0;
	const text = await response.text();
	deepStrictEqual(response.status, c.status, `${c.name}: status ${response.status}, body ${text.slice(0, 300)}`);
	if (c.json !== undefined) deepStrictEqual(JSON.parse(text), c.json, `${c.name}: unexpected body`);
	if (c.minMs !== undefined)
		ok(elapsed >= c.minMs - 1, `${c.name}: answered after ${elapsed.toFixed(1)} ms, before the upstream delay`);
}

/**
 * Every server holds at most `ceiling` PostgreSQL connections per worker process (one worker here),
 * even with three times as many database requests in flight at once.
 */
async function checkConnectionCeiling(baseUrl: string, db: Postgres, ceiling: number): Promise<void> {
	for (let burst = 0; burst < 3; burst++) {
		await Promise.all(
			Array.from({ length: 3 * ceiling }, (_, i) => check(baseUrl, { ...checks[1]!, name: `burst ${i}` })),
		);
	}
	const open = Number(
		await db.query(
			"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()",
		),
	);
	ok(open >= 1 && open <= ceiling, `${open} database connections open, expected 1 to ${ceiling}`);
}

const cleanup = cleanupOnExit();
let failed = false;
try {
	const py = pythonEnv();
	const versions = await pythonVersions(py);
	const db = await startPostgres(join(HARNESS_DIR, 'seed.sql'), log);
	cleanup.add(db.stop);
	const dbConnectionsPerProcess = 4;
	for (const spec of serverSpecs({ workers: 1, dbConnectionsPerProcess, ...uvicornChoice(versions) })) {
		try {
			await withServers([spec], { py, db, dbConnectionsPerProcess }, async ([server]) => {
				for (const c of checks) {
					await check(server!.baseUrl, c).catch((error: Error) => {
						throw new Error(`${error.message}\n${server!.lastLines()}`);
					});
				}
				await checkConnectionCeiling(server!.baseUrl, db, dbConnectionsPerProcess);
			});
			log(`${spec.info.id}: ${checks.length} checks passed, at most ${dbConnectionsPerProcess} database connections`);
		} catch (error) {
			if (cleanup.interrupted()) break;
			failed = true;
			log(`${spec.info.id}: FAILED\n${(error as Error).message}`);
		}
	}
} finally {
	await cleanup.runAll();
}
log(`${failed ? 'FAILED' : 'passed'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
