/**
 * The words of treaty law (PRODUCT.md §2, VCLT Art. 2(1)(f)-(g)): a state whose consent has not yet
 * taken effect is a *contracting state*, not bound; a treaty never in force binds nobody. Three
 * phrasings say otherwise and are refused wherever a reader could see them:
 *
 *  - "states bound" (a count of contracting states is not a count of states bound);
 *  - "bound, not yet in force" (the old status label: consented, not yet in force);
 *  - "bound from <date>" where the date is not a day on which the treaty entered into force for a
 *    state (Vanuatu is a contracting state from 5 Sep 2025, bound only from 1 Mar 2026).
 *
 * "Consent to be bound" and "still bound" (during a pending withdrawal) stay right and never match.
 * `findWrongTreatyWords` reads any text (the site test runs it over every built page and export);
 * `checkTreatyWords` runs the first two rules over the content files in the integrity check, with
 * the file, field and line of each hit. Pure: no Node, no ledger.
 */
import { formatDate } from '../core/dates.ts';
import { formatFieldPath, type Problem } from './problems.ts';
import type { RawFile } from './content-files.ts';

export type TreatyWordRule = 'states-bound' | 'bound-not-yet-in-force' | 'bound-from-before-entry-into-force';

export interface TreatyWordProblem {
  rule: TreatyWordRule;
  /** The words matched, as written. */
  match: string;
  /** The words around the match, for the report. */
  excerpt: string;
  /** What to write instead. */
  fix: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const RULES: { rule: Exclude<TreatyWordRule, 'bound-from-before-entry-into-force'>; pattern: RegExp; fix: string }[] = [
  {
    rule: 'states-bound',
    pattern: /\bstates?\s+bound\b/gi,
    fix: 'count "contracting states" (consented) and "parties" (in force for them); a treaty not in force has ratifications',
  },
  {
    rule: 'bound-not-yet-in-force',
    pattern: /\bbound\s*,?\s+(?:but\s+)?not\s+yet\s+in\s+force\b/gi,
    fix: 'write "consented, not yet in force" (a contracting state): it is not yet bound',
  },
];

/** "bound from 1 June 2013", "bound from 1 Jun 2013", "bound from 2013-06-01". */
const BOUND_FROM = /\bbound\s+from\s+(?:(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))\b/gi;

function isoOf(match: RegExpExecArray): string | undefined {
  const [, day, monthName, year, isoYear, isoMonth, isoDay] = match;
  if (isoYear) return `${isoYear}-${isoMonth}-${isoDay}`;
  const month = MONTHS.findIndex((m) => m.startsWith((monthName ?? '').toLowerCase()) && (monthName ?? '').length >= 3);
  if (month < 0 || !day || !year) return undefined;
  return `${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function excerptAt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 50);
  const end = Math.min(text.length, index + length + 50);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

export interface TreatyWordOptions {
  /**
   * Days on which some treaty entered into force for some state (or itself): the only days a state
   * can be "bound from". Without it, the "bound from <date>" rule is not applied.
   */
  entryIntoForceDates?: ReadonlySet<string> | undefined;
}

/** Every wrong phrasing in a text, in order of appearance. */
export function findWrongTreatyWords(text: string, options: TreatyWordOptions = {}): TreatyWordProblem[] {
  const found: { index: number; problem: TreatyWordProblem }[] = [];
  for (const { rule, pattern, fix } of RULES) {
    for (const m of text.matchAll(pattern)) {
      found.push({
        index: m.index,
        problem: { rule, match: m[0], excerpt: excerptAt(text, m.index, m[0].length), fix },
      });
    }
  }
  const dates = options.entryIntoForceDates;
  if (dates) {
    for (const m of text.matchAll(BOUND_FROM)) {
      const iso = isoOf(m);
      if (iso && dates.has(iso)) continue;
      found.push({
        index: m.index,
        problem: {
          rule: 'bound-from-before-entry-into-force',
          match: m[0],
          excerpt: excerptAt(text, m.index, m[0].length),
          fix: `a state is bound only from the day the treaty enters into force for it${iso ? `, and no treaty entered into force for any state on ${formatDate(iso)}` : ''}: before that it is a contracting state ("a contracting state from …")`,
        },
      });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.problem);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The text a reader of an HTML page can meet: element text, attribute values (meta descriptions,
 * titles, alt and aria labels) and JSON-LD, with tags removed and entities decoded. Style and
 * executable script bodies are left out (code, not words).
 */
export function readableText(html: string): string {
  const withoutCode = html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ' ')
    .replace(/<script\b(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>[\s\S]*?<\/script>/gi, ' ');
  const attributes = [...withoutCode.matchAll(/\s(?:content|title|alt|aria-label)="([^"]*)"/gi)].map((m) => m[1]);
  const text = withoutCode.replace(/<[^>]*>/g, ' ');
  return decode([text, ...attributes].join(' \n ')).replace(/\s+/g, ' ');
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

/**
 * The first two rules over the content files (every string in the data, every line of the body),
 * so a contributor hears of "states bound" from the check, with the file, field and line, before
 * any page is built. The date rule needs computed dates, so it runs over the built pages.
 */
export function checkTreatyWords(
  files: Iterable<Pick<RawFile, 'path' | 'data' | 'body' | 'bodyLine' | 'lineOf'>>,
): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const report = (field: string, line: number | undefined, p: TreatyWordProblem) =>
      problems.push({
        file: file.path,
        line,
        field,
        message: `"${p.match}" misstates treaty law: ${p.excerpt}`,
        hint: p.fix,
      });
    walkStrings(file.data, [], (path, value) => {
      for (const p of findWrongTreatyWords(value)) report(formatFieldPath(path), file.lineOf(path), p);
    });
    file.body.split('\n').forEach((line, i) => {
      for (const p of findWrongTreatyWords(line)) report('(body)', file.bodyLine + i, p);
    });
  }
  return problems;
}

function walkStrings(value: unknown, path: PropertyKey[], visit: (path: PropertyKey[], value: string) => void): void {
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, [...path, i], visit));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) walkStrings(v, [...path, k], visit);
}
