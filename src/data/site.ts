/** The site's name: Starlight's `title` in astro.config.mjs, the social preview images and llms.txt. */
export const SITE_NAME = 'Django to FastAPI';

/** One sentence on what the site is: Starlight's `description` (every page's default meta) and llms.txt. */
export const SITE_DESCRIPTION =
	'A tested, phase-by-phase guide for Django developers who build, compare, combine and migrate services with FastAPI.';
