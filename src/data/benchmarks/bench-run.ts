/**
 * The shape of one framework benchmark run (bench/frameworks/run.ts writes it; the
 * framework-benchmarks page renders src/data/benchmarks/latest.json), and lookups into it.
 */

export type EndpointKind = 'framework' | 'database' | 'io' | 'validation';

export interface LatencyMs {
	p50: number;
	p90: number;
	p99: number;
	max: number;
}

export interface ErrorCounts {
	connect: number;
	read: number;
	write: number;
	timeout: number;
	/** Responses whose status was not 2xx or 3xx. */
	status: number;
	total: number;
}

export interface CaseResult {
	server: string;
	endpoint: string;
	concurrency: number;
	requests: number;
	seconds: number;
	requestsPerSecond: number;
	latencyMs: LatencyMs;
	errors: ErrorCounts;
	/** The machine's 1-minute load average just after the case: other work shows up here. */
	loadAverage: number;
}

export interface ServerInfo {
	id: string;
	label: string;
	framework: 'Django' | 'FastAPI';
	server: string;
	protocol: 'WSGI' | 'ASGI';
	workers: number;
	workerClass: string;
	views: string;
	database: string;
	command: string;
}

export interface EndpointInfo {
	id: string;
	method: 'GET' | 'POST';
	path: string;
	kind: EndpointKind;
	description: string;
}

export interface BenchRun {
	schema: 1;
	mode: 'full' | 'quick';
	startedAt: string;
	finishedAt: string;
	wallSeconds: number;
	notes: string[];
	machine: {
		cpus: number;
		cpuModel: string;
		memoryBytes: number;
		os: string;
		loadAverageAtStart: number[];
		loadAverageAtEnd: number[];
	};
	software: {
		python: string;
		packages: Record<string, string>;
		postgres: string;
		wrk: string;
		node: string;
	};
	method: {
		loadGenerator: string;
		host: string;
		wrkThreads: number;
		warmupSeconds: number;
		durationSeconds: number;
		timeoutSeconds: number;
		concurrency: number[];
		/** How the cases were ordered in time. */
		schedule: string;
		upstreamDelayMs: number;
		seededRows: number;
		dbPoolSize: number;
	};
	servers: ServerInfo[];
	endpoints: EndpointInfo[];
	results: CaseResult[];
}

/** The result for one server, endpoint and concurrency, or undefined when that case did not run. */
export function findCase(run: BenchRun, server: string, endpoint: string, concurrency: number): CaseResult | undefined {
	return run.results.find((r) => r.server === server && r.endpoint === endpoint && r.concurrency === concurrency);
}

/** The endpoint's description, failing loudly (at build time) on an unknown id. */
export function endpointInfo(run: BenchRun, endpoint: string): EndpointInfo {
	const info = run.endpoints.find((e) => e.id === endpoint);
	if (!info) throw new Error(`No endpoint "${endpoint}" in the benchmark results (have: ${run.endpoints.map((e) => e.id).join(', ')})`);
	return info;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Checks that `data` (a results file) has the shape the page renders and that every figure is a
 * finite number; throws, naming what is wrong, so a broken file fails the build.
 */
export function parseBenchRun(data: unknown, source = 'src/data/benchmarks/latest.json'): BenchRun {
	const fail = (what: string): never => {
		throw new Error(`${source}: ${what}`);
	};
	const run = (typeof data === 'object' && data !== null ? data : fail('not an object')) as Partial<BenchRun>;
	if (run.schema !== 1) fail(`schema is ${JSON.stringify(run.schema)}, expected 1`);
	for (const key of ['servers', 'endpoints', 'results', 'notes'] as const) {
		if (!Array.isArray(run[key])) fail(`"${key}" is not a list`);
	}
	if (!run.method || !Array.isArray(run.method.concurrency) || !run.method.concurrency.every(isNumber)) fail('"method.concurrency" is missing');
	if (!run.machine || !isNumber(run.machine.cpus)) fail('"machine.cpus" is missing');
	const servers = new Set(run.servers!.map((s) => s.id));
	const endpoints = new Set(run.endpoints!.map((e) => e.id));
	run.results!.forEach((r, i) => {
		const where = `results[${i}] (${r.server} ${r.endpoint} c=${r.concurrency})`;
		if (!servers.has(r.server)) fail(`${where}: unknown server`);
		if (!endpoints.has(r.endpoint)) fail(`${where}: unknown endpoint`);
		const latency = r.latencyMs ?? ({} as Partial<LatencyMs>);
		const errors = r.errors ?? ({} as Partial<ErrorCounts>);
		const figures = [r.concurrency, r.requests, r.seconds, r.requestsPerSecond, latency.p50, latency.p90, latency.p99, latency.max];
		const errorCounts = [errors.connect, errors.read, errors.write, errors.timeout, errors.status, errors.total];
		if (![...figures, ...errorCounts].every(isNumber)) fail(`${where}: a figure is missing or not a number`);
	});
	return run as BenchRun;
}
