import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import {
  computeEntryIntoForceForState,
  computeWithdrawalEffective,
  describeWithdrawalRule,
  type TreatyTiming,
} from './treaty-rules.ts';

const apmbc: TreatyTiming = {
  entryIntoForce: d('1999-03-01'),
  rules: {
    entryIntoForce: { kind: 'first-day-of-nth-month-after-deposit', months: 6, article: 'Art. 17(2)' },
    withdrawal: {
      kind: 'months-after-notice',
      months: 6,
      article: 'Art. 20(2)',
      armedConflict: { article: 'Art. 20(3)', effect: 'not while the state is engaged in an armed conflict' },
    },
  },
};

const ccm: TreatyTiming = { ...apmbc, entryIntoForce: d('2010-08-01') };

const ctbt: TreatyTiming = {
  rules: {
    entryIntoForce: { kind: 'days-after-deposit', days: 30, article: 'Art. XIV(2)' },
    withdrawal: { kind: 'months-after-notice', months: 6, article: 'Art. IX(2)' },
  },
};

describe('entry into force for a state', () => {
  it('applies the rule to a later deposit (Poland: 27 Dec 2012 → 1 Jun 2013)', () => {
    expect(computeEntryIntoForceForState(apmbc, { type: 'ratification', date: d('2012-12-27') })).toEqual({
      date: '2013-06-01',
      basis: 'rule',
    });
  });

  it('matches the dates sources give for Marshall Islands, Tonga and Vanuatu', () => {
    expect(computeEntryIntoForceForState(apmbc, { type: 'ratification', date: d('2025-03-12') }).date).toBe(
      '2025-09-01',
    );
    expect(computeEntryIntoForceForState(apmbc, { type: 'accession', date: d('2025-06-25') }).date).toBe('2025-12-01');
    expect(computeEntryIntoForceForState(ccm, { type: 'accession', date: d('2025-09-05') }).date).toBe('2026-03-01');
  });

  it('binds an early state from the treaty’s own entry into force', () => {
    expect(computeEntryIntoForceForState(apmbc, { type: 'ratification', date: d('1997-12-03') })).toEqual({
      date: '1999-03-01',
      basis: 'treaty-entry-into-force',
    });
  });

  it('gives no date while the treaty is not in force, and none for a succession', () => {
    expect(computeEntryIntoForceForState(ctbt, { type: 'ratification', date: d('2000-05-27') })).toEqual({
      date: null,
      basis: 'treaty-not-in-force',
    });
    expect(computeEntryIntoForceForState(apmbc, { type: 'succession', date: d('2000-01-01') }).basis).toBe(
      'succession',
    );
  });

  it('does not make a successor state a party to a treaty that is not in force', () => {
    expect(computeEntryIntoForceForState(ctbt, { type: 'succession', date: d('2006-10-23') })).toEqual({
      date: null,
      basis: 'treaty-not-in-force',
    });
  });

  it('refuses to compute from an unknown rule after the treaty is in force', () => {
    const unknown: TreatyTiming = {
      entryIntoForce: d('1978-10-05'),
      rules: {
        entryIntoForce: { kind: 'unknown', note: 'not checked' },
        withdrawal: { kind: 'unknown', note: 'not checked' },
      },
    };
    expect(computeEntryIntoForceForState(unknown, { type: 'accession', date: d('2000-01-01') })).toEqual({
      date: null,
      basis: 'rule-unknown',
    });
    expect(computeEntryIntoForceForState(unknown, { type: 'ratification', date: d('1977-01-01') }).date).toBe(
      '1978-10-05',
    );
  });
});

describe('withdrawal effective date', () => {
  it.each([
    ['Estonia, APMBC', '2025-06-27', '2025-12-27'],
    ['Finland, APMBC', '2025-07-10', '2026-01-10'],
    ['Poland, APMBC', '2025-08-20', '2026-02-20'],
    ['Lithuania, CCM', '2024-09-06', '2025-03-06'],
  ])('%s: deposited %s → %s', (_name, deposited, effective) => {
    expect(computeWithdrawalEffective(apmbc.rules.withdrawal, d(deposited))).toBe(effective);
  });

  it('counts days for a days-based rule and gives none where the treaty provides none', () => {
    expect(
      computeWithdrawalEffective({ kind: 'days-after-notice', days: 90, article: 'Art. XVI(2)' }, d('2025-01-01')),
    ).toBe('2025-04-01');
    expect(computeWithdrawalEffective({ kind: 'not-provided', note: 'no clause' }, d('2025-01-01'))).toBeNull();
  });

  it('states the rule in words with its articles', () => {
    expect(describeWithdrawalRule(apmbc.rules.withdrawal)).toBe(
      'a withdrawal takes effect six months after the depositary receives it (Art. 20(2)); not while the state is engaged in an armed conflict (Art. 20(3))',
    );
  });
});
