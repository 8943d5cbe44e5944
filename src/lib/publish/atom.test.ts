import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomDate, escapeXml, toAtom, type AtomFeed } from './atom.ts';

const feed = (entries: AtomFeed['entries']): AtomFeed => ({
  id: 'tag:example.org,2026:/feeds/x.xml',
  title: 'Feed & "friends" <test>',
  self: 'https://example.org/feeds/x.xml',
  alternate: 'https://example.org/',
  author: { name: 'Treaty Ledger', uri: 'https://example.org/' },
  rights: 'CC BY 4.0',
  updatedWhenEmpty: '2026-02-03T00:00:00Z',
  entries,
});

const entry = (id: string, updated: string, title = 'An entry') => ({
  id: `tag:example.org,2026:/e/${id}`,
  title,
  updated,
  links: [{ href: `https://example.org/e/${id}/?a=1&b=2` }],
  summary: 'Summary with <b>markup</b> & ampersand',
  categories: [{ term: 'withdrawal-deposited' }],
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link'].includes(name),
});

describe('toAtom', () => {
  it('writes well-formed Atom with the required elements, text escaped', () => {
    const xml = toAtom(
      feed([entry('a', '2025-06-27T00:00:00Z'), entry('b', '2025-08-20T00:00:00Z', "Poland's <exit>")]),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml).feed;
    expect(doc['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.title).toBe('Feed & "friends" <test>');
    expect(doc.updated).toBe('2025-08-20T00:00:00Z');
    expect(doc.author.name).toBe('Treaty Ledger');
    expect(doc.link.map((l: Record<string, string>) => l['@rel'])).toEqual(['self', 'alternate']);
    expect(doc.entry).toHaveLength(2);
    expect(doc.entry[1].title).toBe("Poland's <exit>");
    expect(doc.entry[0].link[0]['@href']).toBe('https://example.org/e/a/?a=1&b=2');
    expect(doc.entry[0].summary).toBe('Summary with <b>markup</b> & ampersand');
  });

  it('dates an empty feed from the data, not the clock', () => {
    const xml = toAtom(feed([]));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).feed.updated).toBe('2026-02-03T00:00:00Z');
    expect(parser.parse(xml).feed.entry).toBeUndefined();
  });
});

describe('atomDate', () => {
  it.each([
    ['2025-08-20', '2025-08-20T00:00:00Z'],
    ['2025-07', '2025-07-01T00:00:00Z'],
    ['2025', '2025-01-01T00:00:00Z'],
  ])('%s → %s', (date, expected) => expect(atomDate(date)).toBe(expected));

  it('refuses what is not a date', () => {
    expect(() => atomDate('2025-02-30')).toThrow(/Not a date/);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });

  it('keeps astral characters and refuses control characters with the text they came from', () => {
    expect(escapeXml('flag 🇵🇱')).toBe('flag 🇵🇱');
    expect(() => escapeXml('bad\u0007bell')).toThrow(/U\+0007 cannot appear in XML.*bad/);
  });
});
