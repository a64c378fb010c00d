/** The endpoints both applications serve, identically. */
import { join } from 'node:path';
import type { EndpointInfo } from '../../../src/data/benchmarks/bench-run.ts';

export interface EndpointSpec extends EndpointInfo {
	/** A JSON file sent as the request body (POST endpoints only). */
	bodyFile?: string;
}

export const HARNESS_DIR = join(import.meta.dirname, '..');
export const ORDER_FILE = join(HARNESS_DIR, 'payloads', 'order.json');
export const UPSTREAM_DELAY_MS = 50;
export const SEEDED_ROWS = 1000;

export const ENDPOINTS: EndpointSpec[] = [
	{ id: 'json', method: 'GET', path: '/json', kind: 'framework', description: 'a fixed JSON body, no I/O' },
	{
		id: 'item',
		method: 'GET',
		path: '/items/1',
		kind: 'database',
		description: 'one row by primary key from PostgreSQL',
	},
	{
		id: 'items',
		method: 'GET',
		path: '/items?limit=20',
		kind: 'database',
		description: '20 rows ordered by id from PostgreSQL',
	},
	{
		id: 'upstream',
		method: 'GET',
		path: '/upstream',
		kind: 'io',
		description: `waits ${UPSTREAM_DELAY_MS} ms for a stand-in upstream (await asyncio.sleep in async code, time.sleep in sync views)`,
	},
	{
		id: 'validate',
		method: 'POST',
		path: '/validate',
		kind: 'validation',
		description: 'validates an order of 20 lines (nested objects, patterns, ranges, decimals) and returns its total',
		bodyFile: ORDER_FILE,
	},
];
