/**
 * The build settings read from the environment, checked before anything is built: a mistyped
 * AS_OF or CLAIMS_PER_PAGE, or a deployment setting that is not what it should be (SITE_URL,
 * BASE_PATH, the repository, OUT_DIR, LEDGER_CONTENT_DIR: deploy-env.ts), stops the build at once
 * with a line that says what to write, instead of a stack trace from the middle of page generation
 * or a half-written output folder. astro.config.mjs runs it before Astro reads its config.
 */
import { resolveAsOf } from './as-of.ts';
import { checkDeployEnv } from './deploy-env.ts';
import { DEFAULT_CLAIMS_PER_PAGE, parsePageSize } from '../core/pagination.ts';
import { safeReportLine } from '../core/text-safety.ts';

/** One message per setting that cannot be used; empty when all are fine. */
export function checkBuildEnv(env: Record<string, string | undefined>, projectRoot = process.cwd()): string[] {
  const problems: string[] = [];
  const attempt = (check: () => unknown) => {
    try {
      check();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  };
  attempt(() => resolveAsOf(env['AS_OF']));
  attempt(() => parsePageSize(env['CLAIMS_PER_PAGE'], 'CLAIMS_PER_PAGE', DEFAULT_CLAIMS_PER_PAGE));
  attempt(() => parseBuildWorkers(env['BUILD_WORKERS']));
  attempt(() => parseBuildConcurrency(env['BUILD_CONCURRENCY']));
  attempt(() => parseSearchShardPages(env['SEARCH_SHARD_PAGES']));
  problems.push(...checkDeployEnv(env, projectRoot));
  return problems;
}

/** The most rendering threads BUILD_WORKERS may ask for (more than the cores only costs memory). */
export const MAX_BUILD_WORKERS = 16;

/**
 * BUILD_WORKERS: how many worker threads render the pages (Astro's experimental.parallelPrerender).
 * Unset, empty or 0: none, the pages are rendered on the build's main thread as before. A whole
 * number from 1 to MAX_BUILD_WORKERS: that many threads, each loading the ledger (see
 * src/lib/io/worker-handoff.ts for what they are handed instead of parsing again).
 */
export function parseBuildWorkers(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const text = value.trim();
  if (!/^[0-9]+$/.test(text) || Number(text) > MAX_BUILD_WORKERS) {
    throw new Error(
      `BUILD_WORKERS="${value}" is not a number of rendering threads: write a whole number from 0 (render on the main thread, the default) to ${MAX_BUILD_WORKERS}, for example BUILD_WORKERS=2.`,
    );
  }
  return Number(text);
}

/** The most pages BUILD_CONCURRENCY may have in flight at once (per rendering thread). */
export const MAX_BUILD_CONCURRENCY = 64;

/**
 * BUILD_CONCURRENCY: Astro's build.concurrency, how many pages are rendered at once (each rendering
 * thread of BUILD_WORKERS has that many in flight; Astro runs workers × concurrency paths at once).
 * Unset or empty: 1, Astro's default, one page at a time. It changes how fast, never what is
 * written, so like BUILD_WORKERS it is no part of the page keys (src/lib/ledger/page-keys.ts).
 */
export function parseBuildConcurrency(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1;
  const text = value.trim();
  if (!/^[0-9]+$/.test(text) || Number(text) < 1 || Number(text) > MAX_BUILD_CONCURRENCY) {
    throw new Error(
      `BUILD_CONCURRENCY="${value}" is not a number of pages rendered at once: write a whole number from 1 (one page at a time, Astro's default) to ${MAX_BUILD_CONCURRENCY}, for example BUILD_CONCURRENCY=2, or leave it unset.`,
    );
  }
  return Number(text);
}

/** Claim or source pages per shard of the search index, about, unless SEARCH_SHARD_PAGES says otherwise. */
export const DEFAULT_SHARD_PAGES = 2_000;

/**
 * SEARCH_SHARD_PAGES: about how many claim or source pages go in one shard of the search index
 * (src/lib/search/search-shards.ts). Unset or empty: DEFAULT_SHARD_PAGES. Smaller shards make a
 * rebuild after an edit index fewer pages, and a search fetch more, smaller files.
 */
export function parseSearchShardPages(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_SHARD_PAGES;
  const text = value.trim();
  if (!/^[0-9]+$/.test(text) || Number(text) < 1) {
    throw new Error(
      `SEARCH_SHARD_PAGES="${value}" is not a number of pages: write a whole number of at least 1 (claim or source pages per shard of the search index; default ${DEFAULT_SHARD_PAGES}), for example SEARCH_SHARD_PAGES=${DEFAULT_SHARD_PAGES}.`,
    );
  }
  return Number(text);
}

export function formatBuildEnvProblems(problems: string[]): string {
  const n = problems.length;
  return [
    ...problems.map((p) => `✖ ${p}`),
    '',
    `${n} problem${n === 1 ? '' : 's'} in the build settings (environment variables): nothing was built.`,
  ]
    .map(safeReportLine)
    .join('\n');
}

/** The origin every absolute URL falls back to when SITE_URL is not set (astro.config.mjs). */
export const FALLBACK_SITE_URL = 'https://treaty-ledger.example.org';

const isSet = (v: string | undefined) => v !== undefined && v.trim() !== '' && !/^(0|false)$/i.test(v.trim());

/**
 * Settings that do not stop a build but make it wrong to publish: a CI build (CI or GITHUB_ACTIONS
 * set) without SITE_URL writes citations, canonical links, feeds, the sitemap and JSON-LD with the
 * placeholder origin. One line each, said loudly by the build (and as a GitHub annotation).
 */
export function buildEnvWarnings(env: Record<string, string | undefined>): string[] {
  if (!(isSet(env['CI']) || isSet(env['GITHUB_ACTIONS'])) || isSet(env['SITE_URL'])) return [];
  return [
    `SITE_URL is not set in this CI build: citations, canonical links, feeds, the sitemap and JSON-LD will say ${FALLBACK_SITE_URL}. Set SITE_URL to the site's origin, e.g. SITE_URL=https://example.org (the Pages workflow sets it).`,
  ].map(safeReportLine);
}
