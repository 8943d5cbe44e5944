/**
 * The search vocabulary shared by the pages (which write Pagefind filters and metadata) and the
 * search scripts (which read them back): facet names in URL and index, their labels, and the
 * labels of the fixed values. Only type imports, so the browser bundle stays small.
 */
import type { Verdict } from '../../schemas/claims.ts';
import type { Standing } from '../../schemas/sources.ts';
import type { Topic } from '../../schemas/treaties.ts';
import type { RoutedCollection } from '../urls/routes.ts';
import { STANDING_LABELS as STANDING_WORDS, TOPIC_LABELS, VERDICT_LABELS } from '../domain/labels.ts';

/** Result types, one per routed collection, in the order the facet shows them. */
export const SEARCH_TYPES = ['briefing', 'treaty', 'country', 'claim', 'source'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The collection whose pages have each type (its index page is `/<collection>/`). */
export const TYPE_COLLECTIONS = {
  briefing: 'briefings',
  treaty: 'treaties',
  country: 'countries',
  claim: 'claims',
  source: 'sources',
} as const satisfies Record<SearchType, RoutedCollection>;

export const TYPE_LABELS: Record<SearchType, string> = {
  briefing: 'Briefing',
  treaty: 'Treaty',
  country: 'Country',
  claim: 'Claim',
  source: 'Source',
};

/** Plural labels for the facet and for the index links shown when search cannot run. */
export const TYPE_PLURALS: Record<SearchType, string> = {
  briefing: 'Briefings',
  treaty: 'Treaties',
  country: 'Countries',
  claim: 'Claims',
  source: 'Sources',
};

/**
 * Facets: the Pagefind filter key is also the URL parameter (`/search/?q=mines&type=claim`).
 * Order is the order of the controls on the search page.
 */
export const FACETS = ['type', 'topic', 'treaty', 'country', 'region', 'year', 'verdict', 'standing'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * The filter that says how well a claim or source is sourced ("verified" or "weak"; see
 * src/lib/search/search-meta.ts). No control shows it; search ranks with it.
 */
export const EVIDENCE_FILTER = 'evidence';

export const FACET_LABELS: Record<Facet, string> = {
  type: 'Type',
  topic: 'Topic',
  treaty: 'Treaty',
  country: 'Country',
  region: 'Region',
  year: 'Year',
  verdict: 'Verdict',
  standing: 'Source standing',
};

/** Verdict values are the schema's own (src/schemas/claims.ts); their words live in domain/labels.ts. */
export { VERDICT_LABELS };

/** Source standings (src/schemas/sources.ts) as a search result and the standing facet show them: the words of domain/labels.ts, capitalised. */
export const STANDING_LABELS = Object.fromEntries(
  Object.entries(STANDING_WORDS).map(([standing, words]) => [standing, words.charAt(0).toUpperCase() + words.slice(1)]),
) as Record<Standing, string>;

/** How a facet value reads on screen: types and verdicts have labels, names stand as they are. */
export function facetValueLabel(facet: Facet, value: string): string {
  if (facet === 'type') return TYPE_PLURALS[value as SearchType] ?? value;
  if (facet === 'verdict') return VERDICT_LABELS[value as Verdict] ?? value;
  if (facet === 'standing') return STANDING_LABELS[value as Standing] ?? value;
  if (facet === 'topic') return TOPIC_LABELS[value as Topic] ?? value;
  return value;
}

export function isSearchType(value: string): value is SearchType {
  return (SEARCH_TYPES as readonly string[]).includes(value);
}

/**
 * Search-time ranking (Pagefind's `ranking` option). The page's names are also a metadata field,
 * "names", and a query matching it gets Pagefind's metadata boost at `names` weight — well above
 * the default title boost (5), so "mine ban" finds the Ottawa Convention before headlines that
 * contain the words. pageLength is lowered because the entities readers look for (a treaty, a
 * country) are long pages; the default (0.75) favours short pages that merely mention them.
 */
export const SEARCH_RANKING = { pageLength: 0.1, metaWeights: { names: 20 } } as const;
