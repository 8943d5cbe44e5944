/**
 * Writes sitemap.xml after the build, from the HTML files the build actually wrote (so nothing a
 * route adds can be missed), with absolute URLs (SITE_URL + base path).
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pagePathOfFile, toSitemap } from '../lib/publish/sitemap.ts';
import { withBase } from '../lib/urls/routes.ts';

function* files(dir: string, root = dir): Generator<string> {
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) yield* files(abs, root);
    else yield relative(root, abs).split(sep).join('/');
  }
}

export function writeSitemap(outDir: string, site: URL, base: string): number {
  const urls = [...files(outDir)]
    .map(pagePathOfFile)
    .filter((p): p is string => p !== undefined)
    .map((p) => ({ loc: new URL(withBase(base, p), site).href }));
  writeFileSync(join(outDir, 'sitemap.xml'), toSitemap(urls));
  return urls.length;
}
