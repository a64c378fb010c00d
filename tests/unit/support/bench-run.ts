import type { BenchRun, CaseResult } from '../../../src/data/benchmarks/bench-run';

const result = (
	server: string,
	concurrency: number,
	requestsPerSecond: number,
	p50: number,
	p90: number,
	p99: number,
): CaseResult => ({
	server,
	endpoint: 'json',
	concurrency,
	requests: requestsPerSecond * 8,
	seconds: 8,
	requestsPerSecond,
	latencyMs: { p50, p90, p99, max: p99 * 2 },
	errors: { connect: 0, read: 0, write: 0, timeout: 0, status: 0, total: 0 },
	loadAverage: 1,
});

/** A small run: two servers, one endpoint, one case missing (django-gunicorn at 64). */
export function benchRunFixture(): BenchRun {
	const server = (id: string, label: string, framework: 'Django' | 'FastAPI') => ({
		id,
		label,
		framework,
		server: id.split('-')[1]!,
		protocol: 'ASGI' as const,
		workers: 2,
		workerClass: 'x',
		views: 'x',
		database: 'x',
		command: 'x',
	});
	return {
		schema: 1,
		mode: 'full',
		startedAt: '2025-01-01T00:00:00.000Z',
		finishedAt: '2025-01-01T00:08:00.000Z',
		wallSeconds: 480,
		notes: [],
		machine: {
			cpus: 2,
			cpuModel: 'x',
			memoryBytes: 1,
			os: 'Linux',
			loadAverageAtStart: [0, 0, 0],
			loadAverageAtEnd: [0, 0, 0],
		},
		software: { python: '3.11.7', packages: {}, postgres: '15', wrk: '4.1.0', node: 'v24' },
		method: {
			loadGenerator: 'wrk',
			host: '127.0.0.1',
			wrkThreads: 1,
			warmupSeconds: 2,
			durationSeconds: 8,
			timeoutSeconds: 10,
			concurrency: [1, 16, 64],
			schedule: 'interleaved',
			upstreamDelayMs: 50,
			seededRows: 1000,
			dbPoolSize: 10,
		},
		servers: [
			server('django-gunicorn', 'Django · gunicorn (sync)', 'Django'),
			server('fastapi-uvicorn', 'FastAPI · uvicorn', 'FastAPI'),
		],
		endpoints: [{ id: 'json', method: 'GET', path: '/json', kind: 'framework', description: 'a fixed JSON body' }],
		results: [
			result('django-gunicorn', 1, 500, 1.5, 3, 9),
			result('django-gunicorn', 16, 900, 15, 20, 40),
			result('fastapi-uvicorn', 1, 3000, 0.2, 0.5, 2),
			result('fastapi-uvicorn', 16, 4000, 3.5, 5, 11),
			result('fastapi-uvicorn', 64, 4200, 14, 18, 41),
		],
	};
}
