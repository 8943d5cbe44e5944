/**
 * The ledger's build hooks:
 *  - first, the build settings from the environment (AS_OF, CLAIMS_PER_PAGE: src/lib/config/build-env.ts);
 *  - before anything is built, the content integrity check (src/lib/check/integrity.ts), with the parses of
 *    files unchanged since the last build taken from Astro's cache folder (src/lib/io/check-cache.ts): every problem is
 *    printed at once (and as GitHub annotations in CI), then the build stops with exit code 1 and
 *    writes nothing — no stack trace, no half-built dist/;
 *  - with BUILD_WORKERS, the check's scans and HTML written for the rendering threads (src/lib/io/worker-handoff.ts);
 *  - after the HTML is written, the Pagefind search index over it (src/integrations/pagefind.ts).
 * The sitemap has its own integration (src/integrations/sitemap.ts).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildEnvWarnings,
  checkBuildEnv,
  formatBuildEnvProblems,
  parseBuildWorkers,
  parseSearchShardPages,
} from '../lib/config/build-env.ts';
import { prewarmContent } from '../lib/io/prewarm.ts';
import { prepareWithCache } from '../lib/io/check-cache.ts';
import { runCheck } from '../lib/check/run-check.ts';
import { removeWorkerHandoff, saveForWorkers } from '../lib/io/worker-handoff.ts';
import { buildSearchIndex } from './pagefind.ts';

export interface LedgerOptions {
  /** Folder with the collections; defaults to src/content. */
  contentDir?: string | undefined;
}

export default function ledger(options: LedgerOptions = {}): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'treaty-ledger',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const envProblems = checkBuildEnv(process.env, fileURLToPath(config.root));
        if (envProblems.length) {
          process.stderr.write(`\n${formatBuildEnvProblems(envProblems)}\n`);
          process.exit(1);
        }
        for (const warning of buildEnvWarnings(process.env)) {
          process.stderr.write(`\n${'!'.repeat(72)}\n⚠ ${warning}\n${'!'.repeat(72)}\n\n`);
          if (process.env['GITHUB_ACTIONS']) process.stdout.write(`::warning title=SITE_URL not set::${warning}\n`);
          logger.warn(warning);
        }
        const root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        const started = performance.now();
        // A build also keeps the HTML of the Markdown bodies the check parses, for the pages. It takes
        // the parses of unchanged files from the previous build (io/check-cache.ts) and prepares the
        // others first, on one thread per core when there are many (the check itself is serial).
        const renderBase = command === 'build' ? config.base : undefined;
        if (renderBase !== undefined) {
          const contentDir = options.contentDir ?? process.env['LEDGER_CONTENT_DIR'] ?? join(root, 'src', 'content');
          try {
            const use = await prepareWithCache(root, contentDir, {
              cacheDir: fileURLToPath(config.cacheDir),
              renderBase,
            });
            logger.info(
              `content: ${use.reused} of ${use.files} files unchanged since the last build, ${use.parsed} parsed`,
            );
          } catch (error) {
            logger.warn(`content cache not used (${error instanceof Error ? error.message : String(error)})`);
            await prewarmContent(root, contentDir, { renderBase }).catch(() => undefined);
          }
        }
        const outcome = runCheck(root, process.env, options.contentDir, renderBase !== undefined ? { renderBase } : {});
        if (outcome.ok) {
          if (outcome.annotations) process.stdout.write(`${outcome.annotations}\n`);
          if (outcome.report) process.stderr.write(`\n${outcome.report}\n`);
          const counts = Object.entries(outcome.counts)
            .map(([k, v]) => `${v} ${k}`)
            .join(', ');
          logger.info(`content integrity: OK (${counts}) in ${Math.round(performance.now() - started)} ms`);
          // Rendering threads (BUILD_WORKERS) take the check's scans and HTML from a file instead of parsing again.
          if (command === 'build' && parseBuildWorkers(process.env['BUILD_WORKERS']) > 0) {
            const handoffStarted = performance.now();
            saveForWorkers(fileURLToPath(config.cacheDir));
            logger.info(
              `hand-off for rendering threads written in ${Math.round(performance.now() - handoffStarted)} ms`,
            );
          }
          return;
        }
        if (outcome.annotations) process.stdout.write(`${outcome.annotations}\n`);
        process.stderr.write(`\n${outcome.report}\n`);
        if (command === 'build') process.exit(1);
        logger.error('content problems above: pages built from these entries may be wrong until they are fixed');
      },
      'astro:build:done': async ({ dir, logger }) => {
        removeWorkerHandoff();
        const started = performance.now();
        // Shards of the index are kept in the build cache; `astro build --force` indexes them all again.
        const stats = await buildSearchIndex(fileURLToPath(dir), {
          cacheDir,
          shardPages: parseSearchShardPages(process.env['SEARCH_SHARD_PAGES']),
          force: process.argv.includes('--force'),
        });
        const reused =
          stats.shards > 1 || stats.fromCache
            ? ` (${stats.shards} ${stats.shards === 1 ? 'index' : 'indexes'}, ${stats.fromCache} copied from the cache)`
            : '';
        logger.info(
          `search index: ${stats.pages} pages indexed in ${Math.round(performance.now() - started)} ms${reused}`,
        );
      },
    },
  };
}
