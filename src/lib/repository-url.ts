/** package.json's `repository`: a URL, or npm's object form `{ "type": "git", "url": "…" }`. */
export type PackageRepository = string | { url?: string } | undefined;

type Environment = Partial<Record<'REPOSITORY_URL' | 'GITHUB_SERVER_URL' | 'GITHUB_REPOSITORY', string>>;

/**
 * The web address of the site's repository, for "Edit this page" links. A fork or a mirror names
 * itself: REPOSITORY_URL if set, else the repository GitHub Actions is building, else package.json.
 */
export function repositoryUrl(env: Environment, packageRepository: PackageRepository): string {
	const { REPOSITORY_URL, GITHUB_SERVER_URL, GITHUB_REPOSITORY } = env;
	const fromPackage = typeof packageRepository === 'string' ? packageRepository : packageRepository?.url;
	const url =
		REPOSITORY_URL ||
		(GITHUB_SERVER_URL && GITHUB_REPOSITORY ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}` : fromPackage);
	if (!url) throw new Error('No repository URL: set REPOSITORY_URL or the "repository" field of package.json');
	// npm writes "git+https://…/name.git"; a browser needs the plain page address.
	const web = url
		.replace(/^git\+/, '')
		.replace(/\.git$/, '')
		.replace(/\/+$/, '');
	if (!/^https?:\/\/[^/]+\/./.test(web)) throw new Error(`Repository URL is not a web address: "${url}"`);
	return web;
}
