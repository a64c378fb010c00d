import { describe, expect, it } from 'vitest';
import { pagefindUiOptions } from '../../src/plugins/pagefind-ui-options';

const STARLIGHT_MODULE_ID = '\0virtual:starlight/pagefind-config';
const STARLIGHT_MODULE_CODE = 'export const pagefindUserConfig = {"ranking":{"pageLength":0.1}}';

/** Runs the plugin's transform hook the way Vite does, with `this.error` throwing. */
function transform(code: string, id: string): string | undefined {
	const plugin = pagefindUiOptions({ debounceTimeoutMs: 50 });
	const context = {
		error: (message: string) => {
			throw new Error(message);
		},
	};
	const hook = plugin.transform as (this: typeof context, code: string, id: string) => string | undefined;
	return hook.call(context, code, id);
}

/** Evaluates a transformed module's body and returns the options object Starlight's search script would import. */
function evaluateOptions(code: string): Record<string, unknown> {
	return new Function(`${code.replace('export const', 'const')}; return pagefindUserConfig;`)();
}

describe('Pagefind UI options merged into Starlight’s search config', () => {
	it('adds the debounce beside the options Starlight already passes (ranking)', () => {
		const options = evaluateOptions(transform(STARLIGHT_MODULE_CODE, STARLIGHT_MODULE_ID) ?? '');
		expect(options).toEqual({ ranking: { pageLength: 0.1 }, debounceTimeoutMs: 50 });
	});

	it('leaves every other module alone', () => {
		expect(transform(STARLIGHT_MODULE_CODE, '/src/other.ts')).toBeUndefined();
	});

	it('fails the build, naming itself, when Starlight’s module no longer has the expected export', () => {
		expect(() => transform('export default {}', STARLIGHT_MODULE_ID)).toThrow(/pagefind-ui-options.*Starlight changed/);
	});
});
