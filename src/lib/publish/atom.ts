/**
 * Atom 1.0 (RFC 4287) documents from plain data. Times come from the data's own dates, written
 * as midnight UTC (a depositary date has no time of day), never from the clock, so a feed changes
 * only when the data does. Text is escaped for XML; a character XML 1.0 cannot carry is refused
 * with the text it came from rather than dropped.
 *
 * Written here rather than with the `feed` package (checked against feed 6.0.0), because what these
 * feeds need is what it does not do: an entry links more than its page (an event in a country's
 * feed links the country page and, rel="related", the treaty page), where `feed` writes one link
 * per entry plus enclosures; titles and summaries are plain text, where `feed` writes every one as
 * type="html" in CDATA (a "<" or "&" in a claim would be read as markup); dates are the data's own
 * strings, where `feed` takes Date objects and falls back to the clock for the feed's date; the
 * feed declares its language (xml:lang); and a character XML cannot carry stops the build instead
 * of passing through. About a hundred lines, tested in atom.test.ts and feeds.test.ts.
 */
import { dateRange, parsePartialDate } from '../core/dates.ts';

export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'related' | 'self';
  type?: string;
  title?: string;
}

export interface AtomEntry {
  /** A permanent id (tag: URI): never changes when the entry is edited or the site moves. */
  id: string;
  title: string;
  /** RFC 3339 date-time (see `atomDate`). */
  updated: string;
  published?: string | undefined;
  links: AtomLink[];
  summary: string;
  authors?: string[] | undefined;
  categories?: { term: string; label?: string | undefined }[] | undefined;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string | undefined;
  /** The feed's own address. */
  self: string;
  /** The page the feed follows. */
  alternate: string;
  author: { name: string; uri: string };
  rights: string;
  /** Used when there are no entries; otherwise the newest entry's `updated`. */
  updatedWhenEmpty: string;
  entries: AtomEntry[];
}

/** "2025-08-20" → "2025-08-20T00:00:00Z"; a partial date ("2025-07", "2025") counts from its first day. */
export function atomDate(date: string): string {
  const parsed = parsePartialDate(date);
  if (!parsed.ok) throw new Error(`Not a date for a feed: ${JSON.stringify(date)}`);
  return `${dateRange(parsed.value).start}T00:00:00Z`;
}

// XML 1.0 Char production: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function escapeXml(text: string): string {
  const bad = NOT_XML_CHAR.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    throw new Error(`U+${code} cannot appear in XML; remove it from: ${JSON.stringify(text.slice(0, 80))}`);
  }
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

const attrs = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter((kv): kv is [string, string] => kv[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

function entryXml(entry: AtomEntry): string {
  const lines = [
    element('id', entry.id),
    element('title', entry.title),
    element('updated', entry.updated),
    ...(entry.published ? [element('published', entry.published)] : []),
    ...entry.links.map(
      (l) =>
        `<link${attrs({ rel: l.rel ?? 'alternate', type: l.type ?? 'text/html', href: l.href, title: l.title })}/>`,
    ),
    ...(entry.authors ?? []).map((name) => `<author>${element('name', name)}</author>`),
    ...(entry.categories ?? []).map((c) => `<category${attrs({ term: c.term, label: c.label })}/>`),
    element('summary', entry.summary),
  ];
  return `  <entry>\n${lines.map((l) => `    ${l}`).join('\n')}\n  </entry>`;
}

/** The newest `updated` among the entries (RFC 3339 strings in UTC compare as text). */
export function latestUpdate(entries: readonly AtomEntry[], fallback: string): string {
  return entries.reduce((max, e) => (e.updated > max ? e.updated : max), entries.length ? '' : fallback);
}

export function toAtom(feed: AtomFeed): string {
  const head = [
    element('id', feed.id),
    element('title', feed.title),
    ...(feed.subtitle ? [element('subtitle', feed.subtitle)] : []),
    element('updated', latestUpdate(feed.entries, feed.updatedWhenEmpty)),
    `<link${attrs({ rel: 'self', type: 'application/atom+xml', href: feed.self })}/>`,
    `<link${attrs({ rel: 'alternate', type: 'text/html', href: feed.alternate })}/>`,
    `<author>${element('name', feed.author.name)}${element('uri', feed.author.uri)}</author>`,
    element('rights', feed.rights),
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    ...head.map((l) => `  ${l}`),
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
