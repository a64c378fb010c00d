import { describe, expect, it } from 'vitest';
import { parseWrkOutput, toRunFigures, wrkArgs } from '../../bench/frameworks/lib/wrk';

// What wrk prints with bench/frameworks/report.lua: its own summary, then the script's line.
const OUTPUT = `Running 8s test @ http://127.0.0.1:41234/json
  1 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     3.71ms    1.02ms  31.20ms   91.35%
    Req/Sec     4.33k   312.50     4.80k    80.00%
  34640 requests in 8.00s, 5.15MB read
Requests/sec:   4329.87
Transfer/sec:    659.71KB
BENCH_RESULT {"requests":34640,"duration_us":8000200,"bytes":5400000,"errors":{"connect":0,"read":2,"write":0,"status":5,"timeout":1},"latency_us":{"p50":3601,"p90":4420,"p99":8912,"max":31200}}
`;

describe('parseWrkOutput', () => {
	it('reads requests, duration, percentiles and errors from the summary line', () => {
		const summary = parseWrkOutput(OUTPUT);
		expect(summary.requests).toBe(34640);
		expect(summary.seconds).toBe(8);
		expect(summary.requestsPerSecond).toBe(4329.9);
		expect(summary.latencyMs).toEqual({ p50: 3.601, p90: 4.42, p99: 8.912, max: 31.2 });
		expect(summary.errors).toEqual({ connect: 0, read: 2, write: 0, timeout: 1, status: 5, total: 8 });
	});

	it("fails with wrk's own output when the script printed nothing", () => {
		expect(() => parseWrkOutput('unable to connect to 127.0.0.1:1 Connection refused\n')).toThrow(
			/no BENCH_RESULT line[\s\S]*Connection refused/,
		);
	});

	it('fails on a summary that is not JSON or lacks a figure', () => {
		expect(() => parseWrkOutput('BENCH_RESULT {"requests":')).toThrow(/not JSON/);
		const missing = OUTPUT.replace('"p99":8912,', '');
		expect(() => parseWrkOutput(missing)).toThrow(/latency_us\.p99/);
		const negative = OUTPUT.replace('"requests":34640', '"requests":-1');
		expect(() => parseWrkOutput(negative)).toThrow(/"requests" is -1/);
	});

	it('refuses a run that lasted no time at all', () => {
		expect(() => parseWrkOutput(OUTPUT.replace('"duration_us":8000200', '"duration_us":0'))).toThrow(/0 µs/);
	});
});

describe('wrkArgs', () => {
	const options = {
		url: 'http://127.0.0.1:8000/json',
		threads: 2,
		durationSeconds: 8,
		timeoutSeconds: 10,
		script: 'report.lua',
	};

	it('passes duration, timeout, script and URL, the URL last', () => {
		expect(wrkArgs({ ...options, connections: 64 })).toEqual([
			'--threads=2',
			'--connections=64',
			'--duration=8s',
			'--timeout=10s',
			'--script=report.lua',
			'http://127.0.0.1:8000/json',
		]);
	});

	it('never asks for more threads than connections (wrk refuses that)', () => {
		expect(wrkArgs({ ...options, connections: 1 })[0]).toBe('--threads=1');
	});
});

describe('toRunFigures', () => {
	it('labels a summary with its round and place in the run, and rounds the load average', () => {
		const figures = toRunFigures(parseWrkOutput(OUTPUT), { round: 2, sequence: 17, loadAverage: 1.23456 });
		expect(figures).toMatchObject({
			round: 2,
			sequence: 17,
			loadAverage: 1.23,
			requests: 34640,
			requestsPerSecond: 4329.9,
		});
	});
});
