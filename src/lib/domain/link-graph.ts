/**
 * The link graph: every reference between entries — frontmatter ids and links in bodies — as one
 * list of edges, computed once. Backlinks ("cited by", "mentioned in") are one index over it, and
 * the integrity check reports every edge that points nowhere (Quartz drops those silently).
 */
import type { Briefing } from '../../schemas/briefings.ts';
import type { Claim } from '../../schemas/claims.ts';
import type { EventsFile } from '../../schemas/events.ts';
import type { Organization } from '../../schemas/organizations.ts';
import type { Participation } from '../../schemas/participation.ts';
import type { Treaty } from '../../schemas/treaties.ts';
import type { BodyScan } from '../markdown/markdown.ts';
import { resolveSitePath } from '../urls/routes.ts';

/** The kinds of thing an edge can point at. */
export type TargetKind = 'countries' | 'treaties' | 'claims' | 'sources' | 'briefings' | 'organizations';

export interface EdgeSource {
  collection: string;
  id: string;
}

export interface Edge {
  from: EdgeSource;
  to: { collection: TargetKind; id: string };
  /** Field path ("subjects.countries[1]") or "(body)". */
  field: string;
  /** How the reference is made, for grouping backlinks. */
  relation:
    | 'subject'
    | 'source'
    | 'claimant'
    | 'related-claim'
    | 'cites-claim'
    | 'mentions'
    | 'member'
    | 'participant'
    | 'event'
    | 'treaty';
  /** 1-based line in the body, for body links. */
  bodyLine?: number | undefined;
}

export interface GraphEntry {
  collection: string;
  id: string;
  data: unknown;
  scan?: BodyScan | undefined;
}

/** A list from data that may not have passed its schema yet (the integrity check reads raw files too). */
function list<T>(value: T[] | undefined | null): T[] {
  return Array.isArray(value) ? value : [];
}

/**
 * All edges out of one entry. Tolerates data that failed its schema (missing lists, wrong types),
 * so the integrity check reports broken references in a file that has other problems too.
 */
export function edgesOf(entry: GraphEntry): Edge[] {
  const edges: Edge[] = [];
  const from = { collection: entry.collection, id: entry.id };
  const add = (collection: TargetKind, id: unknown, field: string, relation: Edge['relation'], bodyLine?: number) => {
    if (typeof id === 'string') edges.push({ from, to: { collection, id }, field, relation, bodyLine });
  };

  switch (entry.collection) {
    case 'claims': {
      const d = (entry.data ?? {}) as Partial<Claim>;
      list(d.subjects?.countries).forEach((c, i) => add('countries', c, `subjects.countries[${i}]`, 'subject'));
      list(d.subjects?.treaties).forEach((t, i) => add('treaties', t, `subjects.treaties[${i}]`, 'subject'));
      if (d.claimant?.country) add('countries', d.claimant.country, 'claimant.country', 'claimant');
      list(d.sources).forEach((s, i) => add('sources', s?.source, `sources[${i}].source`, 'source'));
      list(d.relations).forEach((r, i) => add('claims', r?.claim, `relations[${i}].claim`, 'related-claim'));
      break;
    }
    case 'briefings': {
      const d = (entry.data ?? {}) as Partial<Briefing>;
      list(d.subjects?.countries).forEach((c, i) => add('countries', c, `subjects.countries[${i}]`, 'subject'));
      list(d.subjects?.treaties).forEach((t, i) => add('treaties', t, `subjects.treaties[${i}]`, 'subject'));
      for (const component of entry.scan?.components ?? []) {
        const a = component.attributes;
        const one = (name: string) => (typeof a[name] === 'string' ? [a[name]] : []);
        const many = (name: string) => (Array.isArray(a[name]) ? a[name] : one(name));
        const field = `(body) <${component.name}>`;
        if (component.name === 'Claim')
          one('id').forEach((id) => add('claims', id, field, 'cites-claim', component.line));
        if (component.name === 'TreatyStatus' || component.name === 'Timeline') {
          many('treaty').forEach((id) => add('treaties', id, field, 'mentions', component.line));
          many('treaties').forEach((id) => add('treaties', id, field, 'mentions', component.line));
          many('country').forEach((id) => add('countries', id, field, 'mentions', component.line));
          many('countries').forEach((id) => add('countries', id, field, 'mentions', component.line));
        }
      }
      break;
    }
    case 'treaties': {
      const d = (entry.data ?? {}) as Partial<Treaty>;
      list(d.sources).forEach((s, i) => add('sources', s?.source, `sources[${i}].source`, 'source'));
      break;
    }
    case 'organizations': {
      const d = (entry.data ?? {}) as Partial<Organization>;
      list(d.members).forEach((m, i) => {
        add('countries', m?.country, `members[${i}].country`, 'member');
        list(m?.sources).forEach((s, j) => add('sources', s?.source, `members[${i}].sources[${j}].source`, 'source'));
      });
      break;
    }
    case 'participation': {
      const d = (entry.data ?? {}) as Partial<Participation>;
      add('treaties', d?.treaty, 'treaty', 'treaty');
      add('sources', d?.source, 'source', 'source');
      list(d.participants).forEach((p, i) => {
        add('countries', p?.country, `participants[${i}].country`, 'participant');
        list(p?.sources).forEach((s, j) =>
          add('sources', s?.source, `participants[${i}].sources[${j}].source`, 'source'),
        );
      });
      break;
    }
    case 'events': {
      const d = (entry.data ?? {}) as Partial<EventsFile>;
      list(d.events).forEach((e, i) => {
        const evFrom = { collection: 'events', id: String(e?.id) };
        const push = (collection: TargetKind, id: unknown, field: string, relation: Edge['relation']) => {
          if (typeof id === 'string') edges.push({ from: evFrom, to: { collection, id }, field, relation });
        };
        push('treaties', e?.treaty, `events[${i}].treaty`, 'event');
        push('countries', e?.country, `events[${i}].country`, 'event');
        list(e?.sources).forEach((s, j) => push('sources', s?.source, `events[${i}].sources[${j}].source`, 'source'));
      });
      list(d.overrides).forEach((o, i) => {
        add('treaties', o?.treaty, `overrides[${i}].treaty`, 'treaty');
        add('countries', o?.country, `overrides[${i}].country`, 'participant');
        list(o?.sources).forEach((s, j) => add('sources', s?.source, `overrides[${i}].sources[${j}].source`, 'source'));
      });
      break;
    }
    default:
      break;
  }

  for (const link of entry.scan?.links ?? []) {
    if (!link.url.startsWith('/') || link.url.startsWith('//')) continue;
    const resolved = resolveSitePath(link.url);
    if (resolved.kind === 'entry') add(resolved.collection, resolved.id, '(body)', 'mentions', link.line);
  }
  return edges;
}

export function collectEdges(entries: Iterable<GraphEntry>): Edge[] {
  const edges: Edge[] = [];
  for (const entry of entries) edges.push(...edgesOf(entry));
  return edges;
}

const key = (collection: string, id: string) => `${collection}:${id}`;

/** Backlinks: for each target, the distinct entries that point at it (one pass over the edges). */
export function indexBacklinks(edges: readonly Edge[]): Map<string, Edge[]> {
  const index = new Map<string, Edge[]>();
  const seen = new Set<string>();
  for (const edge of edges) {
    const k = key(edge.to.collection, edge.to.id);
    const dedupe = `${k}<${edge.from.collection}:${edge.from.id}:${edge.relation}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const list = index.get(k);
    if (list) list.push(edge);
    else index.set(k, [edge]);
  }
  return index;
}

export function backlinksOf(index: Map<string, Edge[]>, collection: TargetKind, id: string): Edge[] {
  return index.get(key(collection, id)) ?? [];
}
