import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXAMPLES_DIR } from './example-source';

/** One request and its answer, as a test recorded it (examples/exchanges.py). */
export interface RecordedExchange {
	request: string;
	requestBody?: unknown;
	status: number;
	headers: Record<string, string>;
	body: unknown;
	sql?: string[];
	sqlCount?: number;
}

export class ExchangeError extends Error {}

/** "validation/drf-reserved-username" -> that recording from examples/exchanges/validation.json. */
export function loadExchange(name: string, examplesDir = EXAMPLES_DIR): RecordedExchange {
	const [topic, ...rest] = name.split('/');
	const key = rest.join('/');
	if (!topic || !key) throw new ExchangeError(`"${name}" is not an exchange name (expected "topic/what-it-shows")`);
	const file = resolve(examplesDir, 'exchanges', `${topic}.json`);
	let recordings: Record<string, RecordedExchange>;
	try {
		recordings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, RecordedExchange>;
	} catch {
		throw new ExchangeError(
			`examples/exchanges/${topic}.json does not exist or is not JSON: run npm run exchanges:update`,
		);
	}
	const exchange = recordings[key];
	if (!exchange) throw new ExchangeError(`examples/exchanges/${topic}.json has no recording "${key}"`);
	return exchange;
}

const REASONS: Record<number, string> = {
	200: 'OK',
	201: 'Created',
	202: 'Accepted',
	204: 'No Content',
	301: 'Moved Permanently',
	302: 'Found',
	304: 'Not Modified',
	307: 'Temporary Redirect',
	308: 'Permanent Redirect',
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	409: 'Conflict',
	413: 'Content Too Large',
	415: 'Unsupported Media Type',
	422: 'Unprocessable Content',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	503: 'Service Unavailable',
};

/** "400 Bad Request" */
export const statusLine = (status: number) => `${status} ${REASONS[status] ?? ''}`.trim();

const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));

/** The response as a reader would see it with curl -i: status, the kept headers, the body. */
export function responseText(exchange: RecordedExchange): string {
	const headers = Object.entries(exchange.headers).map(([name, value]) => `${name}: ${value}`);
	const body = exchange.body === null || exchange.body === undefined ? [] : ['', asText(exchange.body)];
	return [`HTTP/1.1 ${statusLine(exchange.status)}`, ...headers, ...body].join('\n');
}

export function requestText(exchange: RecordedExchange): string {
	return exchange.requestBody === undefined
		? exchange.request
		: `${exchange.request}\n\n${asText(exchange.requestBody)}`;
}
