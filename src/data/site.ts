/** The site's name: Starlight's `title` in astro.config.mjs, the social preview images and llms.txt. */
export const SITE_NAME = 'Django to FastAPI';
