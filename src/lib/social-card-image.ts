import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { SOCIAL_CARD, titleFontSize, type SocialCardText } from './social-card';

// Fonts come from an npm package, not the system, so every machine draws the same image.
const FONT_DIR = join(process.cwd(), 'node_modules', '@fontsource', 'inter', 'files');
let fonts: { name: string; data: Buffer; weight: 600 | 700 }[] | undefined;
function loadFonts() {
	fonts ??= ([600, 700] as const).map((weight) => ({
		name: 'Inter',
		data: readFileSync(join(FONT_DIR, `inter-latin-${weight}-normal.woff`)),
		weight,
	}));
	return fonts;
}

type CardChildren = string | CardNode | CardNode[];
interface CardNode {
	type: string;
	props: { style?: Record<string, string | number>; src?: string; children?: CardChildren };
}
const box = (style: Record<string, string | number>, children: CardChildren): CardNode => ({
	type: 'div',
	props: { style, children },
});

const FAVICON = `data:image/svg+xml;base64,${readFileSync(join(process.cwd(), 'public', 'favicon.svg')).toString('base64')}`;
const DJANGO_GREEN = '#0c4b33';
const FASTAPI_TEAL = '#009688';

/** The card as satori's element tree: site name, section, title, and the favicon's two colours. */
export function socialCardTree({ title, section, siteName }: SocialCardText): CardNode {
	const icon: CardNode = { type: 'img', props: { src: FAVICON, style: { width: 64, height: 64 } } };
	return box(
		{
			display: 'flex',
			flexDirection: 'column',
			width: '100%',
			height: '100%',
			background: '#ffffff',
			fontFamily: 'Inter',
		},
		[
			box({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '64px 80px 56px' }, [
				box({ display: 'flex', alignItems: 'center', gap: 24, fontSize: 36, fontWeight: 700, color: DJANGO_GREEN }, [
					icon,
					box({}, siteName),
				]),
				box({ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 }, [
					// #00695c on white: 6.6:1, so the small label stays legible in a feed thumbnail.
					box(
						{
							fontSize: 30,
							fontWeight: 600,
							color: '#00695c',
							textTransform: 'uppercase',
							letterSpacing: 3,
							marginBottom: 20,
						},
						section,
					),
					box({ fontSize: titleFontSize(title), fontWeight: 700, color: '#111418', lineHeight: 1.15 }, title),
				]),
			]),
			box({ display: 'flex', height: 16 }, [
				box({ flexGrow: 1, background: DJANGO_GREEN }, ''),
				box({ flexGrow: 1, background: FASTAPI_TEAL }, ''),
			]),
		],
	);
}

/**
 * The card as a 1200×630 PNG; satori draws the text as paths, sharp rasterises the SVG. A palette
 * PNG halves the file (about 22 KB); effort 1 quantises about seven times faster than the default.
 */
export async function renderSocialCard(text: SocialCardText): Promise<Uint8Array<ArrayBuffer>> {
	const svg = await satori(socialCardTree(text), { ...SOCIAL_CARD, fonts: loadFonts() });
	const png = await sharp(Buffer.from(svg)).png({ palette: true, effort: 1 }).toBuffer();
	return new Uint8Array(png);
}
