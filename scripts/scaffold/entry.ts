/**
 * From answers to an entry: the data in schema order, the id when none was given, and the file
 * it goes to. Dates the scaffolder fills in itself (a claim's review, a link's retrieval, a
 * briefing's publication) are today's, from the clock: this is a tool for authors, not the build.
 */
import type { Kind, Value, Values } from './fields.ts';

export interface Citation {
  source: string;
  locator?: string;
}

export interface NewEntry {
  data: Record<string, unknown>;
  /** Paths of id lists written on one line: `countries: [poland, estonia]`. */
  flow: string[][];
  body: string;
}

const text = (v: Value): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const list = (v: Value): string[] =>
  Array.isArray(v)
    ? v.map((s) => s.trim()).filter(Boolean)
    : (text(v)
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean) ?? []);

/** "untc-xxvi-5:end note 8" → { source: "untc-xxvi-5", locator: "end note 8" }. */
export function parseCitation(value: string): Citation {
  const i = value.indexOf(':');
  if (i === -1) return { source: value.trim() };
  const locator = value.slice(i + 1).trim();
  return locator ? { source: value.slice(0, i).trim(), locator } : { source: value.slice(0, i).trim() };
}

/** "contradicts:seimas-ccm-vote-99" → { type: "contradicts", claim: "seimas-ccm-vote-99" }. */
export function parseRelation(value: string): { type: string; claim: string } {
  const i = value.indexOf(':');
  return i === -1
    ? { type: '', claim: value.trim() }
    : { type: value.slice(0, i).trim(), claim: value.slice(i + 1).trim() };
}

/** Drops undefined fields and empty lists, so the file shows only what was given. */
function compact(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? compact(v as Record<string, unknown>) : v;
  }
  return out;
}

/** The local calendar day of `now`, YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A readable id from words: the first few, lowercase, accents dropped, joined by hyphens. */
export function slugify(words: string, maxLength = 60): string {
  const parts = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const part of parts) {
    const next = out ? `${out}-${part}` : part;
    if (next.length > maxLength && out) break;
    out = next;
  }
  return out.slice(0, maxLength).replace(/-+$/, '');
}

/** The id to use when none was given. */
export function deriveId(kind: Kind, v: Values, abbreviations: ReadonlyMap<string, string>): string {
  switch (kind) {
    case 'claim':
      return slugify(text(v['statement']) ?? '');
    case 'source':
      return slugify(`${text(v['publisher']) ?? ''} ${text(v['published']) ?? ''}`);
    case 'briefing':
      return slugify(text(v['title']) ?? '');
    case 'event': {
      const treaty = text(v['treaty']) ?? '';
      const short = abbreviations.get(treaty) ?? treaty;
      return slugify(`${text(v['country']) ?? ''} ${short} ${text(v['type']) ?? ''} ${text(v['date']) ?? ''}`, 80);
    }
  }
}

const BRIEFING_GUIDE = `{/*
  Write the briefing here, in your own words, then delete this comment.
  Cite a claim where you rely on it:      <Claim id="claim-id" />
  Show who is bound on a date:            <TreatyStatus treaty="ottawa-convention" countries={["poland"]} asOf="2026-02-03" />
  Link to a page of the site:             [Poland](/countries/poland/)
  See CONTRIBUTING.md › Briefings.
*/}`;

export function buildEntry(kind: Kind, id: string, v: Values, today: string): NewEntry {
  const citations = list(v['source']).map(parseCitation);
  const subjects = { countries: list(v['country']), treaties: list(v['treaty']) };
  switch (kind) {
    case 'claim':
      return {
        data: compact({
          statement: text(v['statement']),
          claimant: { name: text(v['claimant']), kind: text(v['claimant-kind']), country: text(v['claimant-country']) },
          made: text(v['made']),
          where: text(v['where']),
          subjects,
          kind: text(v['kind']),
          sources: citations,
          rank: text(v['rank']),
          verdict: { rating: text(v['verdict']), reason: text(v['reason']) },
          relations: list(v['relation']).map(parseRelation),
          reviewed: today,
        }),
        flow: [
          ['subjects', 'countries'],
          ['subjects', 'treaties'],
        ],
        body: text(v['body']) ?? '',
      };
    case 'source': {
      const url = text(v['url']);
      return {
        data: compact({
          kind: text(v['kind']),
          title: text(v['title']),
          publisher: text(v['publisher']),
          author: text(v['author']),
          published: text(v['published']),
          url,
          noUrl: url ? undefined : text(v['no-url']),
          archivedUrl: text(v['archived-url']),
          retrieved: url ? today : undefined,
          language: text(v['language']),
          standing: text(v['standing']),
          summary: text(v['summary']),
        }),
        flow: [],
        body: text(v['body']) ?? '',
      };
    }
    case 'briefing':
      return {
        data: {
          ...compact({
            title: text(v['title']),
            summary: text(v['summary']),
            published: today,
            authors: list(v['author']),
          }),
          subjects: compact(subjects),
        },
        flow: [['authors'], ['subjects', 'countries'], ['subjects', 'treaties']],
        body: text(v['body']) ?? BRIEFING_GUIDE,
      };
    case 'event': {
      const type = text(v['type']);
      const domestic = type !== 'consent' && type !== 'consent-revoked';
      return {
        data: compact({
          id,
          treaty: text(v['treaty']),
          country: text(v['country']),
          type,
          consentType: type === 'consent' ? text(v['consent-type']) : undefined,
          date: text(v['date']),
          title: text(v['title']),
          sources: citations,
          note: text(v['note']),
          claimsSuspension: domestic && v['claims-suspension'] === true ? true : undefined,
        }),
        flow: [],
        body: '',
      };
    }
  }
}
