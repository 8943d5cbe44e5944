import { describe, expect, it } from 'vitest';
import { describeOutcome, excerptParts, toResultView } from './search-results.ts';

describe('excerpts', () => {
  it('splits Pagefind’s marked excerpt into runs without parsing HTML', () => {
    expect(excerptParts('the <mark>mine</mark> <mark>ban</mark> treaty')).toEqual([
      { text: 'the ', mark: false },
      { text: 'mine', mark: true },
      { text: ' ', mark: false },
      { text: 'ban', mark: true },
      { text: ' treaty', mark: false },
    ]);
  });

  it('shows escaped angle brackets as text, and markup in the text stays text', () => {
    expect(excerptParts('a &lt;script&gt;alert(1)&lt;/script&gt; <mark>b</mark>')).toEqual([
      { text: 'a <script>alert(1)</script> ', mark: false },
      { text: 'b', mark: true },
    ]);
  });
});

describe('a result as shown', () => {
  const fragment = {
    url: '/ledger/briefings/exit/',
    excerpt: 'deposited their <mark>instruments</mark>',
    meta: {
      title: 'Four states leave the mine ban',
      type: 'briefing',
      date: '20 March 2025',
      summary: 'Why they left.',
    },
    sub_results: [
      { title: 'Four states leave the mine ban', url: '/ledger/briefings/exit/', excerpt: 'x' },
      {
        title: 'Why the Baltic states moved first',
        url: '/ledger/briefings/exit/#why',
        excerpt: '<mark>Baltic</mark> states',
      },
      { title: 'B', url: '/ledger/briefings/exit/#b', excerpt: '' },
      { title: 'C', url: '/ledger/briefings/exit/#c', excerpt: '' },
      { title: 'D', url: '/ledger/briefings/exit/#d', excerpt: '' },
    ],
  };

  it('carries title, type label, date, summary and excerpt', () => {
    const view = toResultView(fragment);
    expect(view).toMatchObject({
      url: '/ledger/briefings/exit/',
      title: 'Four states leave the mine ban',
      type: 'briefing',
      typeLabel: 'Briefing',
      date: '20 March 2025',
      summary: 'Why they left.',
    });
    expect(view.excerpt).toEqual([
      { text: 'deposited their ', mark: false },
      { text: 'instruments', mark: true },
    ]);
  });

  it('shows a source’s standing in words beside its type and date', () => {
    const source = toResultView({
      url: '/sources/tass-2023-10-06/',
      excerpt: '',
      meta: { title: 'TASS', type: 'source', date: '6 October 2023', standing: 'state-controlled' },
    });
    expect([source.typeLabel, source.date, source.standing]).toEqual([
      'Source',
      '6 October 2023',
      'State-controlled outlet',
    ]);
    expect(toResultView(fragment).standing).toBeUndefined();
  });

  it('links at most three matching sections, never the page itself', () => {
    const sections = toResultView(fragment).sections;
    expect(sections.map((s) => s.url)).toEqual([
      '/ledger/briefings/exit/#why',
      '/ledger/briefings/exit/#b',
      '/ledger/briefings/exit/#c',
    ]);
    expect(sections[0]?.excerpt[0]).toEqual({ text: 'Baltic', mark: true });
  });

  it('a page without search metadata still shows, titled by its address', () => {
    expect(toResultView({ url: '/ledger/', excerpt: '', meta: { type: 'page' } })).toMatchObject({
      title: '/ledger/',
      type: undefined,
      typeLabel: undefined,
      sections: [],
    });
  });
});

describe('what the live region says', () => {
  it('counts results for the words', () => {
    expect(describeOutcome(1, 'Polska', false)).toBe('1 result for “Polska”.');
    expect(describeOutcome(12, 'mine ban', true)).toBe('12 results for “mine ban”.');
    expect(describeOutcome(3, '', true)).toBe('3 results with these filters.');
  });

  it('suggests what to change when nothing is found', () => {
    expect(describeOutcome(0, 'zzz', false)).toBe('No results for “zzz”. Try other or fewer words.');
    expect(describeOutcome(0, 'zzz', true)).toBe('No results for “zzz”. Try other words or remove a filter.');
  });
});

describe('an excerpt without the words that matched', () => {
  it('is left out: a page found by its name or a filter shows its summary, not the start of its text', () => {
    const found = toResultView({
      url: '/ledger/countries/ukraine/',
      excerpt: 'Ukraine, Україна, Ukrayina. Ukraine. Ukraine · Europe',
      meta: { title: 'Ukraine', type: 'country', summary: 'Ukraine, Eastern Europe.' },
    });
    expect(found.excerpt).toEqual([]);
    expect(found.summary).toBe('Ukraine, Eastern Europe.');
  });
});
