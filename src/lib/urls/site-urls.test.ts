import { describe, expect, it } from 'vitest';
import { siteUrls } from './site-urls.ts';

describe('siteUrls', () => {
  it('adds the base path and keeps the trailing slash', () => {
    const u = siteUrls('https://example.org', '/ledger/');
    expect(u.home).toBe('https://example.org/ledger/');
    expect(u.entry('countries', 'poland')).toBe('https://example.org/ledger/countries/poland/');
    expect(u.abs('/data/countries.csv')).toBe('https://example.org/ledger/data/countries.csv');
  });

  it('works at the root and ignores a path given in the site URL', () => {
    const u = siteUrls(new URL('https://example.org/ignored/'), '/');
    expect(u.entry('claims', 'x')).toBe('https://example.org/claims/x/');
  });

  it('makes tag: ids that do not depend on the base path', () => {
    expect(siteUrls('https://example.org', '/ledger/').tag('/claims/x/')).toBe('tag:example.org,2026:/claims/x/');
    expect(siteUrls('https://example.org', '/').tag('/claims/x/')).toBe('tag:example.org,2026:/claims/x/');
  });

  it('says what to set when the site is missing', () => {
    expect(() => siteUrls(undefined, '/')).toThrow(/SITE_URL/);
  });
});
