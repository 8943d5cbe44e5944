/**
 * Pagefind, loaded once and on first use. The bundle is fetched from `${BASE_URL}pagefind/`
 * (works under a sub-path such as /ledger/ from a plain file server) and result URLs get the
 * same base. Shared by the header dialog and the search page.
 */
import { SEARCH_RANKING } from '../lib/search/search-facets.ts';
import type { PagefindFragment } from '../lib/search/search-results.ts';
import { isEmptySearch, toPagefindFilters, type SearchState } from '../lib/search/search-url.ts';

/** Filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResult {
  id: string;
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
}

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
export const BUNDLE_PATH = `${BASE}pagefind/`;

let loading: Promise<PagefindApi> | undefined;

/** Starts loading Pagefind (script, WebAssembly, index metadata) if it has not started yet. */
export function loadPagefind(): Promise<PagefindApi> {
  if (!loading) {
    const url = `${BUNDLE_PATH}pagefind.js`;
    loading = (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pagefind) => {
      await pagefind.options({ basePath: BUNDLE_PATH, baseUrl: BASE, excerptLength: 24, ranking: SEARCH_RANKING });
      await pagefind.init();
      return pagefind;
    });
    // A failed load (offline, file moved) may be retried by the next search.
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

export interface SearchOutcome {
  results: PagefindResult[];
  /** Counts per filter value for the words alone, ignoring the selected filters. */
  counts: FilterCounts;
}

/** Runs a search; an empty state (no words, no filters) finds nothing without asking Pagefind. */
export async function runSearch(state: SearchState): Promise<SearchOutcome> {
  if (isEmptySearch(state)) return { results: [], counts: {} };
  const pagefind = await loadPagefind();
  const found = await pagefind.search(state.q || null, { filters: toPagefindFilters(state) });
  return { results: found?.results ?? [], counts: found?.totalFilters ?? {} };
}

/** Every filter value in the index with its page count (the search page's facet options). */
export async function allFilters(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}
