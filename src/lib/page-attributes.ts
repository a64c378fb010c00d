/**
 * What a component shows for one attribute of its tag on a page (`drf="topic/views.py#list"`), or
 * a build error that names the component, the page and the attribute:
 * `[Example] src/content/docs/x.mdx: drf="topic/views.py#list": …`.
 */
export function loadAttribute<T>(
	component: string,
	page: string,
	attribute: string,
	value: string,
	load: (value: string) => T,
): T {
	try {
		return load(value);
	} catch (error) {
		throw new Error(`[${component}] ${page}: ${attribute}="${value}": ${(error as Error).message}`);
	}
}
