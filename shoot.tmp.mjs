import { chromium } from '@playwright/test';
const [, , url, out, w, h, full, extra] = process.argv;
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
const errors = [];
page.on('console', (m) => {
	if (m.type() === 'error') errors.push(m.text());
});
await page.goto(url);
if (extra) await page.evaluate(extra);
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: full === 'full' });
const info = await page.evaluate(() => {
	const blocks = [...document.querySelectorAll('.expressive-code pre')].filter((e) => e.offsetParent);
	const clipped = blocks.filter((e) => e.scrollWidth > e.clientWidth + 1).length;
	return {
		blocks: blocks.length,
		clipped,
		height: document.documentElement.scrollHeight,
		both: document.querySelectorAll('.fw-example[data-both]').length,
	};
});
console.log(JSON.stringify(info), errors);
await browser.close();
