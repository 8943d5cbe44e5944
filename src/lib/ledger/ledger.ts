/**
 * The ledger: every index the pages, feeds and downloads read, built once per build from plain
 * entries (no Astro imports, so it is tested without rendering). Pages never scan a collection:
 * they look up what they need here.
 */
import type { Briefing } from '../../schemas/briefings.ts';
import type { Claim } from '../../schemas/claims.ts';
import type { Country } from '../../schemas/countries.ts';
import type { CuratedEvent, EventsFile } from '../../schemas/events.ts';
import type { Organization } from '../../schemas/organizations.ts';
import type { Participation } from '../../schemas/participation.ts';
import type { Source } from '../../schemas/sources.ts';
import type { Treaty } from '../../schemas/treaties.ts';
import { sortKey, toIsoDate, type IsoDate } from '../core/dates.ts';
import { backlinksOf, collectEdges, indexBacklinks, type Edge, type TargetKind } from '../domain/link-graph.ts';
import { takeScan, type BodyScan } from '../markdown/markdown.ts';
import { buildParticipants, groupBy, type Participant } from '../domain/participants.ts';
import { countOn, getStatusOn, type StatusOnDate, type TreatyCounts } from '../domain/status.ts';
import { indexClaimRelations, type ClaimRelation } from '../domain/claim-relations.ts';
import { firstDayAfterEnd } from '../domain/treaty-life.ts';
import { listEntries, listWithdrawals, type EntryChange, type WithdrawalChange } from '../domain/treaty-changes.ts';
import { editionOf, type Edition } from './edition.ts';

export interface Entry<T> {
  id: string;
  data: T;
  body?: string | undefined;
  /** Path of the source file relative to the project root, for "edit this page". */
  filePath?: string | undefined;
}

export interface LedgerInput {
  asOf: IsoDate;
  countries: Entry<Country>[];
  organizations: Entry<Organization>[];
  treaties: Entry<Treaty>[];
  participation: Entry<Participation>[];
  events: Entry<EventsFile>[];
  sources: Entry<Source>[];
  claims: Entry<Claim>[];
  briefings: Entry<Briefing>[];
}

export type EventKind =
  | 'signature'
  | 'consent'
  | 'entry-into-force'
  | 'provisional-application'
  | 'withdrawal-deposited'
  | 'withdrawal-effective'
  | 'consent-revoked'
  | 'treaty-ended'
  | CuratedEvent['type'];

/** One dated thing that happened, depositary or domestic, with what it rests on. */
export interface LedgerEvent {
  id: string;
  treaty: string;
  country: string;
  kind: EventKind;
  date: string;
  /** Depositary record, a date computed from the treaty rule, or a hand-curated fact. */
  origin: 'depositary' | 'computed' | 'curated';
  title: string;
  detail?: string | undefined;
  sources: { source: string; locator?: string | undefined }[];
}

export interface Membership {
  organization: string;
  joined: string;
  left?: string | undefined;
  sources: { source: string; locator?: string | undefined }[];
}

export interface Ledger {
  asOf: IsoDate;
  /** What this dated edition leaves out (src/lib/ledger/edition.ts): entries that did not exist on `asOf`. */
  edition: Edition;
  countries: Map<string, Entry<Country>>;
  organizations: Map<string, Entry<Organization>>;
  treaties: Map<string, Entry<Treaty>>;
  sources: Map<string, Entry<Source>>;
  claims: Map<string, Entry<Claim>>;
  briefings: Map<string, Entry<Briefing>>;
  participation: Map<string, Entry<Participation>>;
  /** Treaty id → participants, sorted by country name. */
  participantsByTreaty: Map<string, Participant[]>;
  /** Country id → its participations, sorted by treaty short name. */
  participantsByCountry: Map<string, Participant[]>;
  /** `${treaty}:${country}` → status on the as-of date. */
  statusAsOf: Map<string, StatusOnDate>;
  countsAsOf: Map<string, TreatyCounts>;
  membershipsByCountry: Map<string, Membership[]>;
  events: LedgerEvent[];
  eventsByCountry: Map<string, LedgerEvent[]>;
  eventsByTreaty: Map<string, LedgerEvent[]>;
  edges: Edge[];
  backlinks: Map<string, Edge[]>;
  /** Briefing id → claim ids in the order the body first cites them (citation numbers). */
  citationsByBriefing: Map<string, string[]>;
  /** Body scans (headings, word counts) for entries with bodies. */
  scans: Map<string, BodyScan>;
  /** Countries sorted by name, treaties by short name, briefings newest first, claims newest first. */
  sorted: {
    countries: Entry<Country>[];
    treaties: Entry<Treaty>[];
    briefings: Entry<Briefing>[];
    claims: Entry<Claim>[];
    sources: Entry<Source>[];
  };
  // Indexes for pages (issue #3), built once so no page scans a collection.
  /** `${treaty}:${country}` → that participation. */
  participantByKey: Map<string, Participant>;
  /** Curated and depositary events by id (for backlinks from events and timeline anchors). */
  eventsById: Map<string, LedgerEvent>;
  /** Event files by id (for backlinks from overrides). */
  eventFiles: Map<string, Entry<EventsFile>>;
  /** Claim id → related claims in both directions ("contradicts" / "contradicted by"). */
  relationsByClaim: Map<string, ClaimRelation[]>;
  /** Verdict → claims with it, and kind → claims of it; newest first. */
  claimsByVerdict: Map<Claim['verdict']['rating'], Entry<Claim>[]>;
  claimsByKind: Map<Claim['kind'], Entry<Claim>[]>;
  /** Region → its countries by name; regions in alphabetical order. */
  countriesByRegion: Map<string, Entry<Country>[]>;
  /** Publisher → its sources (publishers in alphabetical order). */
  sourcesByPublisher: Map<string, Entry<Source>[]>;
  /** Every withdrawal, most recently deposited first; every computed entry into force, latest first. */
  withdrawals: WithdrawalChange[];
  entries: EntryChange[];
  /** Consent dates shown as disputed and listed for review (several depositaries), by treaty then country. */
  disputedConsents: Participant[];
}

/**
 * Names in English order, ignoring case and accents. One Collator for every comparison: the same
 * order as `a.localeCompare(b, 'en', { sensitivity: 'base' })`, which builds a collator per call
 * and is about 50 times slower when sorting thousands of entries.
 */
export const byName: (a: string, b: string) => number = new Intl.Collator('en', { sensitivity: 'base' }).compare;

/**
 * Every index, built once per build, in named steps: participants and their statuses, memberships,
 * events, the link graph, briefing citations, sorted lists, then the lookups the pages read.
 */
export function buildLedger(everything: LedgerInput): Ledger {
  // One parse per body: the edition reads the briefings' scans, the link graph reuses them.
  const scanOf = scanReader();
  // The edition for the as-of date, filtered once: nothing below sees what did not exist then.
  const { input, edition } = editionOf(everything, (b) => scanOf('briefings', b, 'mdx'));
  const countries = new Map(input.countries.map((e) => [e.id, e]));
  const treaties = new Map(input.treaties.map((e) => [e.id, e]));
  const participation = new Map(input.participation.map((e) => [e.data.treaty, e]));
  const { participantsByTreaty, statusAsOf, countsAsOf } = indexParticipants(input, countries, participation);
  const participantsByCountry = groupParticipantsByCountry(participantsByTreaty, treaties);
  const allParticipants = [...participantsByTreaty.values()].flat();
  const events = listEvents(allParticipants, treaties);
  const { scans, edges, backlinks } = indexLinks(input, edition, scanOf);
  const sorted = sortEntries(input);
  return {
    asOf: input.asOf,
    edition,
    countries,
    organizations: new Map(input.organizations.map((e) => [e.id, e])),
    treaties,
    sources: new Map(input.sources.map((e) => [e.id, e])),
    claims: new Map(input.claims.map((e) => [e.id, e])),
    briefings: new Map(input.briefings.map((e) => [e.id, e])),
    participation,
    participantsByTreaty,
    participantsByCountry,
    statusAsOf,
    countsAsOf,
    membershipsByCountry: indexMemberships(input.organizations),
    events,
    eventsByCountry: groupBy(events, (e) => e.country),
    eventsByTreaty: groupBy(events, (e) => e.treaty),
    edges,
    backlinks,
    citationsByBriefing: indexBriefingCitations(input.briefings, scans),
    scans,
    sorted,
    participantByKey: new Map(allParticipants.map((p) => [`${p.treaty}:${p.country}`, p])),
    eventsById: new Map(events.map((e) => [e.id, e])),
    eventFiles: new Map(input.events.map((e) => [e.id, e])),
    relationsByClaim: indexClaimRelations(input.claims),
    claimsByVerdict: groupSorted(sorted.claims, (c) => c.data.verdict.rating),
    claimsByKind: groupSorted(sorted.claims, (c) => c.data.kind),
    countriesByRegion: groupSorted(sorted.countries, (c) => c.data.region, byName),
    sourcesByPublisher: groupSorted(sorted.sources, (s) => s.data.publisher, byName),
    withdrawals: listWithdrawals(allParticipants),
    entries: listEntries(allParticipants),
    disputedConsents: allParticipants
      .filter((p) => p.review)
      .sort((a, b) => a.treaty.localeCompare(b.treaty) || a.country.localeCompare(b.country)),
  };
}

/** Each treaty's participants (depositary rows, curated events and overrides merged, sorted by country name), their statuses and the counts on the as-of date. */
function indexParticipants(
  input: LedgerInput,
  countries: Map<string, Entry<Country>>,
  participation: Map<string, Entry<Participation>>,
): Pick<Ledger, 'participantsByTreaty' | 'statusAsOf' | 'countsAsOf'> {
  const curated = input.events.flatMap((f) => f.data.events);
  const overrides = input.events.flatMap((f) => f.data.overrides);
  const countryName = (id: string) => countries.get(id)?.data.name ?? id;
  const participantsByTreaty = new Map<string, Participant[]>();
  const statusAsOf = new Map<string, StatusOnDate>();
  const countsAsOf = new Map<string, TreatyCounts>();
  for (const treaty of input.treaties) {
    const t = treaty.data;
    const list = buildParticipants(
      {
        id: treaty.id,
        entryIntoForce: t.entryIntoForce.date ? toIsoDate(t.entryIntoForce.date) : undefined,
        individually: t.entryIntoForce.individually,
        end: t.end
          ? { from: firstDayAfterEnd(t.end), date: toIsoDate(t.end.date), kind: t.end.kind, sources: t.end.sources }
          : undefined,
        rules: t.rules,
      },
      participation.get(treaty.id)?.data,
      curated,
      overrides,
    ).sort((a, b) => byName(countryName(a.country), countryName(b.country)));
    participantsByTreaty.set(treaty.id, list);
    for (const p of list) statusAsOf.set(`${treaty.id}:${p.country}`, getStatusOn(p.facts, input.asOf));
    countsAsOf.set(treaty.id, countOn(list, input.asOf));
  }
  return { participantsByTreaty, statusAsOf, countsAsOf };
}

/** Country → its participations, sorted by treaty short name. */
function groupParticipantsByCountry(
  participantsByTreaty: Map<string, Participant[]>,
  treaties: Map<string, Entry<Treaty>>,
): Map<string, Participant[]> {
  const shortName = (id: string) => treaties.get(id)?.data.shortName ?? id;
  const byCountry = groupBy([...participantsByTreaty.values()].flat(), (p) => p.country);
  for (const list of byCountry.values()) list.sort((a, b) => byName(shortName(a.treaty), shortName(b.treaty)));
  return byCountry;
}

/** Country → its memberships of organizations, with dates and sources. */
function indexMemberships(organizations: LedgerInput['organizations']): Map<string, Membership[]> {
  const byCountry = new Map<string, Membership[]>();
  for (const org of organizations) {
    for (const m of org.data.members) {
      const list = byCountry.get(m.country) ?? [];
      list.push({ organization: org.id, joined: m.joined, left: m.left, sources: m.sources });
      byCountry.set(m.country, list);
    }
  }
  return byCountry;
}

/** Every dated event of every participant, oldest first. */
function listEvents(participants: readonly Participant[], treaties: Map<string, Entry<Treaty>>): LedgerEvent[] {
  const events = participants.flatMap((p) => eventsOf(p, treaties.get(p.treaty)?.data));
  return events.sort((a, b) => sortKey(a.date).localeCompare(sortKey(b.date)) || a.id.localeCompare(b.id));
}

type ScanReader = (collection: string, e: Entry<unknown>, format: 'markdown' | 'mdx') => BodyScan | undefined;

/** Each body's scan (handed over by the check), taken once and kept for the build's later steps. */
function scanReader(): ScanReader {
  const cache = new Map<string, BodyScan | undefined>();
  return (collection, e, format) => {
    const key = `${collection}:${e.id}`;
    if (!cache.has(key)) cache.set(key, e.body?.trim() ? takeScan(e.body, format) : undefined);
    return cache.get(key);
  };
}

/** The body scans and the link graph over every entry of the edition, with its backlinks. */
function indexLinks(
  input: LedgerInput,
  edition: Edition,
  scanOf: ScanReader,
): Pick<Ledger, 'scans' | 'edges' | 'backlinks'> {
  const scans = new Map<string, BodyScan>();
  const graphEntries = [];
  const bodied: [string, Entry<unknown>[], 'markdown' | 'mdx'][] = [
    ['countries', input.countries, 'markdown'],
    ['treaties', input.treaties, 'markdown'],
    ['sources', input.sources, 'markdown'],
    ['claims', input.claims, 'markdown'],
    ['briefings', input.briefings, 'mdx'],
  ];
  for (const [collection, entries, format] of bodied) {
    for (const e of entries) {
      const scan = scanOf(collection, e, format);
      if (scan) scans.set(`${collection}:${e.id}`, scan);
      graphEntries.push({ collection, id: e.id, data: e.data, scan });
    }
  }
  for (const e of input.organizations) graphEntries.push({ collection: 'organizations', id: e.id, data: e.data });
  for (const e of input.participation) graphEntries.push({ collection: 'participation', id: e.id, data: e.data });
  for (const e of input.events) graphEntries.push({ collection: 'events', id: e.id, data: e.data });
  // A body may still link to an entry this edition leaves out: its page shows the words without the link.
  const edges = collectEdges(graphEntries).filter((e) => !edition.leftOut.has(`${e.to.collection}:${e.to.id}`));
  return { scans, edges, backlinks: indexBacklinks(edges) };
}

/** Briefing → the claims it cites with <Claim id="…" />, in order of first citation. */
function indexBriefingCitations(
  briefings: LedgerInput['briefings'],
  scans: Map<string, BodyScan>,
): Map<string, string[]> {
  const citations = new Map<string, string[]>();
  for (const b of briefings) {
    const ids: string[] = [];
    for (const c of scans.get(`briefings:${b.id}`)?.components ?? []) {
      const id = c.attributes['id'];
      if (c.name === 'Claim' && typeof id === 'string' && !ids.includes(id)) ids.push(id);
    }
    citations.set(b.id, ids);
  }
  return citations;
}

/** The lists pages show: countries and treaties by name, briefings and claims newest first, sources by publisher. */
function sortEntries(input: LedgerInput): Ledger['sorted'] {
  const newestFirst =
    <T>(date: (e: Entry<T>) => string) =>
    (a: Entry<T>, b: Entry<T>) =>
      sortKey(date(b)).localeCompare(sortKey(date(a))) || a.id.localeCompare(b.id);
  return {
    countries: [...input.countries].sort((a, b) => byName(a.data.name, b.data.name)),
    treaties: [...input.treaties].sort((a, b) => byName(a.data.shortName, b.data.shortName)),
    briefings: [...input.briefings].sort(newestFirst((e) => e.data.updated ?? e.data.published)),
    claims: [...input.claims].sort(newestFirst((e) => e.data.made)),
    sources: [...input.sources].sort((a, b) => byName(a.data.publisher, b.data.publisher) || a.id.localeCompare(b.id)),
  };
}

/** Groups a sorted list by key, keeping the list's order in each group and, given `order`, ordering the keys. */
function groupSorted<T, K>(list: readonly T[], key: (item: T) => K, order?: (a: K, b: K) => number): Map<K, T[]> {
  const map = groupBy(list, key);
  return order ? new Map([...map].sort(([a], [b]) => order(a, b))) : map;
}

/** Who points at an entry, grouped by the kind of entry that points. */
export function getBacklinks(ledger: Ledger, collection: TargetKind, id: string): Edge[] {
  return backlinksOf(ledger.backlinks, collection, id);
}

const EVENT_TITLES: Record<string, string> = {
  signature: 'Signed',
  'provisional-application': 'Provisional application declared',
  'entry-into-force': 'Entered into force for the state',
  'withdrawal-deposited': 'Withdrawal deposited',
  'withdrawal-effective': 'Withdrawal took effect',
};

/** The dated events of one participation: depositary acts, computed dates and curated steps. */
export function eventsOf(p: Participant, treaty: Treaty | undefined): LedgerEvent[] {
  const out: LedgerEvent[] = [];
  const base = { treaty: p.treaty, country: p.country };
  const id = (kind: string) => `${p.treaty}:${p.country}:${kind}`;
  const depositary = p.sources;
  if (p.signature)
    out.push({
      ...base,
      id: id('signature'),
      kind: 'signature',
      date: p.signature,
      origin: 'depositary',
      title: 'Signed',
      sources: depositary,
    });
  if (p.provisionalApplication) {
    out.push({
      ...base,
      id: id('provisional-application'),
      kind: 'provisional-application',
      date: p.provisionalApplication,
      origin: 'depositary',
      title: EVENT_TITLES['provisional-application'] ?? '',
      sources: depositary,
    });
  }
  if (p.consent) {
    const curatedEvent = p.consent.origin === 'curated' ? p.events.find((e) => e.id === p.consent?.eventId) : undefined;
    out.push({
      ...base,
      id: id('consent'),
      kind: 'consent',
      date: p.consent.date,
      origin: p.consent.origin === 'curated' ? 'curated' : 'depositary',
      title: `${capitalize(p.consent.type)} deposited`,
      sources: curatedEvent ? curatedEvent.sources : depositary,
    });
  }
  if (p.entryIntoForce?.date && (!p.consentRevoked || p.entryIntoForce.date < p.consentRevoked.date)) {
    const ruleArticle =
      treaty && 'article' in treaty.rules.entryIntoForce ? treaty.rules.entryIntoForce.article : undefined;
    out.push({
      ...base,
      id: id('entry-into-force'),
      kind: 'entry-into-force',
      date: p.entryIntoForce.date,
      origin: p.entryIntoForce.basis === 'override' ? 'curated' : 'computed',
      title: 'Entered into force for the state',
      detail:
        p.entryIntoForce.basis === 'rule' && ruleArticle
          ? `computed from ${ruleArticle}`
          : p.entryIntoForce.basis === 'treaty-entry-into-force'
            ? 'the treaty’s own entry into force'
            : undefined,
      sources: depositary,
    });
  }
  if (p.withdrawal) {
    // A notice given where there is no depositary (INF: to the other party) rests on its event's sources.
    const notice = p.withdrawal.eventId ? p.events.find((e) => e.id === p.withdrawal?.eventId) : undefined;
    out.push({
      ...base,
      id: id('withdrawal-deposited'),
      kind: 'withdrawal-deposited',
      date: p.withdrawal.deposited,
      origin: notice ? 'curated' : 'depositary',
      title: notice ? 'Notice of withdrawal given' : 'Withdrawal deposited',
      detail: p.withdrawal.notification ? `${p.withdrawal.notification.cn}` : notice?.title,
      sources: notice ? notice.sources : depositary,
    });
    if (p.withdrawal.effective) {
      out.push({
        ...base,
        id: id('withdrawal-effective'),
        kind: 'withdrawal-effective',
        date: p.withdrawal.effective,
        origin:
          p.withdrawal.basis === 'recorded' ? 'depositary' : p.withdrawal.basis === 'override' ? 'curated' : 'computed',
        title: 'Withdrawal takes effect',
        detail: p.withdrawal.recordedEffective === p.withdrawal.effective ? 'as the depositary records it' : undefined,
        sources: notice ? notice.sources : depositary,
      });
    }
  }
  // The treaty's own end, on the page of every state that was still in it (INF, New START).
  if (treaty?.end && p.facts.treatyEnded && p.consent && p.consent.date < p.facts.treatyEnded.from) {
    const tookEffectBefore = p.withdrawal?.effective && p.withdrawal.effective < p.facts.treatyEnded.from;
    if (!tookEffectBefore) {
      out.push({
        ...base,
        id: id('treaty-ended'),
        kind: 'treaty-ended',
        date: treaty.end.date,
        origin: 'curated',
        title: treaty.end.kind === 'terminated' ? 'The treaty was terminated' : 'The treaty expired',
        detail: treaty.end.how,
        sources: treaty.end.sources,
      });
    }
  }
  for (const e of p.events) {
    if (e.type === 'consent' && p.consent?.eventId === e.id) continue;
    if (e.type === 'withdrawal-notice' && p.withdrawal?.eventId === e.id) continue;
    out.push({
      ...base,
      id: e.id,
      kind: e.type,
      date: e.date,
      origin: 'curated',
      title: e.title,
      detail: e.note,
      sources: e.sources,
    });
  }
  return out;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
