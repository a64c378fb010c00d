// The site's TypeScript, Astro, CSS, JSON and config files (checked by `npm run test:format`).
// MDX pages keep their hand layout (.prettierignore); Python is ruff's (examples/ruff.toml).
/** @type {import('prettier').Config} */
export default {
	useTabs: true,
	singleQuote: true,
	printWidth: 120,
	plugins: ['prettier-plugin-astro'],
	overrides: [{ files: ['*.json', '*.yml', '*.md'], options: { useTabs: false } }],
};
