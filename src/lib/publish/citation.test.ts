import { describe, expect, it } from 'vitest';
import {
  ACCESSED_PLACEHOLDER,
  apaParts,
  apaSegments,
  escapeBibtex,
  toApa,
  toBibtex,
  toCslJson,
  type CitationInput,
} from './citation.ts';

const page: CitationInput = {
  key: 'countries/poland',
  title: 'Poland',
  url: 'https://example.org/ledger/countries/poland/',
  siteName: 'Treaty Ledger',
  date: '2026-02-03',
  dataAsOf: '2026-02-03',
  type: 'webpage',
};

const briefing: CitationInput = {
  ...page,
  key: 'briefings/exit',
  title: 'Four states leave the mine ban: 100% & more_',
  url: 'https://example.org/briefings/exit/',
  authors: ['Ana Nowak', 'Jonas Kask', 'Treaty Ledger'],
  date: '2025-03',
};

describe('APA', () => {
  it('names the site once when it is the author, with the as-of date and the access phrase', () => {
    expect(toApa(page)).toBe(
      'Treaty Ledger. (2026, February 3). Poland [Data as of 3 February 2026]. Retrieved on the day you read this, from https://example.org/ledger/countries/poland/',
    );
  });

  it('lists several authors with an ampersand, keeps names as written, and names the site', () => {
    expect(toApa(briefing)).toBe(
      'Ana Nowak, Jonas Kask, & Treaty Ledger. (2025, March). Four states leave the mine ban: 100% & more_ [Data as of 3 February 2026]. Treaty Ledger. Retrieved on the day you read this, from https://example.org/briefings/exit/',
    );
    expect(apaParts({ ...briefing, authors: ['A B', 'C D'] }).author).toBe('A B & C D');
    expect(apaParts({ ...briefing, date: '2025' }).date).toBe('2025');
  });

  it('puts whatever stands for the access date where it goes', () => {
    expect(toApa(page, 'May 1, 2026')).toContain('Retrieved May 1, 2026, from');
  });
});

describe('BibTeX', () => {
  it('writes a @misc entry with a corporate author kept whole and the as-of note', () => {
    expect(toBibtex(page)).toBe(
      [
        '@misc{treatyledger-countries-poland,',
        '  author = {{Treaty Ledger}},',
        '  title = {{Poland}},',
        '  howpublished = {Treaty Ledger},',
        '  year = {2026},',
        '  month = feb,',
        '  url = {https://example.org/ledger/countries/poland/},',
        `  note = {Data as of 3 February 2026. Accessed ${ACCESSED_PLACEHOLDER}}`,
        '}',
      ].join('\n'),
    );
  });

  it('escapes TeX specials in text fields, leaves the url alone, and joins authors with "and"', () => {
    const bib = toBibtex({ ...briefing, url: 'https://example.org/a_b%20c#x' });
    expect(bib).toContain('title = {{Four states leave the mine ban: 100\\% \\& more\\_}}');
    expect(bib).toContain('author = {{Ana Nowak} and {Jonas Kask} and {Treaty Ledger}}');
    expect(bib).toContain('url = {https://example.org/a_b%20c#x}');
    expect(bib).toContain('month = mar');
  });

  it.each([
    ['{x}', '\\{x\\}'],
    ['a\\b', 'a\\textbackslash{}b'],
    ['~^$#', '\\~{}\\^{}\\$\\#'],
  ])('escapes %j as %j', (text, expected) => expect(escapeBibtex(text)).toBe(expected));
});

describe('CSL-JSON', () => {
  it('is valid JSON with literal names, date parts, the URL and an access date placeholder', () => {
    const [item] = JSON.parse(toCslJson(briefing));
    expect(item).toEqual({
      id: 'treatyledger-briefings-exit',
      type: 'webpage',
      title: 'Four states leave the mine ban: 100% & more_',
      author: [{ literal: 'Ana Nowak' }, { literal: 'Jonas Kask' }, { literal: 'Treaty Ledger' }],
      'container-title': 'Treaty Ledger',
      publisher: 'Treaty Ledger',
      issued: { 'date-parts': [[2025, 3]] },
      URL: 'https://example.org/briefings/exit/',
      accessed: { literal: ACCESSED_PLACEHOLDER },
      note: 'Data as of 3 February 2026',
    });
  });

  it('stays valid JSON with quotes and backslashes in names, and keeps date parts on one line', () => {
    const text = toCslJson({ ...briefing, authors: ['Ana "the reviewer" Nowak', 'back\\slash'] });
    expect(JSON.parse(text)[0].author).toEqual([{ literal: 'Ana "the reviewer" Nowak' }, { literal: 'back\\slash' }]);
    expect(text).toContain('"date-parts": [[2025, 3]]');
  });

  it('types the downloads page as a dataset', () => {
    expect(JSON.parse(toCslJson({ ...page, type: 'dataset' }))[0].type).toBe('dataset');
  });
});

describe('the record behind the statuses', () => {
  it('names both the date of the statuses and the depositary record’s as-at date', () => {
    const stale = { ...page, date: '2026-12-05', dataAsOf: '2026-12-05', recordAsAt: '2026-02-03' };
    const note = 'Statuses on 5 December 2026, from the depositary’s record as at 3 February 2026';
    expect(toApa(stale)).toContain(`Poland [${note}].`);
    expect(toBibtex(stale)).toContain(`note = {${note}. Accessed on the day you read this}`);
    expect(JSON.parse(toCslJson(stale))[0].note).toBe(note);
  });
});

describe('apaSegments', () => {
  it('are the APA text in pieces: joined, they are toApa; the title, access date and URL are marked', () => {
    const c: CitationInput = {
      key: 'countries/poland',
      title: 'Poland',
      siteName: 'Treaty Ledger',
      date: '2026-02-03',
      url: 'https://example.org/countries/poland/',
      dataAsOf: '2026-02-03',
      type: 'webpage',
    };
    const segments = apaSegments(c, 'May 1, 2026');
    expect(segments.map((s) => s.text).join('')).toBe(toApa(c, 'May 1, 2026'));
    expect(segments.filter((s) => s.kind !== 'text')).toEqual([
      { kind: 'title', text: 'Poland' },
      { kind: 'accessed', text: 'May 1, 2026' },
      { kind: 'url', text: 'https://example.org/countries/poland/' },
    ]);
  });
});
