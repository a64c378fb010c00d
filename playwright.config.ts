import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/chromium.ts';
import { BASE_PATH } from './tests/e2e/support/site.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4322);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'off',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: CHROMIUM_LAUNCH_OPTIONS,
			},
		},
	],
	// The built site, as readers get it: search only exists in a build. `astro preview` serves it
	// under the base path it was built with (and OUT_DIR), both read from the same environment.
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
