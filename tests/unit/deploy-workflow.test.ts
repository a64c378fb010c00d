import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';

type Step = { id?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Workflow = { jobs: Record<string, { needs?: string | string[]; steps?: Step[] }> };

const ROOT = resolve(import.meta.dirname, '../..');
const workflow = parse(readFileSync(resolve(ROOT, '.github/workflows/deploy.yml'), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
const usesAction = (name: string) => steps.find((step) => step.uses?.startsWith(`${name}@`));
const buildStep = steps.find((step) => step.run?.trim() === 'npm run build');
const configurePages = usesAction('actions/configure-pages');

describe('the GitHub Pages workflow', () => {
	afterEach(() => vi.unstubAllEnvs());

	it('builds with the URL and base path that configure-pages reports', () => {
		expect(configurePages?.id, 'configure-pages needs an id to read its outputs').toBeTruthy();
		const outputs = `steps.${configurePages?.id}.outputs`;
		expect(buildStep?.env).toMatchObject({
			SITE_URL: `\${{ ${outputs}.origin }}`,
			BASE_PATH: `\${{ ${outputs}.base_path }}`,
			REPOSITORY_URL: '${{ github.server_url }}/${{ github.repository }}',
		});
		// In the same job and before it: a later step's outputs would be empty.
		expect(steps.indexOf(configurePages!)).toBeLessThan(steps.indexOf(buildStep!));
	});

	it('uploads the directory the build writes', async () => {
		// astro.config.mjs as the workflow's build sees it: no OUT_DIR.
		vi.stubEnv('OUT_DIR', undefined);
		vi.resetModules();
		const { default: config } = await import('../../astro.config.mjs');
		const uploaded = usesAction('actions/upload-pages-artifact')?.with?.['path'];
		expect(typeof uploaded).toBe('string');
		expect(resolve(ROOT, uploaded as string)).toBe(resolve(ROOT, String(config.outDir)));
	});

	it('clones the whole history, which last-updated dates are read from', () => {
		expect(usesAction('actions/checkout')?.with?.['fetch-depth']).toBe(0);
	});

	it('deploys only after the build job', () => {
		const deployJob = Object.values(workflow.jobs).find((job) =>
			job.steps?.some((step) => step.uses?.startsWith('actions/deploy-pages@')),
		);
		const buildJob = Object.entries(workflow.jobs).find(([, job]) => job.steps?.includes(buildStep!))?.[0];
		expect([deployJob?.needs].flat()).toContain(buildJob);
	});
});
