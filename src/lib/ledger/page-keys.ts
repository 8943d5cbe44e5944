/**
 * The `cacheKey` of every page that `getStaticPaths` returns (Astro's experimental.incrementalBuild):
 * a page whose key and code are unchanged is copied from the previous build instead of rendered.
 * A key that misses something the page shows is a silently stale page, so each key is computed
 * from the ledger, never from rendered output, and errs on the side of covering too much:
 *
 * - **settings**: every environment setting that reaches a page (PAGE_KEY_SETTINGS), the as-of date
 *   the build resolved, the base path, the site, the repository for edit links, whether git history
 *   could be read, and what this dated edition leaves out (links to those entries are unlinked);
 * - **an entry's own hash**: its collection, id, data, body, file path and the date git says the
 *   file last changed;
 * - **a card**: an entry's own hash with the own hashes of everything it points at (a claim with
 *   the sources, countries, treaties and claims it names), which is what a page shows of a
 *   neighbour (its title, its verdict, the names of its subjects);
 * - **an entry page** (claims, sources, countries, treaties, briefings, and the feeds and paged
 *   claim lists of countries and treaties): the settings, its own card, the card of every entry it
 *   points at and of every entry that points at it (backlinks, related claims both ways, the
 *   briefings that cite it, the claims about a country), and the **world** when the page shows
 *   statuses or events: every country, treaty, participation record, event file and organization,
 *   with the sources they cite (a country page lists every treaty, a treaty page every country);
 * - **a page of the claims list**: the settings, its place (filter, page, pages), how many claims
 *   each verdict and kind has, and the own hash of each claim it lists.
 *
 * When a page starts to show something new from the ledger, its key must cover it: tests in
 * tests/site/incremental.test.ts build after random edits and compare with a cold build.
 */
import { createHash } from 'node:crypto';
import type { ClaimListPage } from './claim-lists.ts';
import type { Entry, Ledger } from './ledger.ts';

/** Environment settings that reach the output (README › Deploying); each is part of every key. */
export const PAGE_KEY_SETTINGS = [
  'AS_OF',
  'BASE_PATH',
  'SITE_URL',
  'CLAIMS_PER_PAGE',
  'REPOSITORY_URL',
  'REPOSITORY_BRANCH',
  'GITHUB_REPOSITORY',
  'GITHUB_SERVER_URL',
  'LEDGER_CONTENT_DIR',
] as const;

/** Changed whenever what a key covers changes, so caches from older keys are never matched. */
const KEY_VERSION = 'page-keys/1';

/** Collections whose pages have keys. */
export type KeyedCollection = 'claims' | 'sources' | 'countries' | 'treaties' | 'briefings';

/** The collections that make up the world: what statuses, events and memberships are computed from. */
const WORLD = ['countries', 'treaties', 'participation', 'events', 'organizations'] as const;
/** Of those, the ones without pages of their own: a page they point at shows what they say (events, memberships). */
const WORLD_ONLY = ['participation', 'events', 'organizations'] as const;
/** Pages that show statuses, events or memberships, and so depend on the whole world. */
const SHOWS_WORLD: ReadonlySet<KeyedCollection> = new Set(['countries', 'treaties', 'briefings']);
const inCollections = (node: string, collections: readonly string[]) =>
  collections.some((c) => node.startsWith(`${c}:`));

export interface PageKeyContext {
  /** The environment the build runs with (only PAGE_KEY_SETTINGS are read). */
  env: Record<string, string | undefined>;
  /** Values the build resolved from it: the base path, the site, the repository, the history state. */
  resolved: Record<string, string | number | undefined>;
  /** The date git says a content file last changed (what the page footer prints), if any. */
  changed: (filePath: string | undefined) => string | undefined;
}

export interface PageKeys {
  /** The key of an entry's page, and of its feed and paged claim lists. */
  entry(collection: KeyedCollection, id: string): string;
  /** The key of one page of the claims list or a filter of it. */
  claimList(page: Pick<ClaimListPage, 'path' | 'page' | 'pages' | 'total' | 'items'>): string;
}

const digest = (...parts: readonly string[]) => createHash('sha256').update(parts.join('\u0000')).digest('base64url');

/** Every entry of a ledger by `collection:id`, as the link graph names them. */
function entriesOf(ledger: Ledger): Map<string, Entry<unknown>> {
  const all = new Map<string, Entry<unknown>>();
  const add = (collection: string, entries: Iterable<Entry<unknown>>) => {
    for (const e of entries) all.set(`${collection}:${e.id}`, e);
  };
  add('countries', ledger.countries.values());
  add('organizations', ledger.organizations.values());
  add('treaties', ledger.treaties.values());
  add('sources', ledger.sources.values());
  add('claims', ledger.claims.values());
  add('briefings', ledger.briefings.values());
  add('participation', ledger.participation.values());
  add('events', ledger.eventFiles.values());
  return all;
}

export function pageKeys(ledger: Ledger, context: PageKeyContext): PageKeys {
  const entries = entriesOf(ledger);
  const settings = digest(
    KEY_VERSION,
    JSON.stringify(PAGE_KEY_SETTINGS.map((name) => [name, context.env[name] ?? null])),
    JSON.stringify(Object.entries(context.resolved).sort(([a], [b]) => a.localeCompare(b))),
    ledger.asOf,
    JSON.stringify([...ledger.edition.leftOut].sort()),
  );

  // An event's edges come from its event id; its page-level owner is the events file (part of the world).
  const eventFileOf = new Map<string, string>();
  for (const file of ledger.eventFiles.values()) {
    for (const e of file.data.events) eventFileOf.set(e.id, file.id);
  }
  const nodeOf = (collection: string, id: string) =>
    collection === 'events' ? `events:${eventFileOf.get(id) ?? id}` : `${collection}:${id}`;

  const forward = new Map<string, Set<string>>();
  const backward = new Map<string, Set<string>>();
  const link = (index: Map<string, Set<string>>, from: string, to: string) => {
    let set = index.get(from);
    if (!set) index.set(from, (set = new Set()));
    set.add(to);
  };
  for (const edge of ledger.edges) {
    const from = nodeOf(edge.from.collection, edge.from.id);
    const to = `${edge.to.collection}:${edge.to.id}`;
    link(forward, from, to);
    link(backward, to, from);
  }

  const own = new Map<string, string>();
  const ownHash = (node: string): string => {
    let hash = own.get(node);
    if (hash === undefined) {
      const e = entries.get(node);
      hash = e
        ? digest(node, JSON.stringify(e.data), e.body ?? '', e.filePath ?? '', context.changed(e.filePath) ?? '')
        : digest(node, 'missing');
      own.set(node, hash);
    }
    return hash;
  };
  const cards = new Map<string, string>();
  const card = (node: string): string => {
    let hash = cards.get(node);
    if (hash === undefined) {
      hash = digest(ownHash(node), ...[...(forward.get(node) ?? [])].sort().map(ownHash));
      cards.set(node, hash);
    }
    return hash;
  };
  let world: string | undefined;
  const worldHash = () =>
    (world ??= digest(
      ...[...entries.keys()]
        .filter((node) => inCollections(node, WORLD))
        .sort()
        .map(card),
    ));

  const entryKeys = new Map<string, string>();
  const claimsByVerdictAndKind = digest(
    String(ledger.sorted.claims.length),
    JSON.stringify([...ledger.claimsByVerdict].map(([k, v]) => [k, v.length])),
    JSON.stringify([...ledger.claimsByKind].map(([k, v]) => [k, v.length])),
  );

  return {
    entry(collection, id) {
      const node = `${collection}:${id}`;
      let key = entryKeys.get(node);
      if (key === undefined) {
        const neighbours = [...new Set([...(forward.get(node) ?? []), ...(backward.get(node) ?? [])])].sort();
        const needsWorld = SHOWS_WORLD.has(collection) || neighbours.some((n) => inCollections(n, WORLD_ONLY));
        key = digest(settings, 'entry', card(node), ...neighbours.map(card), needsWorld ? worldHash() : '');
        entryKeys.set(node, key);
      }
      return key;
    },
    claimList(page) {
      return digest(
        settings,
        'claim-list',
        page.path,
        String(page.page),
        String(page.pages),
        String(page.total),
        claimsByVerdictAndKind,
        ...page.items.map((c) => ownHash(`claims:${c.id}`)),
      );
    },
  };
}
