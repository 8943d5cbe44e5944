/**
 * sitemap.xml and robots.txt. The sitemap lists every page: the static pages found among the
 * route files (src/pages/**, read by the endpoint with import.meta.glob, so a page added later is
 * listed without touching this file) and one page per entry of each routed collection. A site test
 * checks the result against the HTML files of a real build, both ways.
 */
import { escapeXml } from './atom.ts';
import { byCodeUnit } from './exports.ts';
import { ENTRY_ROUTES, type RoutedCollection } from './routes.ts';

export type PageRoute = { kind: 'static'; path: string } | { kind: 'entry'; collection: RoutedCollection } | { kind: 'other' };

/**
 * What a route file makes: "/src/pages/about.astro" → the static page /about/;
 * "/src/pages/countries/[id].astro" → one page per country; endpoints, error pages and
 * underscore files make no page for the sitemap.
 */
export function routeOfPageFile(file: string): PageRoute {
  const match = /\/src\/pages\/(.*)\.(astro|md|mdx|html)$/.exec(file);
  if (!match?.[1]) return { kind: 'other' };
  const route = match[1].replace(/(^|\/)index$/, '');
  const segments = route.split('/').filter(Boolean);
  if (segments.some((s) => s.startsWith('_')) || ['404', '500'].includes(route)) return { kind: 'other' };
  const dynamic = /^\[[^\]]+\]$/;
  if (segments.length === 2 && dynamic.test(segments[1] ?? '')) {
    const collection = (Object.keys(ENTRY_ROUTES) as RoutedCollection[]).find((c) => ENTRY_ROUTES[c] === segments[0]);
    if (collection) return { kind: 'entry', collection };
  }
  if (segments.some((s) => s.includes('['))) return { kind: 'other' };
  return { kind: 'static', path: segments.length ? `/${segments.join('/')}/` : '/' };
}

export interface SitemapUrl {
  loc: string;
  /** YYYY-MM-DD, where the data says when the page last changed (briefings). */
  lastmod?: string | undefined;
}

export function toSitemap(urls: readonly SitemapUrl[]): string {
  const sorted = [...urls].sort((a, b) => byCodeUnit(a.loc, b.loc));
  const body = sorted.map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...body, '</urlset>', ''].join('\n');
}

/**
 * Crawlers read robots.txt only at the root of a host. Under a sub-path (BASE_PATH=/ledger/) the
 * file is still written at /ledger/robots.txt for the host's owner to merge; its rules are
 * prefixed with the base path so they mean the same there.
 */
export function toRobots(base: string, sitemapUrl: string): string {
  return ['User-agent: *', `Allow: ${base}`, `Disallow: ${base}pagefind/`, '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
