import type { Plugin } from 'vite';

/** The module Starlight's search script reads its Pagefind UI options from, once Vite resolved it. */
const STARLIGHT_PAGEFIND_CONFIG = '\0virtual:starlight/pagefind-config';

/**
 * Pagefind UI options Starlight's config schema does not let through (it keeps only `ranking`,
 * `indexWeight` and `mergeIndex`). Merged into Starlight's own options module, so its search
 * script passes them to `new PagefindUI(...)` unchanged.
 */
export interface PagefindUiOptions {
	/** Quiet time after a keystroke before a search runs; Pagefind UI preloads the index on every keystroke meanwhile. */
	debounceTimeoutMs: number;
	/** Words in each excerpt; Pagefind UI shows 12 when sub-results are on, which cuts a table row before its FastAPI cell. */
	excerptLength?: number;
}

export function pagefindUiOptions(options: PagefindUiOptions): Plugin {
	let merged = false;
	return {
		name: 'pagefind-ui-options',
		transform(code, id) {
			if (id !== STARLIGHT_PAGEFIND_CONFIG) return;
			if (!code.includes('export const pagefindUserConfig')) {
				this.error(
					`[pagefind-ui-options] ${id} no longer exports pagefindUserConfig: Starlight changed; update this plugin`,
				);
			}
			merged = true;
			return `${code}\nObject.assign(pagefindUserConfig, ${JSON.stringify(options)});`;
		},
		buildEnd() {
			// The client build bundles Starlight's search script; if it did not meet the module, the options were lost.
			if (this.environment?.name === 'client' && !merged) {
				this.error(
					"[pagefind-ui-options] Starlight's Pagefind options module was never loaded: the search debounce is not applied",
				);
			}
		},
	};
}
