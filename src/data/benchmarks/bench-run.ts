/**
 * The shape of one framework benchmark run (bench/frameworks/run.ts writes it; the
 * framework-benchmarks page renders src/data/benchmarks/latest.json), lookups into it, and the one
 * rule the page uses to say which of two servers is faster (compareCells).
 *
 * Schema 2: every cell (server × endpoint × concurrency) holds several runs, their median and
 * their spread (lowest to highest). Schema 1 files held one run per cell, which cannot show a
 * spread; they are not read any more.
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

/** The median of a cell's runs and their range, lowest to highest. */
export interface Spread {
	median: number;
	min: number;
	max: number;
}

/** One wrk run of one cell. */
export interface RunFigures {
	/** The round it belonged to (1, 2, ...): each round measures every cell once. */
	round: number;
	/** Its place in the whole run's sequence of measurements (0-based). */
	sequence: number;
	requests: number;
	seconds: number;
	requestsPerSecond: number;
	latencyMs: LatencyMs;
	errors: ErrorCounts;
	/** The machine's 1-minute load average just after the run: other work shows up here. */
	loadAverage: number;
}

/** One cell: every run of it, and what the page shows (medians and spreads). */
export interface CaseResult {
	server: string;
	endpoint: string;
	concurrency: number;
	runs: RunFigures[];
	requestsPerSecond: Spread;
	latencyMs: { p50: Spread; p99: Spread };
	/** Errors summed over the runs. */
	errors: number;
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
	driver: 'psycopg' | 'asyncpg';
	database: string;
	command: string;
	/** The endpoints this server is measured on; all of them when absent. */
	endpoints?: string[];
	/** The server this one is a variant of (the same application with one thing changed). */
	variantOf?: string;
}

export interface EndpointInfo {
	id: string;
	method: 'GET' | 'POST';
	path: string;
	kind: EndpointKind;
	description: string;
}

export interface Pinning {
	/** Whether wrk and the servers ran on separate CPUs. */
	pinned: boolean;
	/** CPU list (taskset -c syntax) of the load generator, and of the servers and PostgreSQL. */
	loadGeneratorCpus: string;
	serverCpus: string;
	/** How, or why not. */
	note: string;
}

export interface BenchRun {
	schema: 2;
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
		/** Runs per cell. */
		runs: number;
		warmupSeconds: number;
		durationSeconds: number;
		/** The pause before every run, once the server answers again. */
		settleSeconds: number;
		timeoutSeconds: number;
		concurrency: number[];
		/** How the runs were ordered in time. */
		schedule: string;
		/** The seed of the servers' order in each round. */
		seed: number;
		upstreamDelayMs: number;
		seededRows: number;
		/** The most PostgreSQL connections one worker process may hold, on every server. */
		dbConnectionsPerProcess: number;
		pinning: Pinning;
	};
	servers: ServerInfo[];
	endpoints: EndpointInfo[];
	results: CaseResult[];
}

/** The cell for one server, endpoint and concurrency, or undefined when it was not measured. */
export function findCase(run: BenchRun, server: string, endpoint: string, concurrency: number): CaseResult | undefined {
	return run.results.find((r) => r.server === server && r.endpoint === endpoint && r.concurrency === concurrency);
}

/** Whether `server` is measured on `endpoint` (the driver variant only runs the database ones). */
export function measures(server: Pick<ServerInfo, 'endpoints'>, endpoint: string): boolean {
	return !server.endpoints || server.endpoints.includes(endpoint);
}

/** The entry with this id, failing loudly (at build time) with the ids there are. */
function byId<T extends { id: string }>(list: T[], id: string, what: string): T {
	const found = list.find((item) => item.id === id);
	if (!found)
		throw new Error(`No ${what} "${id}" in the benchmark results (have: ${list.map((item) => item.id).join(', ')})`);
	return found;
}

/** The endpoint's description, failing loudly (at build time) on an unknown id. */
export function endpointInfo(run: BenchRun, endpoint: string): EndpointInfo {
	return byId(run.endpoints, endpoint, 'endpoint');
}

/** The server's description, failing loudly (at build time) on an unknown id. */
export function serverInfo(run: BenchRun, server: string): ServerInfo {
	return byId(run.servers, server, 'server');
}

export function median(values: number[]): number {
	if (!values.length) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The median and the range of `values`, rounded to `digits` decimals. */
export function spreadOf(values: number[], digits = 3): Spread {
	return {
		median: round(median(values), digits),
		min: round(Math.min(...values), digits),
		max: round(Math.max(...values), digits),
	};
}

/** A cell from its runs: medians and spreads of requests/s, p50 and p99, errors summed. */
export function summarizeCell(
	where: { server: string; endpoint: string; concurrency: number },
	runs: RunFigures[],
): CaseResult {
	return {
		...where,
		runs,
		requestsPerSecond: spreadOf(
			runs.map((r) => r.requestsPerSecond),
			1,
		),
		latencyMs: {
			p50: spreadOf(runs.map((r) => r.latencyMs.p50)),
			p99: spreadOf(runs.map((r) => r.latencyMs.p99)),
		},
		errors: runs.reduce((sum, r) => sum + r.errors.total, 0),
	};
}

export type Comparison = 'faster' | 'slower' | 'no difference';

/**
 * Whether `a` answered more requests per second than `b`: "faster" only when a's slowest run beat
 * b's fastest, "slower" the other way round, and "no difference" whenever the two ranges overlap
 * (the difference is smaller than the runs' own spread).
 */
export function compareCells(a: Pick<CaseResult, 'requestsPerSecond'>, b: Pick<CaseResult, 'requestsPerSecond'>): Comparison {
	if (a.requestsPerSecond.min > b.requestsPerSecond.max) return 'faster';
	if (a.requestsPerSecond.max < b.requestsPerSecond.min) return 'slower';
	return 'no difference';
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isSpread = (value: unknown): boolean => {
	const s = value as Partial<Spread> | undefined;
	return !!s && isNumber(s.median) && isNumber(s.min) && isNumber(s.max) && s.min <= s.median && s.median <= s.max;
};

/**
 * Checks that `data` (a results file) has the shape the page renders and that every figure is a
 * finite number; throws, naming what is wrong, so a broken file fails the build.
 */
export function parseBenchRun(data: unknown, source = 'src/data/benchmarks/latest.json'): BenchRun {
	const fail = (what: string): never => {
		throw new Error(`${source}: ${what}`);
	};
	const run = (typeof data === 'object' && data !== null ? data : fail('not an object')) as Partial<BenchRun>;
	if (run.schema !== 2) fail(`schema is ${JSON.stringify(run.schema)}, expected 2 (several runs per cell)`);
	for (const key of ['servers', 'endpoints', 'results', 'notes'] as const) {
		if (!Array.isArray(run[key])) fail(`"${key}" is not a list`);
	}
	if (!run.method || !Array.isArray(run.method.concurrency) || !run.method.concurrency.every(isNumber))
		fail('"method.concurrency" is missing');
	if (!isNumber(run.method!.runs) || run.method!.runs < 1) fail('"method.runs" is missing');
	if (!isNumber(run.method!.dbConnectionsPerProcess)) fail('"method.dbConnectionsPerProcess" is missing');
	if (!run.method!.pinning || typeof run.method!.pinning.pinned !== 'boolean') fail('"method.pinning" is missing');
	if (!run.machine || !isNumber(run.machine.cpus)) fail('"machine.cpus" is missing');
	const servers = new Map(run.servers!.map((s) => [s.id, s]));
	const endpoints = new Set(run.endpoints!.map((e) => e.id));
	run.results!.forEach((r, i) => {
		const where = `results[${i}] (${r.server} ${r.endpoint} c=${r.concurrency})`;
		const server = servers.get(r.server);
		if (!server) fail(`${where}: unknown server`);
		if (!endpoints.has(r.endpoint)) fail(`${where}: unknown endpoint`);
		if (!measures(server!, r.endpoint)) fail(`${where}: the server is not measured on this endpoint`);
		if (!Array.isArray(r.runs) || r.runs.length === 0) fail(`${where}: no runs`);
		r.runs.forEach((one, j) => {
			const latency = one.latencyMs ?? ({} as Partial<LatencyMs>);
			const errors = one.errors ?? ({} as Partial<ErrorCounts>);
			const figures = [one.round, one.requests, one.seconds, one.requestsPerSecond, latency.p50, latency.p99];
			if (![...figures, errors.total].every(isNumber)) fail(`${where}: runs[${j}]: a figure is missing or not a number`);
		});
		const spreads = [r.requestsPerSecond, r.latencyMs?.p50, r.latencyMs?.p99];
		if (!spreads.every(isSpread) || !isNumber(r.errors))
			fail(`${where}: a median, spread or error count is missing or not a number`);
	});
	return run as BenchRun;
}
