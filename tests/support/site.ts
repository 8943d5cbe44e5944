/** Reading the built site in tests: pages as parsed HTML, paths relative to the output folder. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { inject } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { SiteBuildName } from '../../scripts/lib/build.ts';

export function buildDir(name: SiteBuildName): string {
  const dir = inject('builds')[name];
  if (!dir) throw new Error(`No build named ${name}; is tests/support/global-setup.ts configured?`);
  return dir;
}

/** The page at a site path ("/countries/poland/"), parsed. */
export function page(name: SiteBuildName, path: string): HTMLElement {
  const file = join(buildDir(name), path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`No page ${path} in the ${name} build (${file})`);
  return parse(readFileSync(file, 'utf8'));
}

export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export { listFiles } from '../../scripts/lib/files.ts';

/**
 * The JavaScript a page runs on load: external scripts it fetches, and the gzip size of its inline
 * executable scripts (JSON-LD and JSON data blocks are data, not code). PRODUCT.md §4 allows one
 * small inline bootstrap (≤ 1 KB gzip) and nothing fetched until a reader uses search or the date.
 */
export function scriptsOnLoad(page: HTMLElement): { fetched: string[]; inlineGzipBytes: number } {
  const fetched: string[] = [];
  let inline = '';
  for (const script of page.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    if (/json/.test(type)) continue;
    const src = script.getAttribute('src');
    if (src) fetched.push(src);
    else inline += script.textContent;
  }
  return { fetched, inlineGzipBytes: inline ? gzipSync(inline, { level: 9 }).length : 0 };
}
