import { describe, expect, it } from 'vitest';
import { commandLine, serverSpecs, withPort } from '../../bench/frameworks/lib/servers';

const specs = serverSpecs({ workers: 3, poolSize: 7, loop: 'uvloop', http: 'httptools' });

describe('serverSpecs', () => {
	it('runs Django under gunicorn and uvicorn, and FastAPI under uvicorn', () => {
		expect(specs.map((s) => s.info.id)).toEqual(['django-gunicorn', 'django-uvicorn', 'fastapi-uvicorn']);
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

	it('uses sync workers for gunicorn and the chosen loop and parser for uvicorn', () => {
		const [gunicorn, djangoAsgi, fastapi] = specs;
		expect(gunicorn!.args).toEqual(expect.arrayContaining(['--worker-class', 'sync']));
		for (const spec of [djangoAsgi!, fastapi!])
			expect(spec.args).toEqual(expect.arrayContaining(['--loop', 'uvloop', '--http', 'httptools']));
		expect(serverSpecs({ workers: 1, poolSize: 1, loop: 'asyncio', http: 'h11' })[2]!.args).toEqual(
			expect.arrayContaining(['--loop', 'asyncio', '--http', 'h11']),
		);
	});

	it('selects sync or async Django views through the environment, and states the pool size', () => {
		expect(specs.map((s) => s.env['BENCH_DJANGO_MODE'])).toEqual(['sync', 'async', undefined]);
		expect(specs[1]!.info.database).toContain('max 7');
		expect(specs[2]!.info.database).toContain('pool_size=7');
	});
});

describe('commandLine', () => {
	it('shows the command a reader would type, with its environment and port 8000', () => {
		expect(commandLine(['gunicorn', '--bind', '127.0.0.1:PORT', 'app'], { MODE: 'sync' })).toBe(
			'MODE=sync gunicorn --bind 127.0.0.1:8000 app',
		);
		expect(specs[2]!.info.command).toBe(
			'uvicorn --workers 3 --loop uvloop --http httptools --no-access-log --log-level warning --host 127.0.0.1 --port 8000 fastapi_app.main:app',
		);
	});
});
