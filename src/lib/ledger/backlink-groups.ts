/**
 * Backlinks as readers see them: each edge into an entry (from the one link graph, ledger.backlinks)
 * turned into a link with a label — "Poland in the Ottawa Convention record", "NATO membership of
 * Poland", "18 March 2025: Defence minister recommends leaving" — grouped by what points here.
 * Pages render some groups in their own sections (claims about a treaty) and the rest under
 * "Also linked from".
 */
import type { Briefing } from '../../schemas/briefings.ts';
import type { Claim } from '../../schemas/claims.ts';
import { formatDate, sortKey } from '../core/dates.ts';
import type { Edge } from '../domain/link-graph.ts';
import type { Entry, Ledger } from './ledger.ts';
import { pathFor } from '../urls/routes.ts';

export type BacklinkGroupKey =
  'briefings' | 'claims' | 'countries' | 'treaties' | 'sources' | 'records' | 'events' | 'memberships';

export interface BacklinkItem {
  /** Site path without the base ("/countries/poland/#memberships"). */
  path: string;
  label: string;
  /** How it links here: "cites it", "about it", "mentions it", "source". */
  detail?: string | undefined;
}

export interface BacklinkGroup {
  key: BacklinkGroupKey;
  label: string;
  items: BacklinkItem[];
}

const GROUPS: Record<BacklinkGroupKey, string> = {
  briefings: 'Briefings',
  claims: 'Claims',
  records: 'Depositary records',
  events: 'Events',
  memberships: 'Memberships',
  treaties: 'Treaty pages',
  countries: 'Country pages',
  sources: 'Source notes',
};

const RELATION_DETAIL: Partial<Record<Edge['relation'], string>> = {
  subject: 'about it',
  'cites-claim': 'cites it',
  mentions: 'mentions it',
  claimant: 'made on its behalf',
  'related-claim': 'related claim',
};

/** Index `i` from a field path such as "participants[12].sources[0].source". */
function indexIn(field: string, list: string): number | undefined {
  const match = new RegExp(`^${list}\\[(\\d+)\\]`).exec(field);
  return match ? Number(match[1]) : undefined;
}

/** Anchor id for an event in a timeline ("event-poland-apmbc-announcement-2025-03-18"). */
export function eventAnchor(id: string): string {
  return `event-${id.replace(/[^a-z0-9-]+/gi, '-')}`;
}

function itemFor(ledger: Ledger, edge: Edge): [BacklinkGroupKey, BacklinkItem] | undefined {
  const { collection, id } = edge.from;
  const detail = RELATION_DETAIL[edge.relation];
  const countryName = (c: string) => ledger.countries.get(c)?.data.name ?? c;
  const treatyName = (t: string) => ledger.treaties.get(t)?.data.shortName ?? t;
  switch (collection) {
    case 'briefings':
      return [
        'briefings',
        { path: pathFor('briefings', id), label: ledger.briefings.get(id)?.data.title ?? id, detail },
      ];
    case 'claims':
      return ['claims', { path: pathFor('claims', id), label: ledger.claims.get(id)?.data.statement ?? id, detail }];
    case 'countries':
      return ['countries', { path: pathFor('countries', id), label: countryName(id), detail }];
    case 'treaties':
      return ['treaties', { path: pathFor('treaties', id), label: treatyName(id), detail }];
    case 'sources':
      return ['sources', { path: pathFor('sources', id), label: ledger.sources.get(id)?.data.title ?? id, detail }];
    case 'participation': {
      const record = ledger.participation.get(id)?.data;
      const treaty = record?.treaty ?? id;
      const row = indexIn(edge.field, 'participants');
      const country = row === undefined ? undefined : record?.participants[row]?.country;
      if (country && edge.relation === 'source') {
        return [
          'records',
          {
            path: pathFor('countries', country),
            label: `${countryName(country)} in the ${treatyName(treaty)} depositary record`,
          },
        ];
      }
      const count = record ? ` (${record.participants.length} participants)` : '';
      const detail = record ? `status as at ${formatDate(record.statusAsAt)}` : undefined;
      return [
        'records',
        {
          path: `${pathFor('treaties', treaty)}#participants`,
          label: `${treatyName(treaty)}: depositary record${count}`,
          detail,
        },
      ];
    }
    case 'organizations': {
      const org = ledger.organizations.get(id)?.data;
      const member = indexIn(edge.field, 'members');
      const country = member === undefined ? undefined : org?.members[member]?.country;
      const name = org?.shortName ?? id;
      if (!country) return undefined;
      return [
        'memberships',
        {
          path: `${pathFor('countries', country)}#memberships`,
          label: `${name} membership of ${countryName(country)}`,
        },
      ];
    }
    case 'events': {
      const event = ledger.eventsById.get(id);
      if (event) {
        return [
          'events',
          {
            path: `${pathFor('countries', event.country)}#${eventAnchor(event.id)}`,
            label: `${formatDate(event.date)}: ${event.title}`,
            detail: `${countryName(event.country)}, ${treatyName(event.treaty)}`,
          },
        ];
      }
      const override = ledger.eventFiles.get(id)?.data.overrides[indexIn(edge.field, 'overrides') ?? -1];
      if (!override) return undefined;
      return [
        'events',
        {
          path: pathFor('countries', override.country),
          label: `Recorded date ${formatDate(override.date)} (${override.field === 'entryIntoForce' ? 'entry into force' : 'withdrawal effective'})`,
          detail: `${countryName(override.country)}, ${treatyName(override.treaty)}: ${override.reason}`,
        },
      ];
    }
    default:
      return undefined;
  }
}

/** Edges into one entry as labelled links, grouped in a fixed order; duplicates dropped. */
export function groupBacklinks(ledger: Ledger, edges: readonly Edge[]): BacklinkGroup[] {
  const groups = new Map<BacklinkGroupKey, BacklinkItem[]>();
  const seen = new Set<string>();
  for (const edge of edges) {
    const found = itemFor(ledger, edge);
    if (!found) continue;
    const [key, item] = found;
    const dedupe = `${key}|${item.path}|${item.label}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return (Object.keys(GROUPS) as BacklinkGroupKey[])
    .filter((key) => groups.has(key))
    .map((key) => ({ key, label: GROUPS[key], items: groups.get(key) ?? [] }));
}

/** Claims that point at an entry (as subject, claimant, source or related claim), newest first. */
export function claimsLinkingTo(ledger: Ledger, edges: readonly Edge[]): Entry<Claim>[] {
  return linking(edges, 'claims', ledger.claims, (c) => c.data.made);
}

/** Briefings that point at an entry (as subject, citation or mention), newest first. */
export function briefingsLinkingTo(
  ledger: Ledger,
  edges: readonly Edge[],
  relations?: readonly Edge['relation'][],
): Entry<Briefing>[] {
  return linking(
    relations ? edges.filter((e) => relations.includes(e.relation)) : edges,
    'briefings',
    ledger.briefings,
    (b) => b.data.published,
  );
}

function linking<T>(
  edges: readonly Edge[],
  collection: string,
  entries: Map<string, Entry<T>>,
  date: (e: Entry<T>) => string,
): Entry<T>[] {
  const ids = new Set(edges.filter((e) => e.from.collection === collection).map((e) => e.from.id));
  return [...ids]
    .flatMap((id) => {
      const entry = entries.get(id);
      return entry ? [entry] : [];
    })
    .sort((a, b) => sortKey(date(b)).localeCompare(sortKey(date(a))) || a.id.localeCompare(b.id));
}
