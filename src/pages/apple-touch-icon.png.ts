import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import sharp from 'sharp';

/**
 * The home-screen icon, drawn from public/favicon.svg at build time so the two never differ.
 * iOS fills transparency with black and rounds the corners itself: the rounded tile sits on white.
 */
export const GET: APIRoute = async () => {
	const svg = readFileSync(join(process.cwd(), 'public', 'favicon.svg'));
	const png = await sharp(svg, { density: 600 })
		.resize(148, 148)
		.extend({ top: 16, bottom: 16, left: 16, right: 16, background: '#ffffff' })
		.flatten({ background: '#ffffff' })
		.png()
		.toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
