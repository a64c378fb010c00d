import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// The same `~/` alias for src/ as tsconfig.json gives the site.
	resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
	},
});
