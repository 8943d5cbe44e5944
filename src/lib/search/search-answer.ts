/**
 * Search that answers: which treaties and countries the reader's words name, so their pages come
 * first and a country × treaty pair gets its one-line status. The data is built with the site
 * (src/lib/search/search-names.ts → /search/names.json and /search/answers/<country>.json) and
 * loaded only when search opens; this module is the matching, pure and small, shared by the build
 * (tests) and the browser.
 */

/** A treaty or country as search knows it: its page, its facet value and every name readers type. */
export interface NamedEntity {
  type: 'treaty' | 'country';
  id: string;
  /** Display name: the treaty's short name, the country's name. Also its filter value in the index. */
  name: string;
  /** Site path of its page, without the base: "/treaties/ottawa-convention/". */
  path: string;
  /** Names, abbreviations, aliases and keywords, each normalised (see `searchWords`) with words joined by a space. */
  names: string[];
  /** Treaties: the year its history starts ("1963"), to tell two treaties with one name apart. */
  year?: string | undefined;
}

/**
 * /search/names.json: per type, the folder of its pages and its entries (kept small: it loads with
 * search). An entry's display name counts as one of its names without being listed again.
 */
export type NamesFile = Record<
  NamedEntity['type'],
  { folder: string; entries: Pick<NamedEntity, 'id' | 'name' | 'names' | 'year'>[] }
>;

export interface NamesIndex {
  entities: NamedEntity[];
}

/** The names file as entities with their page paths. */
export function namesIndexOf(file: Partial<NamesFile>): NamesIndex {
  const entities: NamedEntity[] = [];
  for (const type of ['treaty', 'country'] as const) {
    const group = file[type];
    for (const e of group?.entries ?? []) {
      const names = [...new Set([searchWords(e.name).join(' '), ...e.names])];
      entities.push({ ...e, names, type, path: `${group?.folder ?? '/'}${e.id}/` });
    }
  }
  return { entities };
}

/** /search/answers/<country>.json: the country's status in each treaty it has a record in, in words. */
export interface CountryAnswers {
  /** The date the statuses are for, in words: "3 February 2026". */
  asOf: string;
  /** Treaty id → "party since 1 Jun 2006; suspension claimed 2025". A treaty missing here: not joined. */
  statuses: Record<string, string>;
}

/** What a treaty with no record for the country says. */
export const NO_RECORD = 'not joined (no signature or consent recorded)';

/**
 * Words as search compares them: lower case, accents dropped (Côte → cote), anything that is not a
 * letter or a digit a separator ("Non-Proliferation" → "non proliferation", "СНВ-III" → "снв iii").
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export interface NameMatch {
  entity: NamedEntity;
  /** Where the name sits in the query's words: [start, end). */
  start: number;
  end: number;
}

export interface NamedInQuery {
  /** Every entity the words name, the longest names first (a country before a treaty at equal length). */
  matches: NameMatch[];
  /** Words that name several treaties alike ("nuclear test ban treaty"): the reader may mean any of them. */
  ambiguous: { words: string; treaties: NamedEntity[] }[];
}

/**
 * The treaties and countries named in the query. A name matches when all its words stand together
 * in the query; a match inside a longer match of another entity gives way to it ("test ban treaty"
 * inside "partial test ban treaty"), while two entities matched by the same words both stay.
 */
export function namedInQuery(query: string, index: NamesIndex): NamedInQuery {
  const words = searchWords(query);
  const found: NameMatch[] = [];
  for (const entity of index.entities) {
    let best: NameMatch | undefined;
    for (const name of entity.names) {
      const parts = name.split(' ');
      const at = indexOfRun(words, parts);
      if (at >= 0 && (!best || parts.length > best.end - best.start))
        best = { entity, start: at, end: at + parts.length };
    }
    if (best) found.push(best);
  }
  const inside = (a: NameMatch, b: NameMatch) =>
    a.entity !== b.entity && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  const matches = found
    .filter((m) => !found.some((other) => inside(m, other)))
    .sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) ||
        (a.entity.type === b.entity.type ? 0 : a.entity.type === 'country' ? -1 : 1) ||
        a.start - b.start,
    );
  const bySpan = new Map<string, NameMatch[]>();
  for (const m of matches) {
    if (m.entity.type !== 'treaty') continue;
    const key = `${m.start}:${m.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), m]);
  }
  const ambiguous = [...bySpan.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      words: words.slice(group[0]?.start, group[0]?.end).join(' '),
      treaties: group.map((m) => m.entity),
    }));
  return { matches, ambiguous };
}

function indexOfRun(words: string[], run: string[]): number {
  if (!run.length) return -1;
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

/** A status line as text: "Ukraine — Ottawa Convention: party since 1 Jun 2006; suspension claimed 2025". */
export function statusLineText(line: { country: NamedEntity; treaty: NamedEntity; status: string }): string {
  return `${line.country.name} — ${line.treaty.name}: ${line.status}`;
}

/**
 * How much a page counts in the ranking by the evidence behind it. Verified pages (claims a record
 * settles, rated accurate or false; depositary records and official texts) count in full, others a
 * little less, weakly sourced ones (unverified claims, claims on weak sources only, sources of weak
 * standing) much less: at about equal relevance the verified page comes first and the weak one
 * last, and a weak page needs a clearly better match of the words to rank above a verified one.
 */
export const EVIDENCE_FACTORS = { verified: 1, other: 0.95, weak: 0.7 } as const;

/** Results re-ranked by Pagefind's score × the evidence factor; ties keep Pagefind's order. */
export function rankByEvidence<T extends { id: string; score: number }>(
  results: T[],
  evidence: { verified: ReadonlySet<string>; weak: ReadonlySet<string> },
): T[] {
  const factor = (id: string) =>
    evidence.weak.has(id)
      ? EVIDENCE_FACTORS.weak
      : evidence.verified.has(id)
        ? EVIDENCE_FACTORS.verified
        : EVIDENCE_FACTORS.other;
  return results
    .map((r, i) => ({ r, i, s: r.score * factor(r.id) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.r);
}

/** Pagefind's filters: one value, or any of several. */
export type PagefindFilters = Record<string, string | { any: string[] }>;

/**
 * The filters that find exactly the page of `entity` (its type, and its own name as treaty or
 * country) within the reader's filters; undefined when those leave the page out (type "claim"
 * chosen, or another country).
 */
export function entityFilters(filters: PagefindFilters, entity: NamedEntity): PagefindFilters | undefined {
  const own: PagefindFilters = { type: entity.type, [entity.type]: entity.name };
  for (const [key, value] of Object.entries(own)) {
    const chosen = filters[key];
    if (chosen === undefined) continue;
    const values = typeof chosen === 'string' ? [chosen] : chosen.any;
    if (typeof value !== 'string' || !values.includes(value)) return undefined;
  }
  return { ...filters, ...own };
}

/** What the answer box above the results says. */
export interface AnswerView {
  /** One line per named country × named treaty: "Ukraine — Ottawa Convention: party since …". */
  lines: { country: NamedEntity; treaty: NamedEntity; status: string }[];
  /** The date the statuses are for, in words, when there are lines. */
  asOf?: string | undefined;
  /** Words that name several treaties: each is listed, so the reader picks the one meant. */
  ambiguous: { words: string; treaties: NamedEntity[] }[];
}

/** At most this many status lines (two countries × two treaties). */
export const MAX_ANSWER_LINES = 4;

export function answerView(named: NamedInQuery, answers: ReadonlyMap<string, CountryAnswers>): AnswerView {
  const countries = named.matches.filter((m) => m.entity.type === 'country').map((m) => m.entity);
  const treaties = named.matches.filter((m) => m.entity.type === 'treaty').map((m) => m.entity);
  const lines: AnswerView['lines'] = [];
  let asOf: string | undefined;
  for (const country of countries) {
    const answer = answers.get(country.id);
    if (!answer) continue;
    asOf ??= answer.asOf;
    for (const treaty of treaties) lines.push({ country, treaty, status: answer.statuses[treaty.id] ?? NO_RECORD });
  }
  return { lines: lines.slice(0, MAX_ANSWER_LINES), asOf: lines.length ? asOf : undefined, ambiguous: named.ambiguous };
}
