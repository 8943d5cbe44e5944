import { describe, expect, it } from 'vitest';
import { SITEMAP_INDEX_PATH, toRobots } from './sitemap.ts';

describe('toRobots', () => {
  it('points at the sitemap index and keeps its rules under the base path', () => {
    expect(SITEMAP_INDEX_PATH).toBe('/sitemap-index.xml');
    expect(toRobots('/ledger/', 'https://example.org/ledger/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /ledger/\nDisallow: /ledger/pagefind/\n\nSitemap: https://example.org/ledger/sitemap-index.xml\n',
    );
  });
});
