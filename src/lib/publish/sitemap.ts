/**
 * Where the sitemap is, and robots.txt. The sitemap itself is written by @astrojs/sitemap (see
 * src/integrations/sitemap.ts): a sitemap index at SITEMAP_INDEX_PATH naming sitemap-0.xml,
 * sitemap-1.xml… of at most 45,000 pages each, so a site past the protocol's 50,000 URLs per file
 * stays valid.
 */

/** The name the sitemap files start with: sitemap-index.xml, sitemap-0.xml, sitemap-1.xml… */
export const SITEMAP_FILENAME_BASE = 'sitemap';

/** The sitemap index, from the root of the site (robots.txt and the /data/ page point to it). */
export const SITEMAP_INDEX_PATH = `/${SITEMAP_FILENAME_BASE}-index.xml`;

/** Pages per sitemap file: @astrojs/sitemap's default, under the protocol's limit of 50,000. */
export const SITEMAP_ENTRY_LIMIT = 45_000;

/**
 * Crawlers read robots.txt only at the root of a host. Under a sub-path (BASE_PATH=/ledger/) the
 * file is still written at /ledger/robots.txt for the host's owner to merge; its rules are
 * prefixed with the base path so they mean the same there.
 */
export function toRobots(base: string, sitemapUrl: string): string {
  return ['User-agent: *', `Allow: ${base}`, `Disallow: ${base}pagefind/`, '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
