/**
 * JSON-LD (schema.org) for each kind of page: `Country`, `Legislation` for a treaty, `Claim` with
 * who said it, when and where it appeared, `Article` for a briefing with its claims and sources as
 * `citation`, and `Dataset` for the downloads. Absolute URLs only; a source without a known address
 * is described without one (never invented).
 */
import type { Claim } from '../../schemas/claims.ts';
import type { Source } from '../../schemas/sources.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { SiteUrls } from '../urls/site-urls.ts';
import { SITE_NAME } from './feeds.ts';
import { isTreatyInForceOn, treatyLife } from '../domain/treaty-life.ts';

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/**
 * JSON for a <script type="application/ld+json"> element: "<", ">" and "&" written as \u escapes
 * so no value can close the element, and U+2028/2029 escaped for older parsers.
 */
export function jsonLdScript(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function publisher(urls: SiteUrls): JsonLd {
  return { '@type': 'Organization', name: SITE_NAME, url: urls.home };
}

/** Drops undefined, null and empty lists so the markup carries only what is known. */
function compact(obj: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(obj).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)),
  );
}

const unique = (items: (string | undefined)[], except: string) => [
  ...new Set(items.filter((x): x is string => !!x && x !== except)),
];

export function countryRef(ledger: Ledger, urls: SiteUrls, id: string): JsonLd {
  return {
    '@type': 'Country',
    '@id': `${urls.entry('countries', id)}#country`,
    name: ledger.countries.get(id)?.data.name ?? id,
  };
}

export function treatyRef(ledger: Ledger, urls: SiteUrls, id: string): JsonLd {
  return {
    '@type': 'Legislation',
    '@id': `${urls.entry('treaties', id)}#treaty`,
    name: ledger.treaties.get(id)?.data.shortName ?? id,
  };
}

export function countryJsonLd(ledger: Ledger, urls: SiteUrls, id: string): JsonLd {
  const d = ledger.countries.get(id)?.data;
  if (!d) throw new Error(`No country "${id}"`);
  const page = urls.entry('countries', id);
  const code = (propertyID: string, value: string) => ({ '@type': 'PropertyValue', propertyID, value });
  return compact({
    '@context': CONTEXT,
    ...countryRef(ledger, urls, id),
    alternateName: unique([d.officialName, d.untcName, ...d.alternativeNames], d.name),
    identifier: [
      code('ISO 3166-1 alpha-2', d.iso2),
      code('ISO 3166-1 alpha-3', d.iso3),
      code('ISO 3166-1 numeric', d.isoNumeric),
    ],
    url: page,
    mainEntityOfPage: page,
  });
}

export function treatyJsonLd(ledger: Ledger, urls: SiteUrls, id: string): JsonLd {
  const d = ledger.treaties.get(id)?.data;
  if (!d) throw new Error(`No treaty "${id}"`);
  const page = urls.entry('treaties', id);
  const inForce = isTreatyInForceOn(treatyLife(d), ledger.asOf);
  const untc = d.depositaries.find((x) => x.untc)?.untc;
  return compact({
    '@context': CONTEXT,
    '@type': 'Legislation',
    '@id': `${page}#treaty`,
    name: d.title,
    alternateName: unique([d.shortName, d.abbreviation, ...d.aliases], d.title),
    legislationIdentifier: untc ? `UNTC ${untc.number}` : undefined,
    legislationType: d.parties === 'bilateral' ? 'Bilateral treaty' : 'Multilateral treaty',
    legislationDate: d.adopted?.date ?? d.openedForSignature?.date,
    legislationLegalForce: inForce ? 'https://schema.org/InForce' : 'https://schema.org/NotInForce',
    description: d.summary,
    sameAs: d.textUrl,
    url: page,
    mainEntityOfPage: page,
  });
}

const CLAIMANT_TYPES: Record<Claim['claimant']['kind'], string> = {
  government: 'GovernmentOrganization',
  person: 'Person',
  organization: 'Organization',
  outlet: 'NewsMediaOrganization',
};

/** A cited document as a CreativeWork; its `url` only when the source has one. */
export function sourceWork(source: Source): JsonLd {
  return compact({
    '@type': source.kind === 'news-report' ? 'NewsArticle' : 'CreativeWork',
    name: source.title,
    author: source.author ? { '@type': 'Person', name: source.author } : undefined,
    publisher: { '@type': 'Organization', name: source.publisher },
    datePublished: source.published,
    url: source.url,
    inLanguage: source.language,
  });
}

export function claimJsonLd(ledger: Ledger, urls: SiteUrls, id: string): JsonLd {
  const d = ledger.claims.get(id)?.data;
  if (!d) throw new Error(`No claim "${id}"`);
  const page = urls.entry('claims', id);
  return compact({
    '@context': CONTEXT,
    '@type': 'Claim',
    '@id': `${page}#claim`,
    text: d.statement,
    author: { '@type': CLAIMANT_TYPES[d.claimant.kind], name: d.claimant.name },
    datePublished: d.made,
    appearance: d.sources.flatMap((s) => {
      const source = ledger.sources.get(s.source)?.data;
      return source ? [sourceWork(source)] : [];
    }),
    about: [
      ...d.subjects.countries.map((c) => countryRef(ledger, urls, c)),
      ...d.subjects.treaties.map((t) => treatyRef(ledger, urls, t)),
    ],
    url: page,
    mainEntityOfPage: page,
  });
}

export function briefingJsonLd(ledger: Ledger, urls: SiteUrls, id: string, image: string): JsonLd {
  const d = ledger.briefings.get(id)?.data;
  if (!d) throw new Error(`No briefing "${id}"`);
  const page = urls.entry('briefings', id);
  const claimIds = ledger.citationsByBriefing.get(id) ?? [];
  const sourceIds = [
    ...new Set(claimIds.flatMap((c) => ledger.claims.get(c)?.data.sources.map((s) => s.source) ?? [])),
  ];
  return compact({
    '@context': CONTEXT,
    '@type': 'Article',
    '@id': `${page}#article`,
    headline: d.title,
    description: d.summary,
    datePublished: d.published,
    dateModified: d.updated ?? d.published,
    author: d.authors.map((name) => (name === SITE_NAME ? publisher(urls) : { '@type': 'Person', name })),
    publisher: publisher(urls),
    image: [image],
    inLanguage: 'en',
    about: [
      ...d.subjects.countries.map((c) => countryRef(ledger, urls, c)),
      ...d.subjects.treaties.map((t) => treatyRef(ledger, urls, t)),
    ],
    citation: [
      ...claimIds.map((c) => ({
        '@type': 'Claim',
        '@id': `${urls.entry('claims', c)}#claim`,
        url: urls.entry('claims', c),
        text: ledger.claims.get(c)?.data.statement,
      })),
      ...sourceIds.flatMap((s) => {
        const source = ledger.sources.get(s)?.data;
        return source ? [sourceWork(source)] : [];
      }),
    ],
    url: page,
    mainEntityOfPage: page,
  });
}

export interface Download {
  name: string;
  path: string;
  encodingFormat: string;
  bytes: number;
  licence: string;
}

export function datasetJsonLd(
  urls: SiteUrls,
  opts: { name: string; description: string; asOf: string; licence: string; downloads: Download[] },
): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    '@id': `${urls.abs('/data/')}#dataset`,
    name: opts.name,
    description: opts.description,
    url: urls.abs('/data/'),
    creator: publisher(urls),
    publisher: publisher(urls),
    license: opts.licence,
    isAccessibleForFree: true,
    dateModified: opts.asOf,
    distribution: opts.downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.name,
      contentUrl: urls.abs(d.path),
      encodingFormat: d.encodingFormat,
      contentSize: `${d.bytes} B`,
      license: d.licence,
    })),
  };
}
