/** The llms.txt format (llmstxt.org): a title, a quoted summary, prose, then `##` sections of links. */

export interface LlmsLink {
	title: string;
	url: string;
	description: string;
}

export interface LlmsTxt {
	name: string;
	summary: string;
	details: string[];
	sections: { label: string; links: LlmsLink[] }[];
}

// Frontmatter may wrap lines; each llms.txt entry must stay on one.
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const linkText = (text: string): string => oneLine(text).replace(/[[\]\\]/g, '\\$&');

export function formatLlmsTxt({ name, summary, details, sections }: LlmsTxt): string {
	const blocks = [
		`# ${oneLine(name)}`,
		`> ${oneLine(summary)}`,
		...details.map(oneLine),
		...sections
			.filter(({ links }) => links.length > 0)
			.map(({ label, links }) =>
				[
					`## ${label}`,
					'',
					...links.map(({ title, url, description }) => `- [${linkText(title)}](${url}): ${oneLine(description)}`),
				].join('\n'),
			),
	];
	return `${blocks.join('\n\n')}\n`;
}
