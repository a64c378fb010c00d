/** A box-and-arrow architecture diagram, rendered at build time by ArchitectureDiagram.astro. */

/** `django` and `fastapi` boxes get their own fill; `group` is a dashed frame around other boxes. */
export type BoxKind = 'django' | 'fastapi' | 'neutral' | 'group';

export interface DiagramBox {
	id: string;
	label: string;
	/** A second, smaller line under the label. */
	detail?: string;
	kind: BoxKind;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface DiagramArrow {
	from: string;
	to: string;
	label?: string;
}

export interface DiagramSpec {
	/** Unique on the page: the SVG's title, description and arrowhead ids derive from it. */
	id: string;
	/** Read by screen readers as the image's name. */
	title: string;
	/** Read by screen readers as the image's description: say in words what the picture shows. */
	description: string;
	width: number;
	height: number;
	boxes: DiagramBox[];
	arrows: DiagramArrow[];
}

/** Checks a spec when the module loads, so a wrong id or a box off the canvas fails the build. */
export function defineDiagram(spec: DiagramSpec): DiagramSpec {
	const where = `[ArchitectureDiagram] "${spec.id}"`;
	const ids = new Set<string>();
	for (const box of spec.boxes) {
		if (ids.has(box.id)) throw new Error(`${where}: two boxes are called "${box.id}"`);
		ids.add(box.id);
		if (box.x < 0 || box.y < 0 || box.x + box.width > spec.width || box.y + box.height > spec.height) {
			throw new Error(`${where}: box "${box.id}" lies outside the ${spec.width}×${spec.height} canvas`);
		}
	}
	for (const arrow of spec.arrows) {
		for (const end of [arrow.from, arrow.to]) {
			if (!ids.has(end)) throw new Error(`${where}: an arrow points at "${end}", which is not a box`);
		}
	}
	return spec;
}

export interface ArrowLine {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	/** Where the label goes and which way its text runs from there. */
	labelX: number;
	labelY: number;
	labelAnchor: 'start' | 'middle' | 'end';
}

/** Keeps an arrow's end inside a box's edge, as near as it can get to where the other end is. */
const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
const EDGE_MARGIN = 24;

/** From the side of `a` that faces `b` to the facing side of `b`: vertical first, then horizontal. */
export function arrowLine(a: DiagramBox, b: DiagramBox): ArrowLine {
	const centre = (box: DiagramBox) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
	const [ca, cb] = [centre(a), centre(b)];
	const alongX = (box: DiagramBox, towards: number) =>
		clamp(towards, box.x + EDGE_MARGIN, box.x + box.width - EDGE_MARGIN);
	const alongY = (box: DiagramBox, towards: number) =>
		clamp(towards, box.y + EDGE_MARGIN, box.y + box.height - EDGE_MARGIN);
	let line: [number, number, number, number];
	if (b.y >= a.y + a.height) line = [alongX(a, cb.x), a.y + a.height, alongX(b, ca.x), b.y];
	else if (a.y >= b.y + b.height) line = [alongX(a, cb.x), a.y, alongX(b, ca.x), b.y + b.height];
	else if (b.x >= a.x + a.width) line = [a.x + a.width, alongY(a, cb.y), b.x, alongY(b, ca.y)];
	else line = [a.x, alongY(a, cb.y), b.x + b.width, alongY(b, ca.y)];
	const [x1, y1, x2, y2] = line;
	const [midX, midY] = [(x1 + x2) / 2, (y1 + y2) / 2];
	if (y1 === y2) return { x1, y1, x2, y2, labelX: midX, labelY: midY - 8, labelAnchor: 'middle' };
	const anchor = x2 < x1 ? 'end' : 'start'; // beside the line, on the side it leans away from
	return { x1, y1, x2, y2, labelX: midX + (anchor === 'end' ? -8 : 8), labelY: midY + 4, labelAnchor: anchor };
}
