import { describe, expect, it } from 'vitest';
import {
  answerView,
  entityFilters,
  namedInQuery,
  NO_RECORD,
  rankByEvidence,
  searchWords,
  statusLineText,
  type NamedEntity,
  type NamesIndex,
} from './search-answer.ts';

const treaty = (id: string, name: string, names: string[], year?: string): NamedEntity => ({
  type: 'treaty',
  id,
  name,
  path: `/treaties/${id}/`,
  names: names.map((n) => searchWords(n).join(' ')),
  year,
});
const country = (id: string, name: string, names: string[]): NamedEntity => ({
  type: 'country',
  id,
  name,
  path: `/countries/${id}/`,
  names: names.map((n) => searchWords(n).join(' ')),
});

const index: NamesIndex = {
  entities: [
    treaty('ottawa-convention', 'Ottawa Convention', ['Ottawa Convention', 'APMBC', 'landmines', 'mines', 'Ottawa']),
    treaty(
      'ctbt',
      'Comprehensive Nuclear-Test-Ban Treaty',
      ['Comprehensive Nuclear-Test-Ban Treaty', 'CTBT', 'Nuclear Test Ban Treaty', 'Test Ban Treaty'],
      '1996',
    ),
    treaty(
      'partial-test-ban-treaty',
      'Partial Test Ban Treaty',
      ['Partial Test Ban Treaty', 'LTBT', 'Limited Test Ban Treaty', 'Nuclear Test Ban Treaty', 'Test Ban Treaty'],
      '1963',
    ),
    treaty('new-start', 'New START', ['New START', 'ДСНВ', 'СНВ-III', 'START']),
    country('ukraine', 'Ukraine', ['Ukraine', 'Україна']),
    country('poland', 'Poland', ['Poland', 'Polska']),
    country('cote-divoire', 'Côte d’Ivoire', ['Côte d’Ivoire', "Cote d'Ivoire"]),
  ],
};
const ids = (q: string) => namedInQuery(q, index).matches.map((m) => m.entity.id);

describe('words as search compares them', () => {
  it('lower case, accents dropped, punctuation a separator; Cyrillic kept', () => {
    expect(searchWords('Non-Proliferation Treaty')).toEqual(['non', 'proliferation', 'treaty']);
    expect(searchWords('Côte d’Ivoire')).toEqual(['cote', 'd', 'ivoire']);
    expect(searchWords('СНВ-III')).toEqual(['снв', 'iii']);
  });
});

describe('what the words name', () => {
  it('a country and a treaty by a keyword, in any case, among other words', () => {
    expect(ids('Ukraine Ottawa withdrawal')).toEqual(['ukraine', 'ottawa-convention']);
    expect(ids('ukraine landmines')).toEqual(['ukraine', 'ottawa-convention']);
    expect(ids('Poland mines')).toEqual(['poland', 'ottawa-convention']);
    expect(ids('Cote d’Ivoire')).toEqual(['cote-divoire']);
  });

  it('a whole name only: a word of a longer name is not enough', () => {
    expect(ids('ban')).toEqual([]);
    expect(ids('Pol')).toEqual([]);
  });

  it('a longer name wins over a shorter one inside it; the same words for two treaties name both', () => {
    expect(ids('Partial Test Ban Treaty')).toEqual(['partial-test-ban-treaty']);
    expect(ids('Limited Test Ban Treaty')).toEqual(['partial-test-ban-treaty']);
    const both = namedInQuery('Nuclear Test Ban Treaty', index);
    expect(both.matches.map((m) => m.entity.id).sort()).toEqual(['ctbt', 'partial-test-ban-treaty']);
    expect(both.ambiguous).toEqual([
      { words: 'nuclear test ban treaty', treaties: [index.entities[1], index.entities[2]] },
    ]);
  });

  it('Cyrillic names', () => {
    expect(ids('ДСНВ')).toEqual(['new-start']);
    expect(ids('СНВ-III')).toEqual(['new-start']);
  });
});

describe('the answer box', () => {
  it('a status line per named country × treaty, from the country’s answers; no record reads "not joined"', () => {
    const named = namedInQuery('Ukraine Ottawa withdrawal', index);
    const view = answerView(
      named,
      new Map([
        [
          'ukraine',
          {
            asOf: '3 February 2026',
            statuses: { 'ottawa-convention': 'party since 1 Jun 2006; suspension claimed 2025' },
          },
        ],
      ]),
    );
    expect(view.lines.map(statusLineText)).toEqual([
      'Ukraine — Ottawa Convention: party since 1 Jun 2006; suspension claimed 2025',
    ]);
    expect(view.asOf).toBe('3 February 2026');
    const none = answerView(
      namedInQuery('Poland New START', index),
      new Map([['poland', { asOf: 'x', statuses: {} }]]),
    );
    expect(none.lines.map(statusLineText)).toEqual([`Poland — New START: ${NO_RECORD}`]);
  });

  it('nothing without a named country, or when its answers could not load', () => {
    expect(answerView(namedInQuery('Ottawa', index), new Map()).lines).toEqual([]);
    expect(answerView(namedInQuery('Poland mines', index), new Map()).lines).toEqual([]);
  });
});

describe('ranking', () => {
  it('verified first, weak last at about equal relevance; a weak page needs a clearly better match', () => {
    const results = [
      { id: 'weak-a', score: 10 },
      { id: 'other-b', score: 10.2 },
      { id: 'verified-c', score: 10 },
      { id: 'weak-d', score: 20 },
      { id: 'verified-e', score: 9 },
    ];
    const evidence = { verified: new Set(['verified-c', 'verified-e']), weak: new Set(['weak-a', 'weak-d']) };
    expect(rankByEvidence(results, evidence).map((r) => r.id)).toEqual([
      'weak-d',
      'verified-c',
      'other-b',
      'verified-e',
      'weak-a',
    ]);
    const none = { verified: new Set<string>(), weak: new Set<string>() };
    expect(rankByEvidence(results, none).map((r) => r.id)).toEqual([
      'weak-d',
      'other-b',
      'weak-a',
      'verified-c',
      'verified-e',
    ]);
  });

  it('a named page is found within the reader’s filters, or not at all', () => {
    const ukraine = index.entities[4] as NamedEntity;
    const ottawa = index.entities[0] as NamedEntity;
    expect(entityFilters({}, ukraine)).toEqual({ type: 'country', country: 'Ukraine' });
    expect(entityFilters({ region: 'Europe' }, ukraine)).toEqual({
      region: 'Europe',
      type: 'country',
      country: 'Ukraine',
    });
    expect(entityFilters({ type: 'claim' }, ukraine)).toBeUndefined();
    expect(entityFilters({ type: { any: ['claim', 'treaty'] } }, ottawa)).toEqual({
      type: 'treaty',
      treaty: 'Ottawa Convention',
    });
    expect(entityFilters({ country: 'Poland' }, ukraine)).toBeUndefined();
  });
});
