/**
 * Builds the Pagefind index over the finished HTML with Pagefind's Node API (after Starlight's
 * integrations/pagefind.ts). Only markup inside `data-pagefind-body` is indexed; filters and
 * metadata come from `data-pagefind-filter` / `-meta` attributes in the pages. Pages with
 * definition lists are indexed from a copy whose terms and descriptions are kept apart
 * (src/lib/search/search-index-text.ts), so excerpts never run words together.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { needsListSeparators, withListSeparators } from '../lib/search/search-index-text.ts';

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

export async function buildSearchIndex(outDir: string): Promise<{ pages: number }> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_LOCATIONS);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const errors: string[] = [];
    let pageCount = 0;
    // The Node API takes one file per call; a few at a time keeps its pipe busy without flooding it.
    for (let i = 0; i < pages.length; i += 32) {
      const batch = await Promise.all(
        pages.slice(i, i + 32).map((file) => {
          const html = readFileSync(join(outDir, file), 'utf8');
          const content = needsListSeparators(html) ? withListSeparators(html) : html;
          return index.addHTMLFile({ sourcePath: file.split(sep).join('/'), content });
        }),
      );
      for (const added of batch) {
        errors.push(...added.errors);
        if (added.file) pageCount++;
      }
    }
    if (errors.length) throw new Error(`Pagefind could not index ${outDir}: ${errors.join('; ')}`);
    const bundle = join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const file of UNUSED_UI_FILES) rmSync(join(bundle, file), { force: true });
    return { pages: pageCount };
  } finally {
    await pagefind.close();
  }
}
