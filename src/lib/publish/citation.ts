/**
 * "Cite this page" in three forms — APA-style text, BibTeX and CSL-JSON — from one description of
 * the page. Every form names the date the data is as of and, for a page that shows statuses, the
 * "status as at" date of the depositary record they come from (the oldest, where several are). The access date belongs to the reader,
 * not the build: the forms carry a phrase in its place ("on the day you read this"), which a few
 * bytes of script in the browser may replace with the day's date; builds stay byte-identical.
 *
 * Names are written as given: a corporate author is never inverted, and a person's name is not
 * split into family and given names by guesswork.
 */
import { formatDate, parsePartialDate } from '../core/dates.ts';

export const ACCESSED_PLACEHOLDER = 'on the day you read this';

export interface CitationInput {
  /** A stable key: "countries/poland". */
  key: string;
  title: string;
  url: string;
  siteName: string;
  /** Authors as written; defaults to the site as corporate author. */
  authors?: readonly string[] | undefined;
  /** The page's own date: a briefing's last update, otherwise the as-of date. YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The date the statuses and counts on the page are computed for. */
  dataAsOf: string;
  /** The oldest "status as at" date of the depositary records behind the page's statuses, if it shows any. */
  recordAsAt?: string | undefined;
  type: 'webpage' | 'dataset';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function dateParts(date: string): [number] | [number, number] | [number, number, number] {
  const parsed = parsePartialDate(date);
  if (!parsed.ok) throw new Error(`Not a date for a citation: ${JSON.stringify(date)}`);
  const { year, month, day } = parsed.value;
  return month === undefined ? [year] : day === undefined ? [year, month] : [year, month, day];
}

const authorsOf = (c: CitationInput) => (c.authors?.length ? c.authors : [c.siteName]);
/** "Statuses on 5 December 2026, from the depositary's record as at 3 February 2026", or "Data as of …" where no status is shown. */
export const dataNote = (c: CitationInput) =>
  c.recordAsAt
    ? `Statuses on ${formatDate(c.dataAsOf)}, from the depositary’s record as at ${formatDate(c.recordAsAt)}`
    : `Data as of ${formatDate(c.dataAsOf)}`;

/** APA 7 as parts, so a page can italicise the title and mark the access date. */
export interface ApaParts {
  author: string;
  date: string;
  title: string;
  description: string;
  site: string | undefined;
  url: string;
}

export function apaParts(c: CitationInput): ApaParts {
  const names = authorsOf(c);
  const author =
    names.length === 1
      ? names[0]!
      : names.length === 2
        ? `${names[0]} & ${names[1]}`
        : `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
  const [y, m, d] = dateParts(c.date);
  const date = m === undefined ? `${y}` : d === undefined ? `${y}, ${MONTHS[m - 1]}` : `${y}, ${MONTHS[m - 1]} ${d}`;
  return {
    author,
    date,
    title: c.title,
    description: dataNote(c),
    // APA leaves the site name out when it is also the author.
    site: names.length === 1 && names[0] === c.siteName ? undefined : c.siteName,
    url: c.url,
  };
}

/** The APA text in one line; `accessed` stands where the retrieval date goes. */
export function toApa(c: CitationInput, accessed = ACCESSED_PLACEHOLDER): string {
  return apaSegments(c, accessed)
    .map((s) => s.text)
    .join('');
}

/** A piece of the APA text: plain text, the title (set in italics), the access date, or the URL (a link on a page). */
export interface ApaSegment {
  kind: 'text' | 'title' | 'accessed' | 'url';
  text: string;
}

/** The APA text in pieces, so "Cite this page" renders exactly what `toApa` writes, with its title, date and link marked. */
export function apaSegments(c: CitationInput, accessed = ACCESSED_PLACEHOLDER): ApaSegment[] {
  const p = apaParts(c);
  const author = p.author.endsWith('.') ? p.author : `${p.author}.`;
  return [
    { kind: 'text', text: `${author} (${p.date}). ` },
    { kind: 'title', text: p.title },
    { kind: 'text', text: ` [${p.description}].${p.site ? ` ${p.site}.` : ''} Retrieved ` },
    { kind: 'accessed', text: accessed },
    { kind: 'text', text: ', from ' },
    { kind: 'url', text: p.url },
  ];
}

/** Escapes the characters (La)TeX treats specially; the url field is left alone for \url. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`,
  );
}

export function bibtexKey(c: CitationInput): string {
  return `treatyledger-${c.key}`.replace(/[^A-Za-z0-9-]+/g, '-');
}

export function toBibtex(c: CitationInput, accessed = ACCESSED_PLACEHOLDER): string {
  const names = authorsOf(c);
  // Braces keep a corporate or full name whole: BibTeX would otherwise split it at spaces.
  const author = names.map((n) => `{${escapeBibtex(n)}}`).join(' and ');
  const [y, m] = dateParts(c.date);
  const fields: [string, string][] = [
    ['author', author],
    ['title', `{${escapeBibtex(c.title)}}`],
    ['howpublished', escapeBibtex(c.siteName)],
    ['year', String(y)],
    ...(m === undefined ? [] : ([['month', BIB_MONTHS[m - 1]!]] as [string, string][])),
    ['url', c.url],
    ['note', `${escapeBibtex(dataNote(c))}. Accessed ${accessed}`],
  ];
  const body = fields.map(([k, v]) => (k === 'month' ? `  ${k} = ${v}` : `  ${k} = {${v}}`)).join(',\n');
  return `@misc{${bibtexKey(c)},\n${body}\n}`;
}

export function toCslJson(c: CitationInput, accessed = ACCESSED_PLACEHOLDER): string {
  const item = {
    id: bibtexKey(c),
    type: c.type,
    title: c.title,
    author: authorsOf(c).map((literal) => ({ literal })),
    'container-title': c.siteName,
    publisher: c.siteName,
    issued: { 'date-parts': [dateParts(c.date)] },
    URL: c.url,
    accessed: { literal: accessed },
    note: dataNote(c),
  };
  // Indented for reading, with names and date parts kept on one line each.
  return JSON.stringify([item], null, 2)
    .replace(/\{\s+"literal": ("(?:[^"\\]|\\.)*")\s+\}/g, '{ "literal": $1 }')
    .replace(/\[\s+\[\s+([\d,\s]+?)\s+\]\s+\]/g, (_, n: string) => `[[${n.replace(/\s+/g, ' ')}]]`);
}
