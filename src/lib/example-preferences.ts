/**
 * The reader's two choices for tested examples, kept in localStorage and mirrored on <html> so
 * that CSS alone shows the right code before the first paint:
 *   data-fw="django|drf|fastapi"  the framework shown (tabs), or on the Django side (side by side)
 *   data-fw-layout="side|tabs"    side by side on wide screens, or tabs everywhere
 *   data-fw-js                    present once the switches work (without it, every framework's
 *                                 code is shown, one after the other)
 */
import { type Framework, FRAMEWORK_LABELS, FRAMEWORKS, isFramework } from './frameworks';

export const FRAMEWORK_KEY = 'example-framework';
export const LAYOUT_KEY = 'example-layout';
/** Where Starlight's synced tabs kept the choice before: read once, so it is not lost. */
export const LEGACY_FRAMEWORK_KEY = 'starlight-synced-tabs__framework';
export const DEFAULT_FRAMEWORK: Framework = 'fastapi';
export type Layout = 'side' | 'tabs';

export interface ExamplePreferences {
	framework: Framework;
	layout: Layout;
}

/** Reads the saved choices; anything unreadable counts as no choice (and is for the caller to reset). */
export function parsePreferences(
	framework: string | null,
	layout: string | null,
	legacy: string | null,
): ExamplePreferences {
	const fromLegacy = Object.entries(FRAMEWORK_LABELS).find(([, label]) => label === legacy)?.[0];
	const chosen = framework ?? fromLegacy;
	return {
		framework: isFramework(chosen) ? chosen : DEFAULT_FRAMEWORK,
		layout: layout === 'tabs' ? 'tabs' : 'side',
	};
}

/**
 * The same rules as a script small enough to run inline in <head>, before the page is painted
 * (the bundled script, src/client/example-switch.ts, takes over once the page has loaded).
 */
export const INLINE_PREFERENCES_SCRIPT = `(() => {
	const root = document.documentElement;
	const frameworks = ${JSON.stringify(FRAMEWORKS)};
	const labels = ${JSON.stringify(Object.fromEntries(FRAMEWORKS.map((framework) => [FRAMEWORK_LABELS[framework], framework])))};
	let framework = null, layout = null;
	try {
		framework = localStorage.getItem('${FRAMEWORK_KEY}') ?? labels[localStorage.getItem('${LEGACY_FRAMEWORK_KEY}')] ?? null;
		layout = localStorage.getItem('${LAYOUT_KEY}');
		if (framework !== null && !frameworks.includes(framework)) localStorage.removeItem('${FRAMEWORK_KEY}');
		if (layout !== null && layout !== 'side' && layout !== 'tabs') localStorage.removeItem('${LAYOUT_KEY}');
	} catch {}
	root.dataset.fw = frameworks.includes(framework) ? framework : '${DEFAULT_FRAMEWORK}';
	root.dataset.fwLayout = layout === 'tabs' ? 'tabs' : 'side';
	root.dataset.fwJs = '';
})();`;
