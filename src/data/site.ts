/** The site's name as Starlight's `title` in astro.config.mjs sets it; tests/e2e/build-artefacts.spec.ts checks they agree. */
export const SITE_NAME = 'Django to FastAPI';
