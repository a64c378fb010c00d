/**
 * A search that forgives. Pagefind returns only pages that contain every word of the query, so
 * "how do I use select_related in fastapi" finds nothing although one page answers it. This wraps
 * the Pagefind module the search dialog loads (src/plugins/forgiving-search.ts hands Pagefind UI
 * the wrapped module) and changes `search` and `preload`:
 *
 * 1. Words that mean nothing on this site (filler such as "how do I", "what is the", "vs", and the
 *    names every page carries: "django", "fastapi", "equivalent") are dropped. A query of nothing
 *    else ("should I use django or fastapi") keeps its words but for single letters. A query in
 *    double quotes is Pagefind's exact search and is left alone.
 * 2. One word left: Pagefind searches it as usual.
 * 3. Several: Pagefind's strict search (every word required) runs beside a search for each word
 *    on its own, and the pages are merged, ranked by how many of the words they match, each word
 *    weighted by how well the page matches it (its score there over the best score any page has
 *    for it), plus half a word for each pair of query words that stand together on the page (in
 *    any order; halved again for each query word between the two). A page with all the words
 *    keeps the strict result, whose excerpt marks every word.
 *
 * Ranking every multi-word query this way, not only when the strict search finds too little, was
 * measured on the test set (tests/e2e/search-queries.json): the strict order puts long pages that
 * happen to hold every word of a question above the page that answers it.
 *
 * It stays one search per debounced keystroke in the dialog: the per-word searches belong to the
 * query that needed them, and each word's result is kept for the next keystroke.
 *
 * The function is self-contained (no imports, nothing from module scope) because the ranking test
 * and `npm run bench` run its source in the browser against the built index, via `toString()`.
 */

/** The part of a Pagefind result the merge reads; `data` loads the page's excerpt and URL. */
export interface PagefindResultLike {
	id: string;
	score: number;
	/** Where the matched words sit in the page, counted in words. */
	words?: number[];
	data: () => Promise<unknown>;
}

/** The part of Pagefind's search response the merge reads; the rest is passed on unchanged. */
export interface PagefindResponseLike<R extends PagefindResultLike = PagefindResultLike> {
	results: R[];
	unfilteredResultCount: number;
}

/** The Pagefind module, `pagefind.js`, as far as the wrapper uses it. */
export interface PagefindLike<R extends PagefindResultLike = PagefindResultLike> {
	search: (term: string, options?: object) => Promise<PagefindResponseLike<R> | null>;
	preload: (term: string, options?: object) => Promise<unknown>;
	/** Every filter's values with their page counts; loaded once. */
	filters?: () => Promise<Record<string, Record<string, number>>>;
}

export function forgivingPagefind<R extends PagefindResultLike, P extends PagefindLike<R>>(pagefind: P): P {
	/** Words that carry no meaning here, compared lower-cased without punctuation ("what's" is "whats"). */
	const FILLER = new Set(
		[
			// English words that only hold a question together.
			'a about after again all also am an and any anyone anything are around as at be because been before being between both',
			'but by can cant could did do does doesnt doing done each either else even ever every everything for from further',
			'had has have having here how hows i if im in into is isnt it its ive just least let lets like me might more most',
			'much must my no nor not now of off on once one only onto or other our out over own per please quite rather really',
			'same should so some something still such than that the their them then there these they thing things this those',
			'though through to too under until up upon us very via was way ways we well were what whats when where whether',
			'which while who whom why will with without wont would yet you your',
			// Words of asking and trying that name no topic.
			'able actually approach basic best correct correctly easily easy eg etc example get gets getting got help instead',
			'know make makes making need needs official possible practice practices problem proper properly question right',
			'simple simply support thanks try tried trying use used uses using vs versus want wants work works working',
			// Names every page carries, and the words that ask for a counterpart.
			'django djangos fastapi fastapis drf python equivalent equivalents alternative alternatives counterpart replacement similar',
		]
			.join(' ')
			.split(' '),
	);
	/** How far apart, in words, two query words may sit on a page to count as a phrase, and what that adds. */
	const NEAR = 2;
	const PAIR_BONUS = 0.5;
	/** The pair's bonus is multiplied by this for each query word between the two. */
	const GAP_FACTOR = 0.5;
	const plain = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}_]/gu, '');
	/** The words worth searching for: the query without filler, or the whole query if that is all it has. */
	const meaningful = (term: string): string[] => {
		const { kept, words } = split(term);
		if (kept.length > 0) return kept;
		// Only filler: searched as typed, but a lone letter ("I") would match every word it starts.
		const longer = words.filter((word) => plain(word).length > 1);
		return longer.length > 0 ? longer : words;
	};
	const split = (term: string) => {
		// Pagefind drops punctuation from a query word but keeps symbols, while its index splits
		// words at both: "allow_null=True" must become "allow_null True" to match.
		const words = term
			// "Django REST framework" is DRF, which every page names.
			.replace(/\b(django\s+)?rest\s+framework\b/giu, ' ')
			.replace(/[^\p{L}\p{N}_.\-'’\s]/gu, ' ')
			.split(/\s+/)
			.filter((word) => plain(word) !== '');
		// A filler word written as code ("get(**filters)") is a name here.
		const code = new Set([...term.matchAll(/([\p{L}\p{N}_]+)[([]/gu)].map(([, name]) => plain(name!)));
		const kept = words.filter((word) => code.has(plain(word)) || !FILLER.has(plain(word)));
		return { kept, words };
	};
	const isExact = (term: string) => /^\s*".+"\s*$/.test(term);

	/** One word's response, kept while the reader types the next words (a few dozen at most). */
	const wordCache = new Map<string, Promise<PagefindResponseLike<R> | null>>();
	const searchWord = (word: string, options: object | undefined) => {
		const key = `${plain(word)}\u0000${JSON.stringify(options ?? {})}`;
		let response = wordCache.get(key);
		if (!response) {
			if (wordCache.size >= 64) wordCache.delete(wordCache.keys().next().value!);
			response = pagefind.search(word, options);
			wordCache.set(key, response);
		}
		return response;
	};

	/**
	 * Starlight gives the page title (h1) the id "_top", so Pagefind lists a page's opening text, and
	 * on a Compare page the map rows it explains, as a sub-result of its own, which Pagefind UI may
	 * thin out. Made the page's root again, its excerpt shows under the title: for a Django name, the
	 * row "Django name → FastAPI side".
	 */
	type Data = {
		url: string;
		excerpt: string;
		meta?: Record<string, string>;
		sub_results?: { url: string; excerpt: string }[];
	};
	const withIntro = (result: R): R => ({
		...result,
		data: async () => {
			const data = (await result.data()) as Data;
			// Metadata that only ranks (a Compare page's Django names): Pagefind UI would list it as a tag.
			delete data.meta?.['django'];
			const intro = data.sub_results?.[0];
			if (intro?.url.endsWith('#_top')) {
				intro.url = data.url;
				data.excerpt = intro.excerpt;
			}
			return data;
		},
	});
	const present = (response: PagefindResponseLike<R> | null) =>
		response && { ...response, results: response.results.map(withIntro) };

	// A query that is exactly a Django name of the map (as written: `DATABASES`, not "databases")
	// puts the page that explains it first; the names are the values of the pages' `name` filter.
	let names: Promise<Set<string>> | undefined;
	const knownNames = () =>
		(names ??= Promise.resolve(pagefind.filters?.())
			.then((filters) => new Set(Object.keys(filters?.['name'] ?? {})))
			.catch(() => new Set<string>()));
	const search = async (term: string, options?: object) => {
		const name = term.trim().replace(/`/g, '');
		const [response, known] = await Promise.all([ranked(term, options), knownNames()]);
		if (!response || !known.has(name)) return present(response);
		const named = await pagefind.search(null as unknown as string, { ...options, filters: { name } });
		const first = new Set((named?.results ?? []).map((result) => result.id));
		const results = [...(named?.results ?? []), ...response.results.filter((result) => !first.has(result.id))];
		return present({ ...response, results, unfilteredResultCount: results.length });
	};
	const ranked = async (term: string, options?: object): Promise<PagefindResponseLike<R> | null> => {
		if (isExact(term)) return pagefind.search(term, options);
		const words = meaningful(term);
		if (words.length < 2) return pagefind.search(words.join(' '), options);
		const [strict, ...perWord] = await Promise.all([
			pagefind.search(words.join(' '), options),
			...words.map((word) => searchWord(word, options)),
		]);
		// Each word counts up to 1 for a page: its score there over the best score any page has for it.
		const pages = new Map<string, { best: R; words: number; at: (number[] | undefined)[] }>();
		perWord.forEach((response, index) => {
			const results = response?.results ?? [];
			const top = Math.max(...results.map((result) => result.score), Number.MIN_VALUE);
			for (const result of results) {
				let page = pages.get(result.id);
				if (!page) pages.set(result.id, (page = { best: result, words: 0, at: [] }));
				page.words += result.score / top;
				page.at[index] = result.words;
				if (result.score > page.best.score) page.best = result;
			}
		});
		// Two words of the query next to each other on a page ("lazy loading") count as half a word more,
		// less when the query has other words between them.
		const near = (a: number[] = [], b: number[] = []) => {
			// Both lists are in page order: walk them together.
			for (let i = 0, j = 0; i < a.length && j < b.length;) {
				if (Math.abs(a[i]! - b[j]!) <= NEAR) return true;
				if (a[i]! < b[j]!) i++;
				else j++;
			}
			return false;
		};
		for (const page of pages.values()) {
			for (let index = 1; index < words.length; index++) {
				for (let other = 0; other < index; other++) {
					if (near(page.at[other], page.at[index])) page.words += PAIR_BONUS * GAP_FACTOR ** (index - other - 1);
				}
			}
		}
		// A page with every word keeps Pagefind's own result, whose excerpt marks all of them.
		const strictResults = new Map((strict?.results ?? []).map((result) => [result.id, result]));
		const results = [...pages.values()]
			.sort((a, b) => b.words - a.words)
			.map(({ best }) => strictResults.get(best.id) ?? best);
		const base = strict ?? perWord.find((response) => response) ?? { results: [], unfilteredResultCount: 0 };
		return { ...base, results, unfilteredResultCount: results.length };
	};

	const preload = (term: string, options?: object) =>
		pagefind.preload(isExact(term) ? term : meaningful(term).join(' '), options);

	return { ...pagefind, search, preload };
}
