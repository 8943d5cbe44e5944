/**
 * sitemap.xml and robots.txt. The sitemap lists every page the build wrote: it is made after the
 * HTML exists (src/integrations/ledger.ts, astro:build:done), from the files themselves, so a page
 * added later — a new route, a filter page — is listed without touching this file. A site test
 * checks the result against the HTML files of a real build, both ways.
 */
import { escapeXml } from './atom.ts';
import { byCodeUnit } from './exports.ts';

/**
 * The site path of a page file in the build ("countries/poland/index.html" → "/countries/poland/"),
 * or undefined for files that are not pages of their own (the 404 page, non-HTML files).
 */
export function pagePathOfFile(file: string): string | undefined {
  if (!file.endsWith('.html') || file === '404.html') return undefined;
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

export interface SitemapUrl {
  loc: string;
  /** YYYY-MM-DD, where the data says when the page last changed (briefings). */
  lastmod?: string | undefined;
}

export function toSitemap(urls: readonly SitemapUrl[]): string {
  const sorted = [...urls].sort((a, b) => byCodeUnit(a.loc, b.loc));
  const body = sorted.map(
    (u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...body,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * Crawlers read robots.txt only at the root of a host. Under a sub-path (BASE_PATH=/ledger/) the
 * file is still written at /ledger/robots.txt for the host's owner to merge; its rules are
 * prefixed with the base path so they mean the same there.
 */
export function toRobots(base: string, sitemapUrl: string): string {
  return ['User-agent: *', `Allow: ${base}`, `Disallow: ${base}pagefind/`, '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
