import { describe, expect, it } from 'vitest';
import { claimFilterPath, pathFor, resolveSitePath, toSiteHref, withBase } from './routes.ts';

describe('resolveSitePath', () => {
  it.each([
    ['/countries/poland/', { kind: 'entry', collection: 'countries', id: 'poland' }],
    ['/claims/', { kind: 'static', path: '/claims/' }],
    ['/claims/verdict/accurate/', { kind: 'static', path: '/claims/verdict/accurate/' }],
    ['/claims/kind/intention', { kind: 'static', path: '/claims/kind/intention/' }],
    ['/claims/verdict/true/', { kind: 'unknown', path: '/claims/verdict/true/' }],
    ['/claims/colour/accurate/', { kind: 'unknown', path: '/claims/colour/accurate/' }],
  ])('%s', (href, expected) => {
    expect(resolveSitePath(href)).toEqual(expected);
  });

  it('accepts every filter page the site builds', () => {
    expect(resolveSitePath(claimFilterPath('verdict', 'disputed')).kind).toBe('static');
    expect(resolveSitePath(claimFilterPath('kind', 'forecast')).kind).toBe('static');
  });
});

describe('base paths', () => {
  it('prefixes site paths with the base and keeps the trailing slash', () => {
    expect(withBase('/ledger/', pathFor('countries', 'poland'))).toBe('/ledger/countries/poland/');
    expect(withBase('/', '/')).toBe('/');
    expect(toSiteHref('/ledger/', '/claims/verdict/accurate#list')).toBe('/ledger/claims/verdict/accurate/#list');
  });
});
