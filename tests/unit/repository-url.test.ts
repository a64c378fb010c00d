import { describe, expect, it } from 'vitest';
import { repositoryUrl } from '../../src/lib/repository-url';

const PACKAGE = 'https://github.com/owner/from-package';
const ACTIONS = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'fork/from-actions' };

describe('repositoryUrl', () => {
	it('prefers REPOSITORY_URL over everything else', () => {
		expect(repositoryUrl({ REPOSITORY_URL: 'https://git.example.org/me/site', ...ACTIONS }, PACKAGE)).toBe(
			'https://git.example.org/me/site',
		);
	});

	it('uses the repository GitHub Actions builds when REPOSITORY_URL is unset or empty', () => {
		expect(repositoryUrl(ACTIONS, PACKAGE)).toBe('https://github.com/fork/from-actions');
		expect(repositoryUrl({ REPOSITORY_URL: '', ...ACTIONS }, PACKAGE)).toBe('https://github.com/fork/from-actions');
	});

	it('needs both GitHub Actions variables', () => {
		expect(repositoryUrl({ GITHUB_REPOSITORY: 'fork/from-actions' }, PACKAGE)).toBe(PACKAGE);
	});

	it("falls back to package.json, in npm's object form too", () => {
		expect(repositoryUrl({}, PACKAGE)).toBe(PACKAGE);
		expect(repositoryUrl({}, { url: 'git+https://github.com/owner/from-package.git' })).toBe(PACKAGE);
		expect(repositoryUrl({}, `${PACKAGE}/`)).toBe(PACKAGE);
	});

	it('fails with what to set when there is no repository', () => {
		expect(() => repositoryUrl({}, undefined)).toThrow(/REPOSITORY_URL.*package\.json/);
	});

	it('rejects an address a browser cannot open', () => {
		expect(() => repositoryUrl({ REPOSITORY_URL: 'git@github.com:owner/site.git' }, PACKAGE)).toThrow(
			/not a web address/,
		);
	});
});
