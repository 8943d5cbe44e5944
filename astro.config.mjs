// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { fileURLToPath } from 'node:url';
import ledger from './src/integrations/ledger.ts';
import sitemap from './src/integrations/sitemap.ts';
import {
  checkBuildEnv,
  FALLBACK_SITE_URL,
  formatBuildEnvProblems,
  parseBuildConcurrency,
  parseBuildWorkers,
} from './src/lib/config/build-env.ts';
import { normalizeBase } from './src/lib/urls/routes.ts';
import { rehypeSiteLinks } from './src/lib/markdown/rehype-site-links.ts';

/**
 * Deployment is configured by environment, so one commit deploys anywhere:
 *   SITE_URL   the public origin, e.g. https://example.org (used for canonical URLs, feeds, sitemap)
 *   BASE_PATH  the sub-path the site is served from, e.g. /ledger/ (default /)
 *   AS_OF      the date statuses are computed for (default: the build date), YYYY-MM-DD
 *   CLAIMS_PER_PAGE  claims on each page of the claims list and its filters (default 100)
 *   OUT_DIR    where the site is written (default dist/); tests build into their own folders
 *   REPOSITORY_URL, REPOSITORY_BRANCH (or GitHub's GITHUB_SERVER_URL, GITHUB_REPOSITORY): edit links
 *   BUILD_WORKERS  threads rendering the pages (default 0: the main thread; see README › Build speed)
 *   BUILD_CONCURRENCY  pages rendered at once, Astro's build.concurrency (default 1; with BUILD_WORKERS,
 *                  per thread)
 *   SEARCH_SHARD_PAGES  claim or source pages per shard of the search index (default 2000; a site
 *                  below it has one index; see README › Search)
 * Each is checked before Astro reads this config (src/lib/config/build-env.ts): a bad value stops
 * here with one line per variable, before anything is written. An empty value counts as unset.
 */
const envProblems = checkBuildEnv(process.env, fileURLToPath(new URL('.', import.meta.url)));
if (envProblems.length) {
  process.stderr.write(`\n${formatBuildEnvProblems(envProblems)}\n`);
  process.exit(1);
}
const base = normalizeBase(process.env.BASE_PATH);
const site = process.env.SITE_URL || FALLBACK_SITE_URL;
const workers = parseBuildWorkers(process.env.BUILD_WORKERS);
const concurrency = parseBuildConcurrency(process.env.BUILD_CONCURRENCY);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // build.concurrency changes how fast, not what is written: it is no part of the page keys.
  build: { format: 'directory', concurrency },
  markdown: {
    // No syntax highlighting: Shiki writes colours as inline style="" attributes, which the CSP
    // (style-src 'self', no 'unsafe-inline') blocks. Code blocks keep their language as a class
    // (<code class="language-js">). The MDX integration inherits this (extendMarkdownConfig).
    syntaxHighlight: false,
    // See README › Markdown processor for why unified() and the measured build times.
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [[rehypeSiteLinks, { base }]] }),
  },
  integrations: [mdx(), ledger(), sitemap()],
  security: {
    // The policy travels in each page's <meta> tag with hashes of every script and style Astro
    // emits, so any static host enforces it. Pagefind needs WebAssembly ('wasm-unsafe-eval') and a
    // worker from a blob. What a meta tag cannot carry (frame-ancestors) is in public/_headers.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  // Writes .astro/collections/collections.json so the Astro VS Code extension validates and completes
  // Markdown frontmatter against each collection's schema (see CONTRIBUTING.md › Editor help).
  experimental: {
    contentIntellisense: true,
    // A page whose cacheKey (src/lib/ledger/page-keys.ts) and code are unchanged is copied from the
    // previous build in cacheDir (README › Build speed). `astro build --force` renders every page.
    incrementalBuild: true,
    // Pages rendered on worker threads, each of which loads the ledger (src/lib/io/worker-handoff.ts).
    ...(workers > 0 ? { parallelPrerender: { workers } } : {}),
  },
});
