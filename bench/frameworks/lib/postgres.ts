/**
 * A private PostgreSQL server for one run: initdb in a temporary directory, listening on
 * 127.0.0.1 only, seeded from seed.sql, stopped and deleted at the end.
 */
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, run } from './processes.ts';

export interface Postgres {
	host: string;
	port: number;
	user: string;
	password: string;
	database: string;
	version: string;
	/** Runs one SQL statement as the bench user and returns psql's unaligned output. */
	query(sql: string): Promise<string>;
	stop(): Promise<void>;
}

const SERVER_USER = 'postgres'; // the unix user Debian's package creates; initdb refuses root

/** The newest /usr/lib/postgresql/<version>/bin that has initdb. */
export function postgresBinDir(root = '/usr/lib/postgresql'): string {
	const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
	const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
	if (!newest)
		throw new Error(`no PostgreSQL under ${root}: run bench/frameworks/provision.sh (apt-get install postgresql)`);
	return join(root, newest, 'bin');
}

async function unixIds(user: string): Promise<{ uid: number; gid: number }> {
	const uid = Number((await run(['id', '-u', user], { timeoutMs: 5_000 })).stdout.trim());
	const gid = Number((await run(['id', '-g', user], { timeoutMs: 5_000 })).stdout.trim());
	return { uid, gid };
}

/** `cpuPrefix` (`taskset -c <cpus>`) keeps PostgreSQL, and every backend it forks, on those CPUs. */
export async function startPostgres(
	seedFile: string,
	log: (message: string) => void,
	cpuPrefix: string[] = [],
): Promise<Postgres> {
	const bin = postgresBinDir();
	const asRoot = process.getuid?.() === 0;
	const asServer = (argv: string[]) => (asRoot ? ['runuser', '-u', SERVER_USER, '--', ...argv] : argv);
	const root = mkdtempSync(join(tmpdir(), 'bench-pg-'));
	const data = join(root, 'data');
	const password = randomBytes(16).toString('hex');
	const user = 'bench';
	const database = 'bench';
	writeFileSync(join(root, 'pwfile'), password, { mode: 0o600 });
	if (asRoot) {
		const { uid, gid } = await unixIds(SERVER_USER);
		chownSync(root, uid, gid);
		chownSync(join(root, 'pwfile'), uid, gid);
	}
	const port = await freePort();
	const serverOptions = [
		'-c listen_addresses=127.0.0.1',
		`-c port=${port}`,
		`-c unix_socket_directories=${root}`,
		'-c TimeZone=UTC',
	].join(' ');
	const pgctl = (...args: string[]) =>
		run([...cpuPrefix, ...asServer([join(bin, 'pg_ctl'), '-D', data, ...args])], { timeoutMs: 60_000 });
	const stop = async () => {
		await pgctl('stop', '-m', 'fast', '-w', '-t', '30').catch((error: Error) => log(`pg_ctl stop: ${error.message}`));
		rmSync(root, { recursive: true, force: true });
	};

	log(`PostgreSQL: initdb in ${root}`);
	try {
		await run(
			asServer([
				join(bin, 'initdb'),
				'-D',
				data,
				'-U',
				user,
				`--pwfile=${join(root, 'pwfile')}`,
				'--auth-local=trust',
				'--auth-host=scram-sha-256',
				'--encoding=UTF8',
				'--no-locale',
			]),
			{ timeoutMs: 120_000 },
		);
		await pgctl('-l', join(root, 'server.log'), '-o', serverOptions, '-w', '-t', '30', 'start');
		const env = { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: '10' };
		const psql = (...args: string[]) =>
			run(
				[
					join(bin, 'psql'),
					'-X',
					'-q',
					'-v',
					'ON_ERROR_STOP=1',
					'-h',
					'127.0.0.1',
					'-p',
					String(port),
					'-U',
					user,
					...args,
				],
				{ env, timeoutMs: 60_000 },
			);
		await psql('-d', 'postgres', '-c', `CREATE DATABASE ${database}`);
		await psql('-d', database, '-f', seedFile);
		const version = (await run([join(bin, 'postgres'), '--version'], { timeoutMs: 5_000 })).stdout.trim();
		log(`PostgreSQL: ${version} on 127.0.0.1:${port}, seeded`);
		const query = async (sql: string) => (await psql('-d', database, '-At', '-c', sql)).stdout.trim();
		return { host: '127.0.0.1', port, user, password, database, version, query, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}
