/**
 * Builds the Pagefind index over the finished HTML with Pagefind's Node API (after Starlight's
 * integrations/pagefind.ts). Only markup inside `data-pagefind-body` is indexed; filters and
 * metadata come from `data-pagefind-filter` / `-meta` attributes in the pages.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function buildSearchIndex(outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
