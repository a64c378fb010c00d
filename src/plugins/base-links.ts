import {
	defineHastPlugin,
	type HastNode,
	type HastPluginEntry,
	type HastVisitorContext,
	type MdxJsxFlowElementHast,
	type MdxJsxTextElementHast,
} from 'satteri';
import { withBase } from '../lib/site-url';

/** `/compare/…`, not `//host/…`, `https://…`, `#anchor` or a relative path. */
const isRootRelative = (href: unknown): href is string => typeof href === 'string' && /^\/(?!\/)/.test(href);

/**
 * Puts the base path in front of root-relative links written in content, in Markdown
 * (`[text](/compare/…)`) and in components (`<LinkCard href="/path/" />`): Astro adds `base` to its
 * own links but never to these. Listed before the links validator, which then checks what readers get.
 * (Raw HTML in a plain .md file is not rewritten; the validator reports such a link under a base.)
 */
export function baseLinks(base: string): HastPluginEntry {
	if (withBase('/', base) === '/') return null; // served from the root: nothing to change

	const rewrite = (node: Readonly<HastNode>, href: unknown, ctx: HastVisitorContext) => {
		if (isRootRelative(href)) ctx.setProperty(node, 'href', withBase(href, base));
	};
	const jsxHref = {
		filter: [], // every component: an `href` prop is a link
		visit(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) {
			const href = node.attributes.find(
				(attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href',
			);
			rewrite(node, href?.value, ctx); // an {expression} is not a string: it is its author's to get right
		},
	};

	return defineHastPlugin({
		name: 'base-links',
		element: { filter: ['a'], visit: (node, ctx) => rewrite(node, node.properties['href'], ctx) },
		mdxJsxFlowElement: jsxHref,
		mdxJsxTextElement: jsxHref,
	});
}
