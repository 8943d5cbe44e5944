/**
 * The ledger built from the real content (src/content), read the way the integrity check reads it:
 * the figures the story rests on, computed from depositary rows and treaty rules.
 */
import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import { getStatusOn } from '../domain/status.ts';
import { realLedger } from '../../../tests/support/ledger.ts';

const ledger = realLedger();
const participant = (treaty: string, country: string) => {
  const p = ledger.participantsByTreaty.get(treaty)?.find((x) => x.country === country);
  if (!p) throw new Error(`no ${country} in ${treaty}`);
  return p;
};

describe('the story’s dates, computed from the treaty rules', () => {
  it('Poland: in force 1 June 2013, withdrawal effective 20 February 2026', () => {
    const poland = participant('ottawa-convention', 'poland');
    expect(poland.entryIntoForce).toEqual({ date: '2013-06-01', basis: 'rule' });
    expect(poland.withdrawal).toMatchObject({
      deposited: '2025-08-20',
      computedEffective: '2026-02-20',
      effective: '2026-02-20',
      basis: 'rule',
    });
  });

  it('Lithuania’s withdrawal from the cluster-munitions convention took effect on 6 March 2025', () => {
    expect(participant('convention-on-cluster-munitions', 'lithuania').withdrawal?.effective).toBe('2025-03-06');
  });

  it('Poland is "withdrawal pending" on 1 January 2026 and "withdrawn" on 1 March 2026', () => {
    const facts = participant('ottawa-convention', 'poland').facts;
    expect(getStatusOn(facts, d('2026-01-01'))).toEqual({
      status: 'withdrawal-pending',
      until: '2026-02-20',
      flags: [],
    });
    expect(getStatusOn(facts, d('2026-03-01')).status).toBe('withdrawn');
  });

  it('the as-of statuses use the build date', () => {
    expect(ledger.statusAsOf.get('ottawa-convention:poland')?.status).toBe('withdrawal-pending');
    expect(ledger.statusAsOf.get('ottawa-convention:estonia')?.status).toBe('withdrawn');
  });

  it('lists the depositary, computed and curated events of a participation in date order', () => {
    const events = (ledger.eventsByCountry.get('poland') ?? []).filter((e) => e.treaty === 'ottawa-convention');
    expect(events.map((e) => [e.kind, e.date, e.origin])).toEqual([
      ['signature', '1997-12-04', 'depositary'],
      ['consent', '2012-12-27', 'depositary'],
      ['entry-into-force', '2013-06-01', 'computed'],
      ['recommendation', '2025-03-18', 'curated'],
      ['parliament-vote', '2025-06-25', 'curated'],
      ['withdrawal-deposited', '2025-08-20', 'depositary'],
      ['withdrawal-effective', '2026-02-20', 'computed'],
    ]);
  });
});

describe('byName', () => {
  it('orders exactly as localeCompare in English ignoring case and accents, with one collator', async () => {
    const { byName } = await import('./ledger.ts');
    const names = [
      'Türkiye',
      'turkey',
      'Åland Islands',
      'Côte d’Ivoire',
      'cote d’ivoire',
      'Czechia',
      'Zimbabwe',
      'zambia',
      'Österreich',
      'Oman',
      'São Tomé and Príncipe',
      'Saudi Arabia',
      'Benchmark Wire 10',
      'Benchmark Wire 9',
    ];
    const expected = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect([...names].sort(byName)).toEqual(expected);
    for (const a of names)
      for (const b of names)
        expect(Math.sign(byName(a, b))).toBe(Math.sign(a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });
});
