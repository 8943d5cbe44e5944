/**
 * Pagefind, loaded once and on first use. The bundle is fetched from `${BASE_URL}pagefind/`
 * (works under a sub-path such as /ledger/ from a plain file server) and result URLs get the
 * same base. Shared by the header dialog and the search page.
 *
 * On top of Pagefind's ranking, search answers (src/lib/search/search-answer.ts): the treaties and
 * countries the words name (names.json, fetched with Pagefind) come first, a country × treaty pair
 * gets its status line (answers/<country>.json, fetched when a country is named), and at about
 * equal relevance verified pages come before weakly sourced ones.
 */
import { EVIDENCE_FILTER, SEARCH_RANKING } from '../lib/search/search-facets.ts';
import {
  entityFilters,
  namedInQuery,
  namesIndexOf,
  rankByEvidence,
  type CountryAnswers,
  type NamedInQuery,
  type NamesFile,
  type NamesIndex,
} from '../lib/search/search-answer.ts';
import type { PagefindFragment } from '../lib/search/search-results.ts';
import { SHARDS_MANIFEST, parseShardsManifest } from '../lib/search/search-shards.ts';
import { isEmptySearch, toPagefindFilters, type SearchState } from '../lib/search/search-url.ts';

/** Filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/** The part of Pagefind's browser API (pagefind/pagefind.js) used here. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
export const BUNDLE_PATH = `${BASE}pagefind/`;

let loading: Promise<PagefindApi> | undefined;

/** Starts loading Pagefind (script, WebAssembly, index metadata) if it has not started yet. */
export function loadPagefind(): Promise<PagefindApi> {
  if (!loading) {
    const url = `${BUNDLE_PATH}pagefind.js`;
    // A large site's index comes in shards (src/lib/search/search-shards.ts), listed in a manifest
    // fetched beside the script; each is merged with the options of the main index.
    const shards = fetch(`${BUNDLE_PATH}${SHARDS_MANIFEST}`)
      .then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))
      .then(parseShardsManifest, () => []);
    loading = (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pagefind) => {
      const options = { baseUrl: BASE, excerptLength: 24, ranking: SEARCH_RANKING };
      await pagefind.options({ basePath: BUNDLE_PATH, ...options });
      await pagefind.init();
      await Promise.all((await shards).map((shard) => pagefind.mergeIndex(`${BUNDLE_PATH}${shard}`, options)));
      return pagefind;
    });
    // A failed load (offline, file moved) may be retried by the next search.
    loading.catch(() => (loading = undefined));
    void loadNames();
  }
  return loading;
}

let names: Promise<NamesIndex> | undefined;
const answers = new Map<string, Promise<CountryAnswers | undefined>>();

/** Fetches a JSON file of the site; undefined when it cannot (search then works without answers). */
async function siteJson<T>(path: string): Promise<T | undefined> {
  try {
    const response = await fetch(`${BASE}${path}`);
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Every name of a treaty or country, fetched once when search opens. */
export function loadNames(): Promise<NamesIndex> {
  names ??= siteJson<NamesFile>('search/names.json').then((file) => {
    if (!file) names = undefined; // try again next time
    return namesIndexOf(file ?? {});
  });
  return names;
}

function countryAnswers(id: string): Promise<CountryAnswers | undefined> {
  let answer = answers.get(id);
  if (!answer) {
    answer = siteJson<CountryAnswers>(`search/answers/${encodeURIComponent(id)}.json`);
    answers.set(id, answer);
  }
  return answer;
}

export interface SearchOutcome {
  /** Named pages first, then Pagefind's results ranked with their evidence, each once. */
  results: PagefindResult[];
  /** Counts per filter value for the words alone, ignoring the selected filters. */
  counts: FilterCounts;
  /** What the words name; empty for a filter-only search. */
  named: NamedInQuery;
  /** The answers of each named country, by id (those that could be loaded). */
  answers: Map<string, CountryAnswers>;
}

const NOTHING_NAMED: NamedInQuery = { matches: [], ambiguous: [] };

/** Runs a search; an empty state (no words, no filters) finds nothing without asking Pagefind. */
export async function runSearch(state: SearchState): Promise<SearchOutcome> {
  if (isEmptySearch(state)) return { results: [], counts: {}, named: NOTHING_NAMED, answers: new Map() };
  const [pagefind, index] = await Promise.all([loadPagefind(), loadNames()]);
  const filters = toPagefindFilters(state);
  const words = state.q || null;
  const named = words ? namedInQuery(words, index) : NOTHING_NAMED;
  const withEvidence = (value: string) =>
    words ? pagefind.search(words, { filters: { ...filters, [EVIDENCE_FILTER]: value } }) : null;
  const [found, verified, weak, pages, loaded] = await Promise.all([
    pagefind.search(words, { filters }),
    withEvidence('verified'),
    withEvidence('weak'),
    // Each named page through Pagefind itself (its filters find exactly that page), so it is shown
    // like any result, and only when the reader's filters allow it.
    Promise.all(
      named.matches.map(async ({ entity }) => {
        const only = entityFilters(filters, entity);
        return only ? ((await pagefind.search(null, { filters: only }))?.results[0] ?? null) : null;
      }),
    ),
    Promise.all(
      named.matches
        .filter((m) => m.entity.type === 'country')
        .map(async ({ entity }) => [entity.id, await countryAnswers(entity.id)] as const),
    ),
  ]);
  const first = pages.filter((r): r is PagefindResult => r !== null);
  const firstIds = new Set(first.map((r) => r.id));
  const ids = (found: PagefindSearch | null) => new Set((found?.results ?? []).map((r) => r.id));
  const rest = rankByEvidence(
    (found?.results ?? []).filter((r) => !firstIds.has(r.id)),
    { verified: ids(verified), weak: ids(weak) },
  );
  const byCountry = new Map<string, CountryAnswers>();
  for (const [id, answer] of loaded) if (answer) byCountry.set(id, answer);
  return { results: [...first, ...rest], counts: found?.totalFilters ?? {}, named, answers: byCountry };
}

/** Every filter value in the index with its page count (the search page's facet options). */
export async function allFilters(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}
