/**
 * Absolute addresses for everything that leaves the site: canonical links, feeds, the sitemap,
 * JSON-LD, citations and download envelopes. One origin (SITE_URL, Astro's `site`) plus the base
 * path (BASE_PATH) plus a site path from `pathFor` — never assembled by hand elsewhere.
 */
import { pathFor, withBase, type RoutedCollection } from './routes.ts';

/** The year in every tag: URI (RFC 4151). Fixed, so entry ids never change with the build date. */
export const TAG_YEAR = '2026';

export interface SiteUrls {
  /** "https://example.org/ledger/" — the home page. */
  home: string;
  /** A site path ("/countries/poland/", "/data/countries.csv") made absolute, with the base path. */
  abs(path: string): string;
  /** The page of one entry, absolute. */
  entry(collection: RoutedCollection, id: string): string;
  /**
   * A permanent id such as "tag:example.org,2026:/claims/x/": the host and the site path, without
   * the base path, so moving the site to another sub-path keeps feed entry ids the same.
   */
  tag(path: string): string;
}

export function siteUrls(site: string | URL | undefined, base: string): SiteUrls {
  if (site === undefined) {
    throw new Error('Astro `site` is not set: set SITE_URL (astro.config.mjs) so absolute URLs can be made');
  }
  const origin = new URL(site).origin;
  const host = new URL(site).hostname;
  const abs = (path: string) => new URL(withBase(base, path), origin).href;
  return {
    home: abs('/'),
    abs,
    entry: (collection, id) => abs(pathFor(collection, id)),
    tag: (path) => `tag:${host},${TAG_YEAR}:${path}`,
  };
}
