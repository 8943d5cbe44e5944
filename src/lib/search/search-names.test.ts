/** The data behind search answers, from the fixture ledger and from participant facts. */
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../core/dates.ts';
import { fixtureLedger } from '../../../tests/support/ledger.ts';
import { namedInQuery, namesIndexOf } from './search-answer.ts';
import { countryAnswers, namesFile, statusPhrase } from './search-names.ts';

const ledger = fixtureLedger();
const d = toIsoDate;

describe('the names file', () => {
  const file = namesFile(ledger);

  it('lists every treaty and country with its names, abbreviation, aliases and keywords, normalised', () => {
    expect(file.treaty.entries.map((e) => e.id).sort()).toEqual([...ledger.treaties.keys()].sort());
    expect(file.country.entries.map((e) => e.id).sort()).toEqual([...ledger.countries.keys()].sort());
    const ottawa = file.treaty.entries.find((e) => e.id === 'ottawa-convention');
    expect(ottawa?.names).toEqual(expect.arrayContaining(['apmbc', 'mine ban treaty', 'landmines', 'mines']));
    expect(ottawa?.names).not.toContain('ottawa convention'); // the display name counts without a repeat
    expect(ottawa?.year).toBe('1997');
    expect(file.country.entries.find((e) => e.id === 'poland')?.names).toEqual(
      expect.arrayContaining(['polska', 'republic of poland']),
    );
  });

  it('gives the page of each entity under the site’s folders', () => {
    const index = namesIndexOf(JSON.parse(JSON.stringify(file)) as typeof file);
    const poland = index.entities.find((e) => e.id === 'poland');
    expect(poland).toMatchObject({ type: 'country', name: 'Poland', path: '/countries/poland/' });
    expect(poland?.names).toEqual(expect.arrayContaining(['poland', 'polska']));
    expect(namedInQuery('Polska Ottawa Convention', index).matches.map((m) => m.entity.path)).toEqual([
      '/treaties/ottawa-convention/',
      '/countries/poland/',
    ]);
  });
});

describe('a status in one phrase, in the words of treaty law', () => {
  const inForce = { date: d('2006-06-01'), basis: 'rule' as const };

  it('a party with a claimed suspension: since when, and the year of the claim', () => {
    const facts = { consent: { date: d('2005-12-27') }, entryIntoForce: inForce, suspensionClaimed: d('2025-07-15') };
    expect(statusPhrase(facts, d('2026-02-03'))).toBe('party since 1 Jun 2006; suspension claimed 2025');
    // Before the claim, no flag.
    expect(statusPhrase(facts, d('2024-01-01'))).toBe('party since 1 Jun 2006');
  });

  it('never "party" for a treaty that is not in force, and a pending withdrawal with its date', () => {
    expect(
      statusPhrase(
        { consent: { date: d('2000-01-01') }, entryIntoForce: { date: null, basis: 'treaty-not-in-force' } },
        d('2026-02-03'),
      ),
    ).toBe('consented (the treaty is not in force)');
    expect(
      statusPhrase(
        {
          consent: { date: d('2012-12-27') },
          entryIntoForce: { date: d('2013-06-01'), basis: 'rule' },
          withdrawal: { deposited: d('2025-08-20'), effective: d('2026-02-20') },
        },
        d('2026-02-03'),
      ),
    ).toBe('withdrawal pending (effective 20 Feb 2026)');
  });

  it('a country’s answers: one phrase per treaty it has a record in, with the date they are for', () => {
    const answers = countryAnswers(ledger, 'poland');
    expect(answers.asOf).toBe('3 February 2026');
    expect(answers.statuses['ottawa-convention']).toBe('withdrawal pending (effective 20 Feb 2026)');
    expect(Object.keys(answers.statuses)).toEqual(
      (ledger.participantsByCountry.get('poland') ?? []).map((p) => p.treaty),
    );
  });
});
