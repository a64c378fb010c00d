/** The servers under test, configured as they are commonly deployed, with the same worker count. */
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
	poolSize: number;
}

export function serverSpecs({ workers, loop, http, poolSize }: ServerOptions): ServerSpec[] {
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
	const specs: ServerSpec[] = [
		{
			info: {
				id: 'django-gunicorn',
				label: 'Django · gunicorn (sync)',
				framework: 'Django',
				server: 'gunicorn',
				protocol: 'WSGI',
				workers,
				workerClass: 'sync (one request at a time per worker)',
				views: 'sync views, Django ORM',
				database: 'one persistent connection per worker (CONN_MAX_AGE=600)',
				command: '',
			},
			args: [
				'gunicorn',
				'--workers',
				String(workers),
				'--worker-class',
				'sync',
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
				database: `psycopg pool per worker (min 2, max ${poolSize} connections)`,
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
				views: 'async def endpoints, SQLAlchemy 2.0 async',
				database: `SQLAlchemy pool per worker (pool_size=${poolSize}, max_overflow=0)`,
				command: '',
			},
			args: [...uvicorn, 'fastapi_app.main:app'],
			env: {},
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
