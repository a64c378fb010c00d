import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Where Pagefind UI loads the Pagefind module: the one line this plugin rewrites. */
const PAGEFIND_IMPORT = 'await import(`${base_path}pagefind.js`)';
const WRAPPER = fileURLToPath(new URL('../lib/forgiving-search.ts', import.meta.url));

/**
 * Hands Pagefind UI (as Starlight loads it in the search dialog) the Pagefind module wrapped by
 * src/lib/forgiving-search.ts, so that filler words no longer empty the result and a query that
 * finds too little widens to its words. Everything else in the dialog stays Starlight's and
 * Pagefind UI's: the rendering, the keyboard handling, the debounce and the result messages.
 */
export function forgivingSearch(): Plugin {
	let wrapped = false;
	return {
		name: 'forgiving-search',
		transform(code, id) {
			if (!/[\\/]@pagefind[\\/]default-ui[\\/]/.test(id) || !code.includes('imported_pagefind')) return;
			if (!code.includes(PAGEFIND_IMPORT)) {
				this.error(
					`[forgiving-search] ${id} no longer loads Pagefind with ${PAGEFIND_IMPORT}: Pagefind UI changed; update this plugin`,
				);
			}
			wrapped = true;
			return [
				`import { forgivingPagefind as __forgivingPagefind } from ${JSON.stringify(WRAPPER)};`,
				code.replace(PAGEFIND_IMPORT, `__forgivingPagefind(${PAGEFIND_IMPORT})`),
			].join('\n');
		},
		buildEnd() {
			if (this.environment?.name === 'client' && !wrapped) {
				this.error('[forgiving-search] Pagefind UI was never bundled: the search dialog would search strictly');
			}
		},
	};
}
