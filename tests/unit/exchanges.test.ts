import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExchange, requestText, responseText, statusLine } from '../../src/lib/exchanges';
import { loadDocPages, parseDocPage } from './support/site-content';

const pages = loadDocPages();

describe('recorded exchanges shown on the pages', () => {
	const refs = pages.flatMap((page) => page.exchangeRefs.map((name) => [page.file, name] as const));

	it.each(refs)('%s shows %s, which a test recorded', (_page, name) => {
		expect(() => loadExchange(name)).not.toThrow();
	});

	it('are found in multi-line tags', () => {
		const page = parseDocPage('x.mdx', '<Exchange\n\tdrf="a/one"\n\tfastapi="a/two"\n/>');
		expect(page.exchangeRefs).toEqual(['a/one', 'a/two']);
	});
});

describe('loadExchange', () => {
	const dir = mkdtempSync(join(tmpdir(), 'exchanges-'));
	mkdirSync(join(dir, 'exchanges'));
	const exchange = {
		request: 'POST /items',
		requestBody: { name: 'a' },
		status: 422,
		headers: { 'content-type': 'application/json' },
		body: { detail: [] },
	};
	writeFileSync(join(dir, 'exchanges', 'demo.json'), JSON.stringify({ invalid: exchange }));

	it('reads a recording by topic and name', () => {
		expect(loadExchange('demo/invalid', dir)).toEqual(exchange);
	});

	it('names the file and the recording that are missing', () => {
		expect(() => loadExchange('demo/nope', dir)).toThrow('examples/exchanges/demo.json has no recording "nope"');
		expect(() => loadExchange('other/x', dir)).toThrow('examples/exchanges/other.json does not exist');
		expect(() => loadExchange('no-topic', dir)).toThrow('is not an exchange name');
	});

	it('shows the exchange as curl -i would', () => {
		expect(statusLine(422)).toBe('422 Unprocessable Content');
		expect(requestText(exchange)).toBe('POST /items\n\n{\n  "name": "a"\n}');
		expect(responseText(exchange)).toBe(
			'HTTP/1.1 422 Unprocessable Content\ncontent-type: application/json\n\n{\n  "detail": []\n}',
		);
	});
});
