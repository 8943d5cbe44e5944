/**
 * Everything a page's <head> and "Cite this page" box need beyond its title and description,
 * worked out from the ledger for each kind of page: the OpenGraph type and dates, JSON-LD, the
 * feeds to advertise, and the citation. src/components/meta/ renders it; pages only name the entry.
 */
import { type CitationInput } from './citation.ts';
import { feedPath, feedTitle, SITE_NAME, type FeedRef } from './feeds.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { RoutedCollection } from '../urls/routes.ts';
import type { SiteUrls } from '../urls/site-urls.ts';
import { briefingJsonLd, claimJsonLd, countryJsonLd, treatyJsonLd, type JsonLd } from './structured-data.ts';
import { pageRecordDates } from '../ledger/record-dates.ts';

export interface EntryRef {
  collection: RoutedCollection;
  id: string;
}

export interface FeedLink {
  title: string;
  href: string;
}

export interface SocialImage {
  path: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

/** The preview every page shares (public/social/default.png, made by scripts/make-social-card.ts). */
export const DEFAULT_IMAGE: SocialImage = {
  path: '/social/default.png',
  width: 1200,
  height: 630,
  alt: 'Treaty Ledger: who is in and who is out of the arms-control treaties, and on whose word.',
  type: 'image/png',
};

export interface EntryMeta {
  ogType: 'website' | 'article';
  published?: string | undefined;
  modified?: string | undefined;
  jsonLd: JsonLd[];
  feeds: FeedLink[];
  citation: CitationInput;
}

export function feedLink(ledger: Ledger, urls: SiteUrls, ref: FeedRef): FeedLink {
  return { title: feedTitle(ledger, ref), href: urls.abs(feedPath(ref)) };
}

/** The title an entry is cited and shared by. */
export function entryTitle(ledger: Ledger, ref: EntryRef): string {
  const { collection, id } = ref;
  const title =
    collection === 'countries'
      ? ledger.countries.get(id)?.data.name
      : collection === 'treaties'
        ? ledger.treaties.get(id)?.data.shortName
        : collection === 'claims'
          ? ledger.claims.get(id)?.data.statement
          : collection === 'sources'
            ? ledger.sources.get(id)?.data.title
            : ledger.briefings.get(id)?.data.title;
  if (title === undefined) throw new Error(`No ${collection} entry "${id}"`);
  return title;
}

export function citationFor(ledger: Ledger, urls: SiteUrls, ref: EntryRef): CitationInput {
  const briefing = ref.collection === 'briefings' ? ledger.briefings.get(ref.id)?.data : undefined;
  return {
    key: `${ref.collection}/${ref.id}`,
    title: entryTitle(ledger, ref),
    url: urls.entry(ref.collection, ref.id),
    siteName: SITE_NAME,
    authors: briefing?.authors,
    date: briefing ? (briefing.updated ?? briefing.published) : ledger.asOf,
    dataAsOf: ledger.asOf,
    recordAsAt: pageRecordDates(ledger, ref)[0],
    type: 'webpage',
  };
}

export function entryMeta(ledger: Ledger, urls: SiteUrls, ref: EntryRef): EntryMeta {
  const { collection, id } = ref;
  const site = feedLink(ledger, urls, { kind: 'briefings' });
  const citation = citationFor(ledger, urls, ref);
  switch (collection) {
    case 'countries':
      return {
        ogType: 'website',
        jsonLd: [countryJsonLd(ledger, urls, id)],
        feeds: [feedLink(ledger, urls, { kind: 'countries', id }), site],
        citation,
      };
    case 'treaties':
      return {
        ogType: 'website',
        jsonLd: [treatyJsonLd(ledger, urls, id)],
        feeds: [feedLink(ledger, urls, { kind: 'treaties', id }), site],
        citation,
      };
    case 'claims':
      return { ogType: 'website', jsonLd: [claimJsonLd(ledger, urls, id)], feeds: [site], citation };
    case 'briefings': {
      const d = ledger.briefings.get(id)?.data;
      return {
        ogType: 'article',
        published: d?.published,
        modified: d?.updated ?? d?.published,
        jsonLd: [briefingJsonLd(ledger, urls, id, urls.abs(DEFAULT_IMAGE.path))],
        feeds: [site],
        citation,
      };
    }
    case 'sources':
      return { ogType: 'website', jsonLd: [], feeds: [site], citation };
  }
}

/** What a page may pass to PageMeta (through Base's `meta` prop) besides title and description. */
export interface PageMetaOptions {
  /** The entry the page shows: fills the type, dates, JSON-LD and feeds from the ledger. */
  entry?: EntryRef | undefined;
  /** Site path without the base ("/data/"); defaults to the page's own URL. */
  path?: string | undefined;
  type?: 'website' | 'article' | undefined;
  published?: string | undefined;
  modified?: string | undefined;
  jsonLd?: JsonLd[] | undefined;
  /** Feeds to advertise; the briefings feed is always added. */
  feeds?: FeedLink[] | undefined;
  image?: SocialImage | undefined;
  /** false on pages that must not be indexed as themselves (404). */
  canonical?: boolean | undefined;
}
