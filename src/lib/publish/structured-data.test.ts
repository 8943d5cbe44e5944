import { describe, expect, it } from 'vitest';
import { siteUrls } from '../urls/site-urls.ts';
import {
  briefingJsonLd,
  claimJsonLd,
  countryJsonLd,
  datasetJsonLd,
  jsonLdScript,
  treatyJsonLd,
} from './structured-data.ts';
import { fixtureLedger } from '../../../tests/support/ledger.ts';

const ledger = fixtureLedger();
const urls = siteUrls('https://example.org', '/ledger/');
const IMAGE = 'https://example.org/ledger/social/default.png';

describe('jsonLdScript', () => {
  it('cannot be broken out of its script element', () => {
    const text = jsonLdScript({ name: '</script><script>alert(1)</script> & \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & \u2028' });
  });
});

describe('Country', () => {
  it('names the country with its ISO codes and other names', () => {
    expect(countryJsonLd(ledger, urls, 'poland')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Country',
      '@id': 'https://example.org/ledger/countries/poland/#country',
      name: 'Poland',
      alternateName: ['Republic of Poland', 'Polska'],
      identifier: [
        { '@type': 'PropertyValue', propertyID: 'ISO 3166-1 alpha-2', value: 'PL' },
        { '@type': 'PropertyValue', propertyID: 'ISO 3166-1 alpha-3', value: 'POL' },
        { '@type': 'PropertyValue', propertyID: 'ISO 3166-1 numeric', value: '616' },
      ],
      url: 'https://example.org/ledger/countries/poland/',
      mainEntityOfPage: 'https://example.org/ledger/countries/poland/',
    });
  });
});

describe('Legislation', () => {
  it('describes a treaty with its UNTC number, adoption date and legal force on the as-of date', () => {
    const ld = treatyJsonLd(ledger, urls, 'ottawa-convention');
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      name: expect.stringMatching(/^Convention on the Prohibition of the Use/),
      alternateName: [
        'Ottawa Convention',
        'APMBC',
        'Mine Ban Treaty',
        'Ottawa Treaty',
        'Mine Ban Convention',
        'Anti-Personnel Mine Ban Convention',
      ],
      legislationIdentifier: 'UNTC XXVI-5',
      legislationDate: '1997-09-18',
      legislationLegalForce: 'https://schema.org/InForce',
    });
    expect(ld).not.toHaveProperty('sameAs'); // the fixture has no text URL: none is made up
  });
});

describe('Claim', () => {
  it('says who claimed what, when, where it appeared and what it is about', () => {
    const ld = claimJsonLd(ledger, urls, 'four-states-announce-ottawa-exit');
    expect(ld).toMatchObject({
      '@type': 'Claim',
      text: expect.stringMatching(/^On 18 March 2025/),
      author: { '@type': 'GovernmentOrganization', name: 'Defence ministers of Poland, Estonia, Latvia and Lithuania' },
      datePublished: '2025-03-18',
    });
    expect(ld['appearance']).toEqual([
      expect.objectContaining({
        '@type': 'NewsArticle',
        publisher: { '@type': 'Organization', name: 'Reuters' },
        url: expect.stringMatching(/^https:\/\/www\.reuters\.com\//),
      }),
      expect.objectContaining({
        '@type': 'CreativeWork',
        publisher: { '@type': 'Organization', name: 'United Nations Treaty Collection' },
      }),
    ]);
    expect((ld['about'] as { '@type': string }[]).map((a) => a['@type'])).toEqual([
      'Country',
      'Country',
      'Country',
      'Country',
      'Legislation',
    ]);
  });
});

describe('Article', () => {
  it('cites the claims the briefing cites and their sources', () => {
    const ld = briefingJsonLd(ledger, urls, 'exit', IMAGE);
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: 'Four states leave the mine ban',
      datePublished: '2025-03-20',
      dateModified: '2025-03-20',
      author: [{ '@type': 'Organization', name: 'Treaty Ledger', url: 'https://example.org/ledger/' }],
      image: [IMAGE],
    });
    const cited = ld['citation'] as Record<string, unknown>[];
    expect(cited.map((c) => c['@type'])).toEqual(['Claim', 'NewsArticle', 'CreativeWork']);
    expect(cited[0]?.['url']).toBe('https://example.org/ledger/claims/four-states-announce-ottawa-exit/');
  });
});

describe('Dataset', () => {
  it('lists every download with its absolute address, format and size', () => {
    const ld = datasetJsonLd(urls, {
      name: 'Treaty Ledger data',
      description: 'd',
      asOf: '2026-02-03',
      licence: 'https://creativecommons.org/licenses/by/4.0/',
      downloads: [
        { name: 'countries.csv', path: '/data/countries.csv', encodingFormat: 'text/csv', bytes: 123, licence: 'x' },
      ],
    });
    expect(ld['distribution']).toEqual([
      {
        '@type': 'DataDownload',
        name: 'countries.csv',
        contentUrl: 'https://example.org/ledger/data/countries.csv',
        encodingFormat: 'text/csv',
        contentSize: '123 B',
        license: 'x',
      },
    ]);
  });
});
