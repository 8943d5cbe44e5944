/**
 * The ledger's build hooks:
 *  - before anything is built, the content integrity check (src/lib/integrity.ts): every problem is
 *    printed at once (and as GitHub annotations in CI), then the build stops with exit code 1 and
 *    writes nothing — no stack trace, no half-built dist/;
 *  - after the HTML is written, the sitemap of every page written (src/integrations/sitemap.ts) and
 *    the Pagefind search index over it (src/integrations/pagefind.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runCheck } from '../lib/run-check.ts';
import { buildSearchIndex } from './pagefind.ts';
import { writeSitemap } from './sitemap.ts';

export interface LedgerOptions {
  /** Folder with the collections; defaults to src/content. */
  contentDir?: string | undefined;
}

export default function ledger(options: LedgerOptions = {}): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'treaty-ledger',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        const outcome = runCheck(root, process.env, options.contentDir);
        if (outcome.ok) {
          logger.info(`content integrity: OK (${Object.entries(outcome.counts).map(([k, v]) => `${v} ${k}`).join(', ')})`);
          return;
        }
        if (outcome.annotations) process.stdout.write(`${outcome.annotations}\n`);
        process.stderr.write(`\n${outcome.report}\n`);
        if (command === 'build') process.exit(1);
        logger.error('content problems above: pages built from these entries may be wrong until they are fixed');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (site) logger.info(`sitemap: ${writeSitemap(fileURLToPath(dir), site, base)} pages`);
        const stats = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`search index: ${stats.pages} pages indexed`);
      },
    },
  };
}
