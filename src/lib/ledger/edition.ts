/**
 * A dated edition: the site as it could have been published on its as-of date D (AS_OF). The
 * ledger's input is filtered here, once, before any index is built, so every page, count, claim
 * list, backlink, feed, export and the search index (built from the pages) agree on what exists:
 *
 *  - briefings published after D are left out, and so is a briefing that cites or links to
 *    anything left out (its text, as stored, could not have been published on D);
 *  - claims made after D are left out, and so are claims known only from sources published after
 *    D; a claim kept loses its citations of sources published after D, and its relations to
 *    claims left out;
 *  - sources published after D are left out, unless the record itself cites them (depositary
 *    records, hand-curated events, treaty pages, memberships): statuses in every edition are
 *    computed from that record, whose as-at date the pages show beside D;
 *  - hand-curated events dated after D are left out (they had not happened).
 *
 * A partial date counts from its first day: "2026-02" existed on 1 February 2026. What is left out
 * is listed in `leftOut`, so a Markdown body that links to it can be shown without the link.
 */
import type { Briefing } from '../../schemas/briefings.ts';
import type { Claim } from '../../schemas/claims.ts';
import type { EventsFile } from '../../schemas/events.ts';
import { dateRange, parsePartialDate, type IsoDate } from '../core/dates.ts';
import { edgesOf, type TargetKind } from '../domain/link-graph.ts';
import type { BodyScan } from '../markdown/markdown.ts';
import type { Entry, LedgerInput } from './ledger.ts';

export interface Edition {
  asOf: IsoDate;
  /** "collection:id" of every entry left out of this edition. */
  leftOut: Set<string>;
}

/** The first day a date as written can stand for; a date that does not parse never counts as later. */
function firstDay(date: string): string {
  const parsed = parsePartialDate(date);
  return parsed.ok ? dateRange(parsed.value).start : '';
}

/** Whether a date as written (YYYY, YYYY-MM or YYYY-MM-DD) could be on or before `asOf`. */
export function existedBy(date: string, asOf: IsoDate): boolean {
  return firstDay(date) <= asOf;
}

/**
 * The input of the edition for `input.asOf`, and what it leaves out. `scanOf` gives a briefing's
 * body scan (its <Claim> citations and links), so the ledger parses each body once.
 */
export function editionOf(
  input: LedgerInput,
  scanOf: (briefing: Entry<Briefing>) => BodyScan | undefined,
): { input: LedgerInput; edition: Edition } {
  const asOf = input.asOf;
  const leftOut = new Set<string>();
  const published = new Map(input.sources.map((s) => [s.id, existedBy(s.data.published, asOf)]));

  // Sources the record cites stay, whatever their date: the edition's statuses rest on them.
  const recordCited = new Set<string>();
  const cite = (list: readonly { source: string }[] | undefined) => list?.forEach((c) => recordCited.add(c.source));
  for (const p of input.participation) {
    recordCited.add(p.data.source);
    for (const row of p.data.participants) cite(row.sources);
  }
  for (const f of input.events) {
    for (const e of f.data.events) if (existedBy(e.date, asOf)) cite(e.sources);
    for (const o of f.data.overrides) cite(o.sources);
  }
  for (const t of input.treaties) cite(t.data.sources);
  for (const o of input.organizations) for (const m of o.data.members) cite(m.sources);

  const sources = input.sources.filter((s) => published.get(s.id) || recordCited.has(s.id));
  for (const s of input.sources) if (!sources.includes(s)) leftOut.add(`sources:${s.id}`);

  const knownOnD = (c: { source: string }) => published.get(c.source) === true;
  const kept = input.claims.filter((c) => existedBy(c.data.made, asOf) && c.data.sources.some(knownOnD));
  const keptIds = new Set(kept.map((c) => c.id));
  for (const c of input.claims) if (!keptIds.has(c.id)) leftOut.add(`claims:${c.id}`);
  const claims = kept.map((c): Entry<Claim> => {
    const citations = c.data.sources.filter(knownOnD);
    const relations = c.data.relations.filter((r) => keptIds.has(r.claim));
    if (citations.length === c.data.sources.length && relations.length === c.data.relations.length) return c;
    return { ...c, data: { ...c.data, sources: citations, relations } };
  });

  const inEdition = (collection: TargetKind, id: string) => !leftOut.has(`${collection}:${id}`);
  // A briefing that points at a briefing left out is left out too, until nothing changes.
  let briefings = input.briefings.filter((b) => existedBy(b.data.published, asOf));
  for (const b of input.briefings) if (!briefings.includes(b)) leftOut.add(`briefings:${b.id}`);
  for (let changed = true; changed;) {
    changed = false;
    briefings = briefings.filter((b) => {
      const edges = edgesOf({ collection: 'briefings', id: b.id, data: b.data, scan: scanOf(b) });
      if (edges.every((e) => inEdition(e.to.collection, e.to.id))) return true;
      leftOut.add(`briefings:${b.id}`);
      changed = true;
      return false;
    });
  }

  const events = input.events.map((f): Entry<EventsFile> => {
    const list = f.data.events.filter((e) => existedBy(e.date, asOf));
    return list.length === f.data.events.length ? f : { ...f, data: { ...f.data, events: list } };
  });

  return {
    input: { ...input, sources, claims, briefings, events },
    edition: { asOf, leftOut },
  };
}
