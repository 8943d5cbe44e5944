/**
 * Builds the Pagefind search index over the finished HTML with Pagefind's Node API (after
 * Starlight's integrations/pagefind.ts). Only markup inside `data-pagefind-body` is indexed; filters
 * and metadata come from `data-pagefind-filter` / `-meta` attributes in the pages. Pages with
 * definition lists are indexed from a copy whose terms and descriptions are kept apart
 * (src/lib/search/search-index-text.ts), so excerpts never run words together.
 *
 * At scale the index is split into shards (src/lib/search/search-shards.ts): the main index in
 * `pagefind/`, and the claims and sources in `pagefind/shards/<name>/`, listed in
 * `pagefind/shards.json` for the browser to merge. Each shard's finished index is kept in the build
 * cache under a key made from everything it is made of — every page's path and exact bytes, the
 * Pagefind version, its settings and the code that prepares the pages — so a build after a small
 * edit copies the unchanged shards and indexes only the others. The result is the same bytes as
 * indexing everything again: tests/site/incremental.test.ts compares it with a cold build.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { needsListSeparators, withListSeparators } from '../lib/search/search-index-text.ts';
import {
  SHARDS_MANIFEST,
  planShards,
  shardFolder,
  shardsManifest,
  type SearchShard,
} from '../lib/search/search-shards.ts';

/**
 * Word positions per index chunk. Pagefind's default (20,000) makes chunks of about 24 KB, and a
 * reader's second query usually needs one new chunk: over our 20 KB budget for it. 10,000 halves
 * each download; the price is more, smaller files (still a few dozen). Pagefind reads it from this
 * environment variable, which it marks unstable — a Pagefind upgrade must re-check the budget tests
 * in tests/site/search.test.ts, which measure exactly this.
 */
export const INDEX_CHUNK_LOCATIONS = 10_000;

/** Files Pagefind writes for its own ready-made UIs, which this site does not use or load. */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** A merged shard is searched by the main index's script and WebAssembly: its own copies are never fetched. */
const isMainOnlyFile = (file: string) => /^(pagefind\.js|pagefind-worker\.js|wasm\.[a-z_-]+\.pagefind)$/.test(file);

/** Changed whenever the layout or the meaning of a cached shard changes, so older caches are never used. */
const CACHE_FORMAT = 'search-index/1';
const CACHE_FOLDER = 'search-index';
const STAGE_FOLDER = '.pagefind-stage';

export interface SearchIndexOptions {
  /** The build's cache folder; shards are kept there between builds. Without it nothing is kept. */
  cacheDir?: string | undefined;
  /** Entry pages per shard (search-shards.ts); without it, one index. */
  shardPages?: number | undefined;
  /** Index every shard again, reading nothing from the cache (`astro build --force`). */
  force?: boolean | undefined;
}

export interface SearchIndexStats {
  /** Pages in the index, all shards together. */
  pages: number;
  /** Indexes written, the main one included. */
  shards: number;
  /** Of those, copied from the cache. */
  fromCache: number;
}

/** The version of the installed Pagefind (its package exports no package.json: found by walking up). */
function pagefindVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) throw new Error('Pagefind is not installed: run npm ci');
  }
}

/** What every shard's key starts with: the indexer, its settings and the code that prepares the pages. */
function indexerFingerprint(): string {
  return JSON.stringify([
    CACHE_FORMAT,
    pagefindVersion(),
    process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ?? '',
    withListSeparators.toString(),
    needsListSeparators.toString(),
    UNUSED_UI_FILES,
    isMainOnlyFile.toString(),
  ]);
}

/** A shard's pages as built, read once: for its key, and for Pagefind when the cache does not have it. */
interface ReadShard {
  shard: SearchShard;
  html: Buffer[];
}

/** The key of a shard's index: its name, then each page's path and a hash of its exact bytes. */
function shardKey(fingerprint: string, { shard, html }: ReadShard): string {
  const hash = createHash('sha256').update(fingerprint).update('\u0000').update(shard.name);
  shard.pages.forEach((page, i) => {
    hash.update(`\u0000${page}\u0000${createHash('sha1').update(html[i]!).digest('hex')}`);
  });
  return hash.digest('base64url');
}

/** Writes a shard's pages where Pagefind reads them: a separated copy, or a hard link to the page as built. */
function stagePages(outDir: string, stage: string, { shard, html }: ReadShard): void {
  const folders = new Set(shard.pages.map((page) => dirname(join(stage, page))));
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  shard.pages.forEach((page, i) => {
    const to = join(stage, page);
    const text = html[i]!.toString('utf8');
    if (needsListSeparators(text)) {
      writeFileSync(to, withListSeparators(text));
      return;
    }
    try {
      linkSync(join(outDir, page), to);
    } catch {
      writeFileSync(to, html[i]!);
    }
  });
}

/** Pages an index holds (pages without `data-pagefind-body`, such as the search page, are read and left out). */
function indexedPages(indexPath: string): number {
  const entry = JSON.parse(readFileSync(join(indexPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Indexes one shard's staged pages into `outputPath`. */
async function indexShard(stage: string, shard: SearchShard, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: stage });
  if (added.errors.length) throw new Error(`Pagefind could not index ${stage}: ${added.errors.join('; ')}`);
  if (added.page_count !== shard.pages.length) {
    throw new Error(`Pagefind read ${added.page_count} pages of shard "${shard.name}", not ${shard.pages.length}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  for (const file of readdirSync(outputPath)) {
    if (UNUSED_UI_FILES.includes(file) || (shard.name && isMainOnlyFile(file))) rmSync(join(outputPath, file));
  }
}

/**
 * Shards indexed at the same time: while Pagefind indexes one (its own process), this thread reads
 * and stages the next, so both cores work.
 */
const PARALLEL_SHARDS = 2;

export async function buildSearchIndex(outDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexStats> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_LOCATIONS);
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/') && !file.startsWith(`${STAGE_FOLDER}/`));
  const shards = planShards(pages, options.shardPages ?? Number.MAX_SAFE_INTEGER);
  const bundle = join(outDir, 'pagefind');
  const cache = options.cacheDir ? join(options.cacheDir, CACHE_FOLDER) : undefined;
  const fingerprint = cache ? indexerFingerprint() : '';
  const stageRoot = join(outDir, STAGE_FOLDER);
  const used = new Set<string>();
  const stats: SearchIndexStats = { pages: 0, shards: shards.length, fromCache: 0 };
  rmSync(stageRoot, { recursive: true, force: true });
  rmSync(bundle, { recursive: true, force: true });

  /** One shard: copied from the cache when its key is there, else staged, indexed (and kept in the cache). */
  const build = async (shard: SearchShard): Promise<void> => {
    const read: ReadShard = { shard, html: shard.pages.map((page) => readFileSync(join(outDir, page))) };
    const target = join(bundle, shardFolder(shard));
    const label = shard.name || 'main';
    const entry = cache ? `${label}-${shardKey(fingerprint, read)}` : undefined;
    if (cache && entry) {
      used.add(entry);
      if (!options.force && existsSync(join(cache, entry))) {
        cpSync(join(cache, entry), target, { recursive: true });
        stats.pages += indexedPages(target);
        stats.fromCache++;
        return;
      }
    }
    const stage = join(stageRoot, label);
    stagePages(outDir, stage, read);
    read.html.length = 0;
    if (cache && entry) {
      // Written beside its final name and renamed when complete: a cache entry is whole or absent.
      const partial = join(cache, `${entry}.partial`);
      rmSync(partial, { recursive: true, force: true });
      mkdirSync(cache, { recursive: true });
      await indexShard(stage, shard, partial);
      rmSync(join(cache, entry), { recursive: true, force: true });
      renameSync(partial, join(cache, entry));
      cpSync(join(cache, entry), target, { recursive: true });
    } else {
      await indexShard(stage, shard, target);
    }
    stats.pages += indexedPages(target);
    rmSync(stage, { recursive: true, force: true });
  };

  try {
    // PARALLEL_SHARDS at a time, the main index first (the largest). A shard's folder is inside the
    // main index's folder; neither Pagefind nor the copy empties a folder, so the order does not matter.
    const queue = [...shards];
    const worker = async () => {
      for (let shard = queue.shift(); shard; shard = queue.shift()) await build(shard);
    };
    await Promise.all(Array.from({ length: PARALLEL_SHARDS }, worker));
    writeFileSync(join(bundle, SHARDS_MANIFEST), `${JSON.stringify(shardsManifest(shards))}\n`);
    // Keep only what this build used: the next build after an edit needs these, not older ones.
    if (cache) {
      for (const old of readdirSync(cache))
        if (!used.has(old)) rmSync(join(cache, old), { recursive: true, force: true });
    }
    return stats;
  } finally {
    rmSync(stageRoot, { recursive: true, force: true });
    await pagefind.close();
  }
}
