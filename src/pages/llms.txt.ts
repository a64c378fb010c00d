import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_NAME } from '../data/site';
import { formatLlmsTxt, type LlmsLink } from '../lib/llms-txt';
import { publicPages } from '../lib/site-pages';
import { SITE_SECTIONS, sectionOf } from '../lib/site-sections';
import { absoluteUrl, pagePath } from '../lib/site-url';

const SUMMARY = `${SITE_DESCRIPTION.replace(/\.$/, '')}: a learning path in seven phases, topic-by-topic comparisons of Django, DRF, Django Ninja and FastAPI code, guides to choosing, combining and migrating, and reference pages.`;

const TESTING =
	'Every code example on these pages is a real file in the repository, included rather than pasted. The test suite runs each one with pytest twice, on Django 5.2 LTS and Django 6.1, each with the current DRF, FastAPI, SQLAlchemy 2.1 and Pydantic 2 (the exact versions are on the Tested versions page), turns deprecation warnings into errors, and fails when a page shows a file no test executes or names a file, region or line that does not exist.';

/** /llms.txt for readers who use AI assistants: every page, grouped and ordered as in the sidebar. */
export const GET: APIRoute = async ({ site }) => {
	const base = import.meta.env.BASE_URL;
	const pages = await publicPages();
	const sections = SITE_SECTIONS.map((label) => ({
		label,
		links: pages
			.filter((entry) => sectionOf(entry.id) === label)
			.map((entry): LlmsLink => ({
				title: entry.data.title,
				url: absoluteUrl(pagePath(entry.id), site, base),
				description: entry.data.description,
			})),
	}));
	const text = formatLlmsTxt({ name: SITE_NAME, summary: SUMMARY, details: [TESTING], sections });
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
