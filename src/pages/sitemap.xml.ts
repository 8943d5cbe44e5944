/**
 * /sitemap.xml — every page, absolute URLs. Static pages come from the route files themselves;
 * entry pages from the ledger (src/lib/sitemap.ts).
 */
import type { APIRoute } from 'astro';
import { getLedger } from '../content.ts';
import { buildUrls, fileResponse } from '../endpoints.ts';
import { routeOfPageFile, toSitemap, type SitemapUrl } from '../lib/sitemap.ts';

const ROUTE_FILES = Object.keys(import.meta.glob('/src/pages/**/*.{astro,md,mdx,html}'));

export const GET: APIRoute = async ({ site }) => {
  const ledger = await getLedger();
  const urls = buildUrls(site);
  const ids = { countries: ledger.countries, treaties: ledger.treaties, claims: ledger.claims, sources: ledger.sources, briefings: ledger.briefings };
  const list: SitemapUrl[] = ROUTE_FILES.map(routeOfPageFile).flatMap((route): SitemapUrl[] => {
    if (route.kind === 'static') return [{ loc: urls.abs(route.path) }];
    if (route.kind !== 'entry') return [];
    return [...ids[route.collection].keys()].map((id) => {
      const briefing = route.collection === 'briefings' ? ledger.briefings.get(id)?.data : undefined;
      return { loc: urls.entry(route.collection, id), lastmod: briefing ? (briefing.updated ?? briefing.published) : undefined };
    });
  });
  return fileResponse(toSitemap(list), 'application/xml; charset=utf-8');
};
