/**
 * How the browser tests and the benchmark start Chromium: Debian's build (Playwright cannot
 * download its own here), without the background traffic this machine's closed network refuses.
 */
export const CHROMIUM_LAUNCH_OPTIONS = {
	executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
};
