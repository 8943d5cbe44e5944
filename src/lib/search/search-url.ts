/**
 * The search page's state lives in its URL, so a shared link reproduces the search:
 * `/search/?q=mine+ban&type=claim&country=Poland`. One parameter per facet (repeatable: any of the
 * values), `q` for the words. Parsing keeps what it understands and drops the rest.
 */
import { FACETS, type Facet } from './search-facets.ts';

export interface SearchState {
  /** The words as typed (ends trimmed); empty for a filter-only search. */
  q: string;
  /** Selected values per facet; a facet with no values is absent. */
  filters: Partial<Record<Facet, string[]>>;
}

export function parseSearchState(query: string | URLSearchParams): SearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: Partial<Record<Facet, string[]>> = {};
  for (const facet of FACETS) {
    const values = [
      ...new Set(
        params
          .getAll(facet)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length) filters[facet] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** "?q=…&type=…" in a stable order (q, then facets in their order), or "" for an empty search. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isEmptySearch(state: SearchState): boolean {
  return !state.q.trim() && FACETS.every((f) => !state.filters[f]?.length);
}

/** Pagefind's `filters` option: one value as a string, several as "any of". */
export function toPagefindFilters(state: SearchState): Record<string, string | { any: string[] }> {
  const out: Record<string, string | { any: string[] }> = {};
  for (const facet of FACETS) {
    const values = state.filters[facet];
    if (!values?.length) continue;
    out[facet] = values.length === 1 ? (values[0] as string) : { any: values };
  }
  return out;
}
