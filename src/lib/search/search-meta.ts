/**
 * What the search index learns about one page beyond its visible text: its type, the facets it
 * belongs to (treaty, country, region, year, verdict), the metadata shown in a result (type, date,
 * one-line summary) and the other names readers type for it (aliases, weighted). Computed from the
 * ledger so every page of a type says the same things; rendered by
 * src/components/search/SearchMeta.astro as Pagefind `data-pagefind-*` attributes.
 */
import type { Briefing } from '../../schemas/briefings.ts';
import type { Claim } from '../../schemas/claims.ts';
import type { Country } from '../../schemas/countries.ts';
import { isWeakStanding, type Source } from '../../schemas/sources.ts';
import type { Topic, Treaty } from '../../schemas/treaties.ts';
import { byName, type Entry, type Ledger, type LedgerEvent } from '../ledger/ledger.ts';
import { formatDate, parsePartialDate } from '../core/dates.ts';
import { STATUS_LABELS, type Status } from '../domain/status.ts';
import { EVIDENCE_FILTER, TYPE_COLLECTIONS, type Facet, type SearchType } from './search-facets.ts';
import type { RoutedCollection } from '../urls/routes.ts';

export interface SearchMeta {
  type: SearchType;
  /** Display names of the treaties the page is about. */
  treaties: string[];
  /** Display names of the countries the page is about. */
  countries: string[];
  /** Regions of those countries (or the country's own). */
  regions: string[];
  /** Topics of the treaties the page is about (schema values: "nuclear-weapons"). */
  topics: Topic[];
  /**
   * The evidence behind a claim or source, which search ranks with (src/lib/search/search-answer.ts):
   * "verified" for claims a record settles (accurate or false) and for depositary records and
   * official texts; "weak" for unverified claims, claims resting on weak sources only, and sources
   * of weak standing (aggregators, state-controlled outlets, partisan sites, unofficial copies).
   */
  evidence?: 'verified' | 'weak' | undefined;
  /** The year the thing was said, published or adopted: "2025". */
  year?: string | undefined;
  /** Claims only: the verdict value ("accurate"). */
  verdict?: string | undefined;
  /** Sources only: the standing value ("established-outlet"), a filter and shown in the result. */
  standing?: string | undefined;
  /** Shown under the result title. */
  summary: string;
  /** As precise as the source: "18 March 2025", "March 2025". */
  date?: string | undefined;
  /** Other names readers search for: abbreviations, former names, endonyms. Indexed with weight. */
  aliases: string[];
}

/**
 * Weight of a page's own names (name, abbreviation, aliases): Pagefind's maximum, above an h1 (7),
 * so a treaty or country page outranks the articles and headlines that merely mention it.
 */
export const ALIAS_WEIGHT = 10;

const TYPE_OF = Object.fromEntries(
  Object.entries(TYPE_COLLECTIONS).map(([type, collection]) => [collection, type]),
) as Record<RoutedCollection, SearchType>;

/** What a page writes into its markup for Pagefind: filter values, result metadata, aliases. */
export interface PagefindMarkup {
  filters: [Facet | typeof EVIDENCE_FILTER, string][];
  meta: [string, string][];
  aliases: string[];
}

export function pagefindMarkup(meta: SearchMeta): PagefindMarkup {
  const filters: [Facet, string][] = [['type', meta.type]];
  for (const t of meta.treaties) filters.push(['treaty', t]);
  for (const c of meta.countries) filters.push(['country', c]);
  for (const r of meta.regions) filters.push(['region', r]);
  for (const t of meta.topics) filters.push(['topic', t]);
  if (meta.year) filters.push(['year', meta.year]);
  if (meta.verdict) filters.push(['verdict', meta.verdict]);
  if (meta.standing) filters.push(['standing', meta.standing]);
  const evidence: [typeof EVIDENCE_FILTER, string][] = meta.evidence ? [[EVIDENCE_FILTER, meta.evidence]] : [];
  const fields: [string, string][] = [
    ['type', meta.type],
    ['summary', meta.summary],
  ];
  if (meta.date) fields.push(['date', meta.date]);
  if (meta.standing) fields.push(['standing', meta.standing]);
  if (meta.verdict) fields.push(['verdict', meta.verdict]);
  if (meta.aliases.length) fields.push(['names', meta.aliases.join(' · ')]);
  return { filters: [...filters, ...evidence], meta: fields, aliases: meta.aliases };
}

/** The search metadata of the page of one entry. Throws for an id the ledger does not have. */
export function searchMetaFor(ledger: Ledger, collection: RoutedCollection, id: string): SearchMeta {
  switch (collection) {
    case 'treaties':
      return treatyMeta(need(ledger.treaties, collection, id));
    case 'countries':
      return countryMeta(ledger, need(ledger.countries, collection, id));
    case 'claims':
      return claimMeta(ledger, need(ledger.claims, collection, id));
    case 'briefings':
      return briefingMeta(ledger, need(ledger.briefings, collection, id));
    case 'sources':
      return sourceMeta(ledger, need(ledger.sources, collection, id));
  }
}

function need<T>(map: Map<string, Entry<T>>, collection: RoutedCollection, id: string): Entry<T> {
  const entry = map.get(id);
  if (!entry) throw new Error(`search metadata: no ${collection} entry "${id}"`);
  return entry;
}

function treatyMeta({ data }: Entry<Treaty>): SearchMeta {
  // The schema requires one of the two: adopted, else opened for signature (NPT's adoption is not sourced).
  const started = data.adopted?.date ?? data.openedForSignature?.date ?? '';
  return {
    type: TYPE_OF.treaties,
    treaties: [data.shortName],
    countries: [],
    regions: [],
    topics: data.topics,
    year: yearOf(started),
    summary: data.summary,
    date: formatDate(started),
    // Keywords ("landmines") count as names here: the page's own words for the index, with weight.
    aliases: unique([data.shortName, data.abbreviation, ...data.aliases, data.title, ...data.keywords]),
  };
}

function countryMeta(ledger: Ledger, { id, data }: Entry<Country>): SearchMeta {
  const participations = ledger.participantsByCountry.get(id) ?? [];
  const treatyName = (treaty: string) => ledger.treaties.get(treaty)?.data.shortName ?? treaty;
  const byStatus = new Map<Status, string[]>();
  for (const p of participations) {
    const status = ledger.statusAsOf.get(`${p.treaty}:${id}`)?.status;
    if (!status) continue;
    byStatus.set(status, [...(byStatus.get(status) ?? []), treatyName(p.treaty)]);
  }
  const parties = byStatus.get('party')?.length ?? 0;
  const changes = (['withdrawal-pending', 'withdrawn'] as const)
    .filter((s) => byStatus.has(s))
    .map((s) => `${STATUS_LABELS[s].toLowerCase()}: ${(byStatus.get(s) ?? []).join(', ')}`);
  const place = data.subregion ?? data.region;
  const standing = `Party to ${parties} of the ${ledger.treaties.size} treaties tracked as of ${formatDate(ledger.asOf)}`;
  return {
    type: TYPE_OF.countries,
    treaties: participations.map((p) => treatyName(p.treaty)),
    countries: [data.name],
    regions: [data.region],
    topics: [],
    summary: `${data.officialName}, ${place}. ${standing}${changes.length ? `; ${changes.join('; ')}` : ''}.`,
    aliases: unique([data.name, ...data.alternativeNames, data.untcName]),
  };
}

function claimMeta(ledger: Ledger, { data }: Entry<Claim>): SearchMeta {
  const subjects = subjectNames(ledger, data.subjects);
  const where = data.where ? `, ${data.where}` : '';
  const standings = data.sources.map((s) => ledger.sources.get(s.source)?.data.standing);
  const weakOnly = standings.every((s) => s !== undefined && isWeakStanding(s));
  return {
    type: TYPE_OF.claims,
    ...subjects,
    year: yearOf(data.made),
    verdict: data.verdict.rating,
    evidence:
      data.verdict.rating === 'unverified' || weakOnly
        ? 'weak'
        : data.verdict.rating === 'accurate' || data.verdict.rating === 'false'
          ? 'verified'
          : undefined,
    // The verdict is shown beside it as a label (src/client/search-render.ts), from the "verdict" metadata.
    summary: `${data.claimant.name}, ${formatDate(data.made)}${where}.`,
    date: formatDate(data.made),
    aliases: [],
  };
}

function briefingMeta(ledger: Ledger, { data }: Entry<Briefing>): SearchMeta {
  return {
    type: TYPE_OF.briefings,
    ...subjectNames(ledger, data.subjects),
    year: yearOf(data.published),
    summary: data.summary,
    date: formatDate(data.published),
    aliases: [],
  };
}

/**
 * A source is "about" what rests on it: the subjects of the claims and briefings that cite it, the
 * treaties whose page or depositary record cites it, and the treaty and country of hand-curated
 * events. (Not every participant of a depositary record: that would put 160 countries on it.)
 */
/** Curated events by the sources they cite, in ledger order; built once per ledger, not scanned per source page. */
const curatedBySource = new WeakMap<Ledger, Map<string, LedgerEvent[]>>();

function curatedEventsCiting(ledger: Ledger, source: string): LedgerEvent[] {
  let index = curatedBySource.get(ledger);
  if (!index) {
    index = new Map();
    for (const event of ledger.events) {
      if (event.origin !== 'curated') continue;
      for (const cited of new Set(event.sources.map((s) => s.source))) {
        const list = index.get(cited);
        if (list) list.push(event);
        else index.set(cited, [event]);
      }
    }
    curatedBySource.set(ledger, index);
  }
  return index.get(source) ?? [];
}

function sourceMeta(ledger: Ledger, { id, data }: Entry<Source>): SearchMeta {
  const countries = new Set<string>();
  const treaties = new Set<string>();
  for (const edge of ledger.backlinks.get(`sources:${id}`) ?? []) {
    const { collection, id: from } = edge.from;
    const subjects =
      collection === 'claims'
        ? ledger.claims.get(from)?.data.subjects
        : collection === 'briefings'
          ? ledger.briefings.get(from)?.data.subjects
          : undefined;
    subjects?.countries.forEach((c) => countries.add(c));
    subjects?.treaties.forEach((t) => treaties.add(t));
    if (collection === 'treaties') treaties.add(from);
    if (collection === 'participation') {
      // The check names each participation file after its treaty, so the file id is the map's key.
      const treaty = ledger.participation.get(from)?.data.treaty;
      if (treaty) treaties.add(treaty);
    }
  }
  for (const event of curatedEventsCiting(ledger, id)) {
    countries.add(event.country);
    treaties.add(event.treaty);
  }
  const byline = [data.publisher, data.author].filter(Boolean).join(', ');
  return {
    type: TYPE_OF.sources,
    ...subjectNames(ledger, { countries: [...countries], treaties: [...treaties] }),
    year: yearOf(data.published),
    standing: data.standing,
    evidence: isWeakStanding(data.standing)
      ? 'weak'
      : data.standing === 'depositary-record' || data.standing === 'official-text'
        ? 'verified'
        : undefined,
    summary: data.summary ?? `${byline}, ${formatDate(data.published)}.`,
    date: formatDate(data.published),
    aliases: [],
  };
}

function subjectNames(ledger: Ledger, subjects: { countries: string[]; treaties: string[] }) {
  const countries = subjects.countries.map((c) => ledger.countries.get(c)?.data).filter((c) => c !== undefined);
  const topics = new Set(subjects.treaties.flatMap((t) => ledger.treaties.get(t)?.data.topics ?? []));
  return {
    topics: [...topics].sort(),
    treaties: unique(subjects.treaties.map((t) => ledger.treaties.get(t)?.data.shortName ?? t)).sort(byName),
    countries: unique(countries.map((c) => c.name)).sort(byName),
    regions: unique(countries.map((c) => c.region)).sort(byName),
  };
}

function yearOf(date: string): string | undefined {
  const parsed = parsePartialDate(date);
  return parsed.ok ? String(parsed.value.year) : undefined;
}

/** Distinct, non-empty, in first-seen order, leaving out what `except` already says. */
function unique(values: (string | undefined)[], except: string[] = []): string[] {
  const seen = new Set(except.map((v) => v.toLowerCase()));
  const out: string[] = [];
  for (const value of values) {
    const v = value?.trim();
    if (!v || seen.has(v.toLowerCase())) continue;
    seen.add(v.toLowerCase());
    out.push(v);
  }
  return out;
}
