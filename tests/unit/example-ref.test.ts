import { describe, expect, it } from 'vitest';
import { ExampleError, expressiveCodeMarks, lastMarkedLine, parseExampleRef } from '../../src/lib/example-ref';

describe('parseExampleRef', () => {
	it('reads a bare path', () => {
		expect(parseExampleRef('topic/fastapi_app/main.py')).toEqual({
			path: 'topic/fastapi_app/main.py',
			region: undefined,
			marked: [],
		});
	});

	it('reads a region and highlighted ranges', () => {
		expect(parseExampleRef('topic/main.py#create {1, 3-5}')).toEqual({
			path: 'topic/main.py',
			region: 'create',
			marked: [
				{ from: 1, to: 1 },
				{ from: 3, to: 5 },
			],
		});
	});

	it.each(['', '#region', 'topic/main.py {a}', 'topic/main.py {5-3}', 'topic/main.py {0}'])(
		'rejects the malformed reference %j',
		(spec) => expect(() => parseExampleRef(spec)).toThrow(ExampleError),
	);

	it.each(['../secrets.py', '/etc/passwd', 'topic/../../x.py'])('refuses paths outside examples/: %s', (spec) =>
		expect(() => parseExampleRef(spec)).toThrow(/inside it|not an example reference/),
	);
});

describe('lastMarkedLine', () => {
	it('is the highest line any range reaches', () => {
		expect(lastMarkedLine(parseExampleRef('a.py {2,7-9,4}').marked)).toBe(9);
		expect(lastMarkedLine([])).toBe(0);
	});
});

describe('expressiveCodeMarks', () => {
	it('gives Expressive Code the ranges as it takes them', () => {
		expect(expressiveCodeMarks(parseExampleRef('a.py {2,7-9}').marked)).toEqual([{ range: '2' }, { range: '7-9' }]);
	});
});
