/**
 * How the search index is split into several Pagefind indexes ("shards"), so that a build after a
 * small edit indexes again only the shards whose pages changed (src/integrations/pagefind.ts keeps
 * each shard's index in the build cache, keyed by what its pages say) and the browser merges them
 * (Pagefind's `mergeIndex`, src/client/search-engine.ts).
 *
 * Only collections with many entry pages are split off: a collection with more than `shardPages`
 * entry pages (claims and sources at scale) gets ⌈n / shardPages⌉ shards of its own, and each page
 * goes to the shard its id hashes to, so adding or deleting one entry moves no other page. Every
 * other page (home, lists, countries, treaties, briefings) and every page of a collection below
 * the threshold stays in the main index. A site as small as today's has one index, the main one:
 * what its readers download and the order of its results are those of a single Pagefind index.
 */
/** Collections whose entry pages may be split into shards of their own. */
export const SHARDED_COLLECTIONS = ['claims', 'sources'] as const;

/** Where the merged shards are, inside the main index's folder (`pagefind/shards/claims-1/`). */
export const SHARDS_FOLDER = 'shards';

/** The list of shards the browser merges, in the main index's folder. */
export const SHARDS_MANIFEST = 'shards.json';

export interface ShardsManifest {
  /** Folders of the shards to merge, relative to the main index's folder, each ending in "/". */
  shards: string[];
}

export interface SearchShard {
  /** '' for the main index; else the collection and a number, e.g. "claims-3". */
  name: string;
  /** HTML files of the output folder ("claims/x/index.html"), '/'-separated, sorted. */
  pages: string[];
}

/** FNV-1a, 32 bits: a stable, well-spread hash of an id (the same in every build and on every machine). */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The sharded collection and id of an entry page ("claims/x/index.html", as pathFor in
 * src/lib/urls/routes.ts makes it), if it is one. List pages are deeper ("claims/page/2/index.html").
 */
export function shardedEntry(page: string): { collection: string; id: string } | undefined {
  const match = /^([a-z]+)\/([^/]+)\/index\.html$/.exec(page);
  if (!match || !(SHARDED_COLLECTIONS as readonly string[]).includes(match[1]!)) return undefined;
  return { collection: match[1]!, id: match[2]! };
}

/** The shards of a build's pages: the main index first (always, even empty), then each collection's shards by number. */
export function planShards(pages: readonly string[], shardPages: number): SearchShard[] {
  if (!Number.isInteger(shardPages) || shardPages < 1)
    throw new Error(`shardPages must be a whole number ≥ 1, not ${shardPages}`);
  const main: string[] = [];
  const byCollection = new Map<string, { page: string; id: string }[]>();
  for (const page of pages) {
    const entry = shardedEntry(page);
    if (!entry) {
      main.push(page);
      continue;
    }
    const list = byCollection.get(entry.collection) ?? [];
    list.push({ page, id: entry.id });
    byCollection.set(entry.collection, list);
  }
  const shards: SearchShard[] = [];
  for (const collection of SHARDED_COLLECTIONS) {
    const entries = byCollection.get(collection) ?? [];
    if (entries.length <= shardPages) {
      main.push(...entries.map((e) => e.page));
      continue;
    }
    const count = Math.ceil(entries.length / shardPages);
    const buckets: string[][] = Array.from({ length: count }, () => []);
    for (const e of entries) buckets[stableHash(e.id) % count]!.push(e.page);
    buckets.forEach((bucket, i) => {
      if (bucket.length) shards.push({ name: `${collection}-${i + 1}`, pages: bucket.sort() });
    });
  }
  return [{ name: '', pages: main.sort() }, ...shards];
}

/** The folder of a shard's index inside the main index's folder ('' for the main index). */
export function shardFolder(shard: Pick<SearchShard, 'name'>): string {
  return shard.name ? `${SHARDS_FOLDER}/${shard.name}/` : '';
}

/** The manifest the browser reads: every shard but the main index. */
export function shardsManifest(shards: readonly SearchShard[]): ShardsManifest {
  return { shards: shards.filter((s) => s.name).map(shardFolder) };
}

/** Reads a manifest fetched by the browser; anything unexpected counts as "no shards" (search still works). */
export function parseShardsManifest(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const shards = (value as { shards?: unknown }).shards;
  if (!Array.isArray(shards)) return [];
  return shards.filter(
    (s): s is string => typeof s === 'string' && /^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/.test(s) && !s.includes('..'),
  );
}
