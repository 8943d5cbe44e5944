/**
 * The integrity check, incremental. Most of its time goes into reading, parsing and scanning each
 * file (and rendering Markdown bodies for the pages); those results depend only on the file's
 * collection, path and exact text, the render base, and the code that computes them. So a build
 * keeps them, per file, in Astro's cache folder, and the next build hands the unchanged files'
 * results over (the same hand-off `prewarmContent` uses, core/handoff.ts) before the check runs:
 * only new and edited files are parsed again. The check itself runs in full every time: schema
 * validation of every file, references, and every rule across files, so a problem that an edit
 * elsewhere causes or cures is reported exactly as in a cold run.
 *
 * The cache is thrown away whole when the code could compute differently: its version is a digest
 * of every source file under src/lib and src/schemas and of package-lock.json.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readContentText } from '../check/content-files.ts';
import { listContentFiles, prepareFiles, rememberPrepared, type PrewarmResult } from './prewarm.ts';

interface CachedFile {
  /** sha256 of the file's text. */
  text: string;
  result: Omit<PrewarmResult, 'text'>;
}

interface CacheFile {
  version: string;
  renderBase: string | null;
  files: Record<string, CachedFile>;
}

export interface CheckCacheOptions {
  /** Astro's cache folder (the cache is one file in it). */
  cacheDir: string;
  /** The check's renderBase (the build's base path). */
  renderBase: string | undefined;
  /** The version of the code; default: `codeVersion(projectRoot)`. */
  version?: string;
  /** Threads for the files that are not in the cache, when there are at least `minFiles` of them (default 4000). */
  workers?: number;
  minFiles?: number;
}

export interface CheckCacheUse {
  files: number;
  /** Files whose results came from the cache. */
  reused: number;
  /** Files parsed again, and on how many threads (0: this one). */
  parsed: number;
  workers: number;
}

const CACHE_NAME = 'check-cache.v8';
const digest = (text: string | Buffer) => createHash('sha256').update(text).digest('base64url');

/** A digest of the code that parses and scans content: every source file of src/lib and src/schemas, and the lockfile. */
export function codeVersion(projectRoot: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (/\.(ts|mjs|js|json)$/.test(name) && !/\.test\.ts$/.test(name))
        hash.update(`${abs}\0`).update(readFileSync(abs)).update('\0');
    }
  };
  walk(join(projectRoot, 'src', 'lib'));
  walk(join(projectRoot, 'src', 'schemas'));
  const lock = join(projectRoot, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('base64url');
}

function readCache(file: string, version: string, renderBase: string | undefined): CacheFile['files'] {
  try {
    const cache = deserialize(readFileSync(file)) as CacheFile;
    return cache.version === version && cache.renderBase === (renderBase ?? null) ? cache.files : {};
  } catch {
    return {}; // none yet, or unreadable: everything is parsed
  }
}

/**
 * Hands over the cached results of unchanged files, prepares the others (on threads when there
 * are many), hands those over too, and writes the cache for the next build.
 */
export async function prepareWithCache(
  projectRoot: string,
  contentDir: string,
  options: CheckCacheOptions,
): Promise<CheckCacheUse> {
  const version = options.version ?? codeVersion(projectRoot);
  const cachePath = join(options.cacheDir, CACHE_NAME);
  const cached = readCache(cachePath, version, options.renderBase);
  const files = listContentFiles(projectRoot, contentDir);
  const hits: PrewarmResult[] = [];
  const misses: typeof files = [];
  const next: CacheFile['files'] = {};
  for (const file of files) {
    const key = `${file.collection}\0${file.path}`;
    const text = readContentText(file.abs);
    const hash = digest(text);
    const entry = cached[key];
    if (entry && entry.text === hash) {
      hits.push({ ...entry.result, text });
      next[key] = entry;
    } else misses.push(file);
  }
  const threads = Math.min(options.workers ?? availableParallelism(), Math.ceil(misses.length / 100));
  const workers = misses.length >= (options.minFiles ?? 4000) && threads >= 2 ? threads : 0;
  const fresh = await prepareFiles(misses, options.renderBase, workers);
  for (const { text, ...result } of fresh)
    next[`${result.collection}\0${result.path}`] = { text: digest(text), result };
  rememberPrepared(hits, options.renderBase);
  rememberPrepared(fresh, options.renderBase);
  mkdirSync(options.cacheDir, { recursive: true });
  const cache: CacheFile = { version, renderBase: options.renderBase ?? null, files: next };
  // Written whole, then renamed: a build stopped halfway leaves the old cache, never half a new one.
  writeFileSync(`${cachePath}.tmp`, serialize(cache));
  renameSync(`${cachePath}.tmp`, cachePath);
  return { files: files.length, reused: hits.length, parsed: fresh.length, workers };
}
