import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { pagePathOfFile, toRobots, toSitemap } from './sitemap.ts';

describe('pagePathOfFile', () => {
  it.each([
    ['index.html', '/'],
    ['about/index.html', '/about/'],
    ['claims/verdict/accurate/index.html', '/claims/verdict/accurate/'],
    ['404.html', undefined],
    ['data/countries.json', undefined],
    ['pagefind/pagefind.js', undefined],
  ])('%s → %s', (file, expected) => expect(pagePathOfFile(file)).toBe(expected));
});

describe('toSitemap', () => {
  it('writes a sorted, escaped urlset', () => {
    const xml = toSitemap([
      { loc: 'https://example.org/b/' },
      { loc: 'https://example.org/a/?x=1&y=2', lastmod: '2025-03-20' },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = new XMLParser({ isArray: (n) => n === 'url' }).parse(xml).urlset.url;
    expect(urls).toEqual([
      { loc: 'https://example.org/a/?x=1&y=2', lastmod: '2025-03-20' },
      { loc: 'https://example.org/b/' },
    ]);
  });
});

describe('toRobots', () => {
  it('points at the sitemap and keeps its rules under the base path', () => {
    expect(toRobots('/ledger/', 'https://example.org/ledger/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /ledger/\nDisallow: /ledger/pagefind/\n\nSitemap: https://example.org/ledger/sitemap.xml\n',
    );
  });
});
