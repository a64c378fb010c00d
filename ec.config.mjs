// @ts-check
// Expressive Code options that Starlight's <Code> component needs at build time (plugins are not
// serialisable, so they cannot live in astro.config.mjs).
import { copyFromLines } from './src/plugins/ec-copy-from-lines.ts';

/** @type {import('@astrojs/starlight/expressive-code').StarlightExpressiveCodeOptions} */
export default {
	plugins: [copyFromLines()],
	// Long lines wrap under their own indentation instead of hiding behind a sideways scroll, so the
	// highlighted line is always whole, in a column of code side by side too.
	defaultProps: { wrap: true, preserveIndent: true },
};
