import { describe, expect, it } from 'vitest';
import { commandLine, DRIVER_VARIANT_ENDPOINTS, serverSpecs, withPort } from '../../bench/frameworks/lib/servers';

const specs = serverSpecs({ workers: 3, dbConnectionsPerProcess: 7, loop: 'uvloop', http: 'httptools' });
const byId = (id: string) => specs.find((s) => s.info.id === id)!;

describe('serverSpecs', () => {
	it('runs Django under gunicorn and uvicorn, FastAPI under uvicorn, and FastAPI on asyncpg as the driver variant', () => {
		expect(specs.map((s) => s.info.id)).toEqual([
			'django-gunicorn',
			'django-uvicorn',
			'fastapi-uvicorn',
			'fastapi-asyncpg',
		]);
	});

	it('gives every server the same number of worker processes, on its command line too', () => {
		for (const spec of specs) {
			expect(spec.info.workers).toBe(3);
			expect(spec.args.join(' ')).toContain('--workers 3');
		}
	});

	it('binds every server to the loopback interface only', () => {
		for (const spec of specs) expect(withPort(spec.args, 9000).join(' ')).toMatch(/127\.0\.0\.1(:| --port )9000/);
	});

	it('runs gunicorn with gthread workers, one thread per database connection, and uvicorn with the chosen loop and parser', () => {
		expect(byId('django-gunicorn').args.join(' ')).toContain('--worker-class gthread --threads 7');
		for (const id of ['django-uvicorn', 'fastapi-uvicorn', 'fastapi-asyncpg'])
			expect(byId(id).args).toEqual(expect.arrayContaining(['--loop', 'uvloop', '--http', 'httptools']));
		expect(serverSpecs({ workers: 1, dbConnectionsPerProcess: 1, loop: 'asyncio', http: 'h11' })[2]!.args).toEqual(
			expect.arrayContaining(['--loop', 'asyncio', '--http', 'h11']),
		);
	});

	it('states the same database connection ceiling per worker for every server', () => {
		expect(byId('django-gunicorn').info.database).toContain('at most 7 per worker');
		expect(byId('django-uvicorn').info.database).toContain('max_size=7');
		for (const id of ['fastapi-uvicorn', 'fastapi-asyncpg'])
			expect(byId(id).info.database).toContain('pool_size=7, max_overflow=0');
	});

	it('uses psycopg 3 for the framework comparison and asyncpg only for the variant, on the database endpoints', () => {
		expect(specs.map((s) => s.info.driver)).toEqual(['psycopg', 'psycopg', 'psycopg', 'asyncpg']);
		expect(specs.map((s) => s.env['BENCH_DB_DRIVER'])).toEqual([undefined, undefined, 'psycopg', 'asyncpg']);
		expect(specs.map((s) => s.env['BENCH_DJANGO_MODE'])).toEqual(['sync', 'async', undefined, undefined]);
		expect(byId('fastapi-asyncpg').info).toMatchObject({
			endpoints: DRIVER_VARIANT_ENDPOINTS,
			variantOf: 'fastapi-uvicorn',
		});
		expect(DRIVER_VARIANT_ENDPOINTS).toEqual(['item', 'items']);
		expect(specs.filter((s) => s.info.endpoints)).toHaveLength(1);
	});
});

describe('commandLine', () => {
	it('shows the command a reader would type, with its environment and port 8000', () => {
		expect(commandLine(['gunicorn', '--bind', '127.0.0.1:PORT', 'app'], { MODE: 'sync' })).toBe(
			'MODE=sync gunicorn --bind 127.0.0.1:8000 app',
		);
		expect(byId('fastapi-uvicorn').info.command).toBe(
			'BENCH_DB_DRIVER=psycopg uvicorn --workers 3 --loop uvloop --http httptools --no-access-log --log-level warning --host 127.0.0.1 --port 8000 fastapi_app.main:app',
		);
	});
});
