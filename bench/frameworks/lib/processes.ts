/** Child processes with bounded waits: commands that must finish, and servers that must stop. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface CommandResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs a command to completion, killing it after `timeoutMs`; throws unless it exits 0. */
export function run(
	argv: string[],
	options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs: number; allowFailure?: boolean },
): Promise<CommandResult> {
	const [command, ...args] = argv;
	if (!command) throw new Error('run: empty command');
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			env: options.env ?? process.env,
			cwd: options.cwd,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (status, signal) => {
			clearTimeout(timer);
			const result = { status, stdout, stderr };
			if (status === 0 || options.allowFailure) resolve(result);
			else
				reject(
					new Error(
						`${argv.join(' ')} failed (${signal ? `killed by ${signal}` : `exit ${status}`}):\n${stderr || stdout}`,
					),
				);
		});
	});
}

/** A long-running process in its own process group, so that its workers stop with it. */
export function startGroup(
	argv: string[],
	options: { env: NodeJS.ProcessEnv; cwd: string; logFile: number },
): ChildProcess {
	const [command, ...args] = argv;
	if (!command) throw new Error('startGroup: empty command');
	return spawn(command, args, {
		env: options.env,
		cwd: options.cwd,
		detached: true,
		stdio: ['ignore', options.logFile, options.logFile],
	});
}

/** SIGTERM to the whole group, then SIGKILL if it is still there after `graceMs`. */
export async function stopGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const signal = (name: NodeJS.Signals) => {
		try {
			process.kill(-child.pid!, name);
		} catch {
			// the group is already gone
		}
	};
	signal('SIGTERM');
	const stopped = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
	if (!stopped) {
		signal('SIGKILL');
		await Promise.race([exited, sleep(2_000)]);
	}
	signal('SIGKILL'); // any worker the parent left behind
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
			);
		});
	});
}

/** Polls `url` until it answers 200, at most `attempts` times, `intervalMs` apart. */
export async function waitForHttp(
	url: string,
	attempts: number,
	intervalMs: number,
	isAlive: () => boolean,
): Promise<void> {
	for (let attempt = 0; attempt < attempts; attempt++) {
		if (!isAlive()) throw new Error(`the server for ${url} exited while starting`);
		const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
			(response) => response.ok,
			() => false,
		);
		if (ok) return;
		await sleep(intervalMs);
	}
	throw new Error(`${url} did not answer within ${(attempts * intervalMs) / 1000} s`);
}

/** KEY=value lines (the files scripts/provision-python.sh and provision.sh write). */
export function readEnvFile(path: string): Record<string, string> {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new Error(`${path} is missing: run bench/frameworks/provision.sh first`);
	}
	return Object.fromEntries(
		text
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line && !line.startsWith('#') && line.includes('='))
			.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
	);
}
