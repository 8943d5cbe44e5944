/**
 * What the feeds say: new and updated briefings; the events of each treaty; the events of and
 * claims about each country. Built from the ledger, dated by the data (never the clock).
 *
 * Events dated after the as-of date (a withdrawal that takes effect next month) are left out until
 * a build on or after that date: a feed entry says something happened. The "withdrawal deposited"
 * entry already names the day it takes effect. Each feed carries the newest FEED_LIMIT entries;
 * the full history is in /data/events.csv.
 */
import type { Claim } from '../../schemas/claims.ts';
import { atomDate, type AtomEntry, type AtomFeed } from './atom.ts';
import { dateRange, formatDate, parsePartialDate } from '../core/dates.ts';
import { byCodeUnit } from './exports.ts';
import { VERDICT_LABELS } from '../domain/labels.ts';
import { getBacklinks, type Entry, type Ledger, type LedgerEvent } from '../ledger/ledger.ts';
import type { Participant } from '../domain/participants.ts';
import type { SiteUrls } from '../urls/site-urls.ts';

export const FEED_LIMIT = 50;
export const SITE_NAME = 'Treaty Ledger';
const RIGHTS = 'Depositary dates: United Nations Treaty Collection. Text and computed data: CC BY 4.0, Treaty Ledger.';

export type FeedRef = { kind: 'briefings' } | { kind: 'treaties' | 'countries'; id: string };

/** Where a feed lives: /feeds/briefings.xml, /feeds/treaties/<id>.xml, /feeds/countries/<id>.xml. */
export function feedPath(ref: FeedRef): string {
  return ref.kind === 'briefings' ? '/feeds/briefings.xml' : `/feeds/${ref.kind}/${ref.id}.xml`;
}

/** The feed's title, also used for the page's <link rel="alternate" title>. */
export function feedTitle(ledger: Ledger, ref: FeedRef): string {
  if (ref.kind === 'briefings') return `${SITE_NAME}: briefings`;
  if (ref.kind === 'treaties')
    return `${ledger.treaties.get(ref.id)?.data.shortName ?? ref.id}: treaty events (${SITE_NAME})`;
  return `${ledger.countries.get(ref.id)?.data.name ?? ref.id}: events and claims (${SITE_NAME})`;
}

const startOf = (date: string) => {
  const parsed = parsePartialDate(date);
  return parsed.ok ? dateRange(parsed.value).start : date;
};

/** dataDate per ledger: every feed asks, and the answer reads every claim and event once. */
const dataDates = new WeakMap<Ledger, string>();

/** The newest date the data speaks of, up to the as-of date: what an empty feed is "updated" at. */
export function dataDate(ledger: Ledger): string {
  let date = dataDates.get(ledger);
  if (date === undefined) dataDates.set(ledger, (date = computeDataDate(ledger)));
  return date;
}

function computeDataDate(ledger: Ledger): string {
  const dates = [
    ...[...ledger.participation.values()].map((p) => p.data.statusAsAt),
    ...ledger.events.map((e) => startOf(e.date)),
    ...[...ledger.briefings.values()].map((b) => b.data.updated ?? b.data.published),
    ...[...ledger.claims.values()].flatMap((c) => [
      startOf(c.data.made),
      ...(c.data.reviewed ? [c.data.reviewed] : []),
    ]),
  ].filter((d) => d <= ledger.asOf);
  return atomDate(dates.reduce((max, d) => (d > max ? d : max), '1970-01-01'));
}

function feedShell(
  ledger: Ledger,
  urls: SiteUrls,
  ref: FeedRef,
  alternate: string,
  subtitle: string,
  entries: AtomEntry[],
): AtomFeed {
  const sorted = [...entries]
    .sort((a, b) => byCodeUnit(b.updated, a.updated) || byCodeUnit(a.id, b.id))
    .slice(0, FEED_LIMIT);
  return {
    id: urls.tag(feedPath(ref)),
    title: feedTitle(ledger, ref),
    subtitle,
    self: urls.abs(feedPath(ref)),
    alternate,
    author: { name: SITE_NAME, uri: urls.home },
    rights: RIGHTS,
    updatedWhenEmpty: dataDate(ledger),
    entries: sorted,
  };
}

export function briefingsFeed(ledger: Ledger, urls: SiteUrls): AtomFeed {
  const entries = [...ledger.briefings.values()].map((b): AtomEntry => {
    const d = b.data;
    return {
      id: urls.tag(`/briefings/${b.id}/`),
      title: d.title,
      published: atomDate(d.published),
      updated: atomDate(d.updated ?? d.published),
      links: [{ href: urls.entry('briefings', b.id) }],
      authors: d.authors,
      categories: [
        ...d.subjects.treaties.map((t) => ({ term: `treaty:${t}`, label: ledger.treaties.get(t)?.data.shortName })),
        ...d.subjects.countries.map((c) => ({ term: `country:${c}`, label: ledger.countries.get(c)?.data.name })),
      ],
      summary: d.summary,
    };
  });
  return feedShell(ledger, urls, { kind: 'briefings' }, urls.home, 'New and updated briefings.', entries);
}

function eventEntry(ledger: Ledger, urls: SiteUrls, e: LedgerEvent, primary: 'treaties' | 'countries'): AtomEntry {
  const country = ledger.countries.get(e.country)?.data.name ?? e.country;
  const treaty = ledger.treaties.get(e.treaty)?.data.shortName ?? e.treaty;
  const withdrawal = participantOf(ledger, e.treaty, e.country)?.withdrawal;
  const effect =
    e.kind === 'withdrawal-deposited' && withdrawal?.effective
      ? ` It takes effect on ${formatDate(withdrawal.effective)}.`
      : '';
  const basis = {
    depositary: 'As the depositary records it.',
    computed: 'Computed from the treaty’s rule.',
    curated: 'A sourced event recorded by Treaty Ledger.',
  }[e.origin];
  const sources = e.sources.map((s) => ledger.sources.get(s.source)?.data.title ?? s.source).join('; ');
  const pages = { countries: urls.entry('countries', e.country), treaties: urls.entry('treaties', e.treaty) };
  const other = primary === 'countries' ? 'treaties' : 'countries';
  return {
    id: urls.tag(`/events/${e.id}`),
    title: `${country}, ${treaty}: ${e.title}`,
    updated: atomDate(e.date),
    links: [{ href: pages[primary] }, { rel: 'related', href: pages[other] }],
    categories: [{ term: e.kind }],
    summary: `${formatDate(e.date)}: ${e.title}${e.detail ? ` (${e.detail})` : ''}.${effect} ${basis}${sources ? ` Source: ${sources}.` : ''}`,
  };
}

/** The ledger's own index of participants by `${treaty}:${country}`. */
function participantOf(ledger: Ledger, treaty: string, country: string): Participant | undefined {
  return ledger.participantByKey.get(`${treaty}:${country}`);
}

const happened = (ledger: Ledger) => (e: LedgerEvent) => startOf(e.date) <= ledger.asOf;

export function treatyFeed(ledger: Ledger, urls: SiteUrls, id: string): AtomFeed {
  const events = (ledger.eventsByTreaty.get(id) ?? []).filter(happened(ledger));
  const entries = events.map((e) => eventEntry(ledger, urls, e, 'treaties'));
  return feedShell(
    ledger,
    urls,
    { kind: 'treaties', id },
    urls.entry('treaties', id),
    'Signatures, ratifications, accessions, withdrawals and domestic steps, newest first.',
    entries,
  );
}

function claimEntry(urls: SiteUrls, claim: Entry<Claim>, asOf: string): AtomEntry {
  const d = claim.data;
  const made = atomDate(d.made);
  // A review after the edition's date is not news of that edition: the entry stays dated by the claim.
  const reviewed = d.reviewed && d.reviewed <= asOf ? atomDate(d.reviewed) : made;
  return {
    id: urls.tag(`/claims/${claim.id}/`),
    title: d.statement,
    published: made,
    updated: reviewed > made ? reviewed : made,
    links: [{ href: urls.entry('claims', claim.id) }],
    categories: [
      { term: `verdict:${d.verdict.rating}`, label: `Verdict: ${VERDICT_LABELS[d.verdict.rating].toLowerCase()}` },
    ],
    summary: `${d.claimant.name}, ${formatDate(d.made)}${d.where ? `, ${d.where}` : ''}. Verdict: ${VERDICT_LABELS[d.verdict.rating].toLowerCase()}. ${d.verdict.reason}`,
  };
}

/** Claims about a country or made on its behalf, from the link graph. */
export function claimsAboutCountry(ledger: Ledger, id: string): Entry<Claim>[] {
  const ids = new Set(
    getBacklinks(ledger, 'countries', id)
      .filter((e) => e.from.collection === 'claims' && (e.relation === 'subject' || e.relation === 'claimant'))
      .map((e) => e.from.id),
  );
  return [...ids].sort(byCodeUnit).flatMap((c) => ledger.claims.get(c) ?? []);
}

export function countryFeed(ledger: Ledger, urls: SiteUrls, id: string): AtomFeed {
  const events = (ledger.eventsByCountry.get(id) ?? [])
    .filter(happened(ledger))
    .map((e) => eventEntry(ledger, urls, e, 'countries'));
  const claims = claimsAboutCountry(ledger, id)
    .filter((c) => startOf(c.data.made) <= ledger.asOf)
    .map((c) => claimEntry(urls, c, ledger.asOf));
  return feedShell(
    ledger,
    urls,
    { kind: 'countries', id },
    urls.entry('countries', id),
    'Treaty events and sourced claims, newest first.',
    [...events, ...claims],
  );
}
