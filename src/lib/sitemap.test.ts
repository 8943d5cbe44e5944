import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { routeOfPageFile, toRobots, toSitemap } from './sitemap.ts';

describe('routeOfPageFile', () => {
  it.each([
    ['/src/pages/index.astro', { kind: 'static', path: '/' }],
    ['/src/pages/about.astro', { kind: 'static', path: '/about/' }],
    ['/src/pages/data/index.astro', { kind: 'static', path: '/data/' }],
    ['/src/pages/treaties/index.astro', { kind: 'static', path: '/treaties/' }],
    ['/src/pages/countries/[id].astro', { kind: 'entry', collection: 'countries' }],
    ['/src/pages/briefings/[id]/index.astro', { kind: 'entry', collection: 'briefings' }],
    ['/src/pages/404.astro', { kind: 'other' }],
    ['/src/pages/_draft.astro', { kind: 'other' }],
    ['/src/pages/widgets/[id].astro', { kind: 'other' }],
    ['/src/pages/treaties/[id]/[date].astro', { kind: 'other' }],
    ['/src/pages/data/[dataset].json.ts', { kind: 'other' }],
  ])('%s → %j', (file, expected) => expect(routeOfPageFile(file)).toEqual(expected));
});

describe('toSitemap', () => {
  it('writes a sorted, escaped urlset', () => {
    const xml = toSitemap([{ loc: 'https://example.org/b/' }, { loc: 'https://example.org/a/?x=1&y=2', lastmod: '2025-03-20' }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = new XMLParser({ isArray: (n) => n === 'url' }).parse(xml).urlset.url;
    expect(urls).toEqual([{ loc: 'https://example.org/a/?x=1&y=2', lastmod: '2025-03-20' }, { loc: 'https://example.org/b/' }]);
  });
});

describe('toRobots', () => {
  it('points at the sitemap and keeps its rules under the base path', () => {
    expect(toRobots('/ledger/', 'https://example.org/ledger/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /ledger/\nDisallow: /ledger/pagefind/\n\nSitemap: https://example.org/ledger/sitemap.xml\n',
    );
  });
});
