import { type BenchRun, type RunFigures, summarizeCell } from '../../../src/data/benchmarks/bench-run';

/** Runs of one cell: requests/s of each run, p50 and p99 scaled with it. */
const runsOf = (requestsPerSecond: number[], p50: number, p99: number): RunFigures[] =>
	requestsPerSecond.map((rps, i) => ({
		round: i + 1,
		sequence: i,
		requests: rps * 5,
		seconds: 5,
		requestsPerSecond: rps,
		latencyMs: { p50: p50 + i * 0.1, p90: p50 * 2, p99: p99 + i, max: p99 * 2 },
		errors: { connect: 0, read: 0, write: 0, timeout: 0, status: 0, total: 0 },
		loadAverage: 1 + i / 10,
	}));

const cell = (server: string, endpoint: string, concurrency: number, rps: number[], p50: number, p99: number) =>
	summarizeCell({ server, endpoint, concurrency }, runsOf(rps, p50, p99));

/**
 * A small run: three servers (one a driver variant measured on `item` only), two endpoints, three
 * runs per cell, one cell missing (django-gunicorn json at 64).
 */
export function benchRunFixture(): BenchRun {
	const server = (id: string, label: string, framework: 'Django' | 'FastAPI') => ({
		id,
		label,
		framework,
		server: id.split('-')[1]!,
		protocol: 'ASGI' as const,
		workers: 1,
		workerClass: 'x',
		views: 'x',
		driver: 'psycopg' as const,
		database: 'x',
		command: 'x',
	});
	return {
		schema: 2,
		mode: 'full',
		startedAt: '2025-01-01T00:00:00.000Z',
		finishedAt: '2025-01-01T00:25:00.000Z',
		wallSeconds: 1500,
		notes: [],
		machine: {
			cpus: 2,
			cpuModel: 'x',
			memoryBytes: 1,
			os: 'Linux',
			loadAverageAtStart: [0, 0, 0],
			loadAverageAtEnd: [0, 0, 0],
		},
		software: { python: '3.13.0', packages: {}, postgres: '15', wrk: '4.1.0', node: 'v24' },
		method: {
			loadGenerator: 'wrk',
			host: '127.0.0.1',
			wrkThreads: 1,
			runs: 3,
			warmupSeconds: 2,
			durationSeconds: 5,
			settleSeconds: 0.5,
			timeoutSeconds: 10,
			concurrency: [1, 16, 64],
			schedule: 'interleaved',
			seed: 1,
			upstreamDelayMs: 50,
			seededRows: 1000,
			dbConnectionsPerProcess: 4,
			pinning: { pinned: true, loadGeneratorCpus: '1', serverCpus: '0', note: 'taskset' },
		},
		servers: [
			server('django-gunicorn', 'Django · gunicorn (threads)', 'Django'),
			server('fastapi-uvicorn', 'FastAPI · uvicorn', 'FastAPI'),
			{
				...server('fastapi-asyncpg', 'FastAPI · uvicorn · asyncpg', 'FastAPI'),
				driver: 'asyncpg',
				endpoints: ['item'],
				variantOf: 'fastapi-uvicorn',
			},
		],
		endpoints: [
			{ id: 'json', method: 'GET', path: '/json', kind: 'framework', description: 'a fixed JSON body' },
			{ id: 'item', method: 'GET', path: '/items/1', kind: 'database', description: 'one row' },
		],
		results: [
			cell('django-gunicorn', 'json', 1, [480, 500, 520], 1.5, 9),
			cell('django-gunicorn', 'json', 16, [850, 900, 950], 15, 40),
			cell('django-gunicorn', 'item', 1, [300, 310, 320], 3, 10),
			cell('fastapi-uvicorn', 'json', 1, [2900, 3000, 3100], 0.2, 2),
			cell('fastapi-uvicorn', 'json', 16, [3900, 4000, 4100], 3.5, 11),
			cell('fastapi-uvicorn', 'json', 64, [4100, 4200, 4300], 14, 41),
			cell('fastapi-uvicorn', 'item', 1, [290, 330, 340], 3, 10),
			cell('fastapi-asyncpg', 'item', 1, [400, 410, 420], 2, 8),
		],
	};
}
