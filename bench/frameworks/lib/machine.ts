/** What the benchmark records about the machine and the tools it found there. */
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import type { BenchRun } from '../../../src/data/benchmarks/bench-run.ts';
import { run } from './processes.ts';

/** The 1-, 5- and 15-minute load averages, to two decimals. */
export const loadNow = (): number[] => loadavg().map((n) => Number(n.toFixed(2)));

/** The machine as a run records it; `loadAverageAtStart` is taken by the caller before any work. */
export function machineState(loadAverageAtStart: number[]): BenchRun['machine'] {
	const cpuList = cpus();
	return {
		cpus: cpuList.length,
		cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
		memoryBytes: totalmem(),
		os: `${type()} ${release()}`,
		loadAverageAtStart,
		loadAverageAtEnd: loadNow(),
	};
}

/** wrk's version line; fails with the install command when wrk is missing. */
export async function wrkVersion(): Promise<string> {
	const { stdout } = await run(['wrk', '-v'], { timeoutMs: 5_000, allowFailure: true }).catch(() => {
		throw new Error('wrk is not installed: run bench/frameworks/provision.sh (apt-get install wrk)');
	});
	return stdout
		.split('\n')[0]!
		.replace(/ Copyright.*$/, '')
		.trim();
}

/** Whether util-linux's taskset is there to pin the load generator apart from the servers. */
export const hasTaskset = (): Promise<boolean> =>
	run(['taskset', '--version'], { timeoutMs: 5_000 }).then(
		() => true,
		() => false,
	);
