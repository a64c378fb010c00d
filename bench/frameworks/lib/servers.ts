/**
 * The servers under test, configured as they are commonly deployed, with the same number of worker
 * processes and the same ceiling of PostgreSQL connections per process on every server.
 */
import type { ServerInfo } from '../../../src/data/benchmarks/bench-run.ts';

export interface ServerSpec {
	info: ServerInfo;
	/** Arguments after `python -m`; PORT is replaced by the port. */
	args: string[];
	env: Record<string, string>;
}

export interface ServerOptions {
	workers: number;
	/** uvicorn's event loop and HTTP parser: uvloop/httptools when they load, else asyncio/h11. */
	loop: 'uvloop' | 'asyncio';
	http: 'httptools' | 'h11';
	/** The most PostgreSQL connections one worker process may hold, on every server. */
	dbConnectionsPerProcess: number;
}

/** The endpoints the driver variant is measured on: the ones that talk to PostgreSQL. */
export const DRIVER_VARIANT_ENDPOINTS = ['item', 'items'];

export function serverSpecs({ workers, loop, http, dbConnectionsPerProcess: n }: ServerOptions): ServerSpec[] {
	const bind = ['--host', '127.0.0.1', '--port', 'PORT'];
	const uvicorn = [
		'uvicorn',
		'--workers',
		String(workers),
		'--loop',
		loop,
		'--http',
		http,
		'--no-access-log',
		'--log-level',
		'warning',
		...bind,
	];
	const uvicornClass = `uvicorn worker (${loop} event loop, ${http} parser)`;
	const sqlalchemyPool = `SQLAlchemy pool per worker (pool_size=${n}, max_overflow=0)`;
	const specs: ServerSpec[] = [
		{
			info: {
				id: 'django-gunicorn',
				label: 'Django · gunicorn (threads)',
				framework: 'Django',
				server: 'gunicorn',
				protocol: 'WSGI',
				workers,
				workerClass: `gthread (${n} threads per worker, one request at a time per thread)`,
				views: 'sync views, Django ORM',
				driver: 'psycopg',
				database: `one persistent connection per thread (CONN_MAX_AGE=600): at most ${n} per worker`,
				command: '',
			},
			args: [
				'gunicorn',
				'--workers',
				String(workers),
				'--worker-class',
				'gthread',
				'--threads',
				String(n),
				'--bind',
				'127.0.0.1:PORT',
				'--log-level',
				'warning',
				'django_site.wsgi:application',
			],
			env: { BENCH_DJANGO_MODE: 'sync' },
		},
		{
			info: {
				id: 'django-uvicorn',
				label: 'Django · uvicorn (ASGI)',
				framework: 'Django',
				server: 'uvicorn',
				protocol: 'ASGI',
				workers,
				workerClass: uvicornClass,
				views: 'async views, Django async ORM API (aget, async for)',
				driver: 'psycopg',
				database: `psycopg pool per worker (min_size=${n}, max_size=${n})`,
				command: '',
			},
			args: [...uvicorn, '--lifespan', 'off', 'django_site.asgi:application'],
			env: { BENCH_DJANGO_MODE: 'async' },
		},
		{
			info: {
				id: 'fastapi-uvicorn',
				label: 'FastAPI · uvicorn',
				framework: 'FastAPI',
				server: 'uvicorn',
				protocol: 'ASGI',
				workers,
				workerClass: uvicornClass,
				views: 'async def endpoints, SQLAlchemy async',
				driver: 'psycopg',
				database: sqlalchemyPool,
				command: '',
			},
			args: [...uvicorn, 'fastapi_app.main:app'],
			env: { BENCH_DB_DRIVER: 'psycopg' },
		},
		{
			info: {
				id: 'fastapi-asyncpg',
				label: 'FastAPI · uvicorn · asyncpg',
				framework: 'FastAPI',
				server: 'uvicorn',
				protocol: 'ASGI',
				workers,
				workerClass: uvicornClass,
				views: 'the same FastAPI application, with SQLAlchemy on the asyncpg driver',
				driver: 'asyncpg',
				database: `${sqlalchemyPool}; asyncpg's prepared-statement cache on (no PgBouncer in between)`,
				command: '',
				endpoints: DRIVER_VARIANT_ENDPOINTS,
				variantOf: 'fastapi-uvicorn',
			},
			args: [...uvicorn, 'fastapi_app.main:app'],
			env: { BENCH_DB_DRIVER: 'asyncpg' },
		},
	];
	return specs.map((spec) => ({ ...spec, info: { ...spec.info, command: commandLine(spec.args, spec.env) } }));
}

/** The command as a reader would type it, with its environment and port 8000. */
export function commandLine(args: string[], env: Record<string, string> = {}): string {
	const variables = Object.entries(env).map(([name, value]) => `${name}=${value}`);
	return [...variables, ...withPort(args, 8000)].join(' ');
}

export function withPort(args: string[], port: number): string[] {
	return args.map((arg) => arg.replace('PORT', String(port)));
}
