/** What run.ts and smoke.ts share: the Python environment, PostgreSQL, and one server at a time. */
import type { ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Postgres } from './postgres.ts';
import { freePort, readEnvFile, run, startGroup, stopGroup, waitForHttp } from './processes.ts';
import type { ServerOptions, ServerSpec } from './servers.ts';
import { withPort } from './servers.ts';
import { HARNESS_DIR } from './endpoints.ts';

export const REPO_DIR = join(HARNESS_DIR, '..', '..');

export interface PythonEnv {
	python: string;
}

export function pythonEnv(): PythonEnv {
	const env = readEnvFile(join(REPO_DIR, '.cache', 'bench-python-env'));
	if (!env['PYTHON']) throw new Error('.cache/bench-python-env names no PYTHON: run bench/frameworks/provision.sh');
	return { python: env['PYTHON'] };
}

export interface PythonVersions {
	python: string;
	packages: Record<string, string>;
	libpq: string;
	uvloop: boolean;
	httptools: boolean;
}

export async function pythonVersions(py: PythonEnv): Promise<PythonVersions> {
	const { stdout } = await run([py.python, join(HARNESS_DIR, 'versions.py')], { env: processEnv(), timeoutMs: 30_000 });
	return JSON.parse(stdout) as PythonVersions;
}

/** uvicorn's fastest loop and parser that load here. */
export function uvicornChoice(versions: PythonVersions): Pick<ServerOptions, 'loop' | 'http'> {
	return { loop: versions.uvloop ? 'uvloop' : 'asyncio', http: versions.httptools ? 'httptools' : 'h11' };
}

function processEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return { ...process.env, PYTHONPATH: HARNESS_DIR, PYTHONDONTWRITEBYTECODE: '1', ...extra };
}

const runningServers = new Set<ChildProcess>();

export interface RunningServer {
	spec: ServerSpec;
	baseUrl: string;
	isAlive(): boolean;
	/** The end of the server's log, to explain a failure. */
	lastLines(): string;
	stop(): Promise<void>;
}

interface ServerContext {
	py: PythonEnv;
	db: Postgres;
	dbConnectionsPerProcess: number;
	/** `taskset -c <cpus>` to keep the server off the load generator's CPU, or nothing. */
	cpuPrefix?: string[];
}

/** Starts one server on a free port and waits until it answers; stops it again if it does not. */
export async function startServer(spec: ServerSpec, context: ServerContext): Promise<RunningServer> {
	const port = await freePort();
	const env = processEnv({
		BENCH_DB_HOST: context.db.host,
		BENCH_DB_PORT: String(context.db.port),
		BENCH_DB_NAME: context.db.database,
		BENCH_DB_USER: context.db.user,
		BENCH_DB_PASSWORD: context.db.password,
		BENCH_DB_CONNECTIONS: String(context.dbConnectionsPerProcess),
		DJANGO_SETTINGS_MODULE: 'django_site.settings',
		...spec.env,
	});
	const logPath = join(tmpdir(), `bench-${spec.info.id}.log`);
	const logFile = openSync(logPath, 'w');
	const argv = [...(context.cpuPrefix ?? []), context.py.python, '-m', ...withPort(spec.args, port)];
	const child = startGroup(argv, { env, cwd: HARNESS_DIR, logFile });
	closeSync(logFile);
	runningServers.add(child);
	const server: RunningServer = {
		spec,
		baseUrl: `http://127.0.0.1:${port}`,
		isAlive: () => child.exitCode === null && child.signalCode === null,
		lastLines: () =>
			`--- last lines of ${logPath} ---\n${readFileSync(logPath, 'utf8').split('\n').slice(-30).join('\n')}`,
		stop: async () => {
			await stopGroup(child);
			runningServers.delete(child);
		},
	};
	try {
		await waitForHttp(`${server.baseUrl}/json`, 150, 200, server.isAlive);
		return server;
	} catch (error) {
		await server.stop();
		throw new Error(`${spec.info.id}: ${(error as Error).message}\n${server.lastLines()}`);
	}
}

/** Starts every server, runs `body` with all of them up, and always stops them. */
export async function withServers<T>(
	specs: ServerSpec[],
	context: ServerContext,
	body: (servers: RunningServer[]) => Promise<T>,
): Promise<T> {
	const servers: RunningServer[] = [];
	try {
		for (const spec of specs) servers.push(await startServer(spec, context));
		return await body(servers);
	} finally {
		await Promise.all(servers.map((server) => server.stop()));
	}
}

/**
 * Cleanups (newest first, servers before everything else) that run once: when the run ends or
 * when it is interrupted, whichever comes first; `interrupted` tells the main flow to exit quietly.
 */
export function cleanupOnExit(): {
	add(cleanup: () => Promise<void>): void;
	runAll(): Promise<void>;
	interrupted(): boolean;
} {
	const cleanups: (() => Promise<void>)[] = [];
	let running: Promise<void> | undefined;
	let signalled = false;
	const runAll = () =>
		(running ??= (async () => {
			await Promise.all([...runningServers].map((child) => stopGroup(child)));
			while (cleanups.length) await cleanups.pop()!().catch((error: Error) => console.error(error.message));
		})());
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			signalled = true;
			console.error(`\n${signal}: stopping the servers and PostgreSQL`);
			void runAll().finally(() => process.exit(130));
		});
	}
	return { add: (cleanup) => cleanups.push(cleanup), runAll, interrupted: () => signalled };
}
