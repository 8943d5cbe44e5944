import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import {
  checkWithdrawalDate,
  computeEntryIntoForceForState,
  computeWithdrawalEffective,
  daysFrom,
  describeEntryIntoForceRule,
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

// The rules of the treaties the UN does not keep, as their files record them (issue 19).
const npt: TreatyTiming = {
  entryIntoForce: d('1970-03-05'),
  rules: {
    entryIntoForce: { kind: 'on-deposit', article: 'Art. IX(4)' },
    withdrawal: { kind: 'months-after-notice', months: 3, article: 'Art. X(1)' },
  },
};
const cfe: TreatyTiming = {
  entryIntoForce: d('1992-11-09'),
  rules: {
    entryIntoForce: { kind: 'unknown', note: 'a closed treaty' },
    withdrawal: { kind: 'at-least-days-before-named-date', days: 150, article: 'Art. XIX(2)' },
  },
};
const tlatelolco: TreatyTiming = {
  individually: true,
  rules: {
    entryIntoForce: { kind: 'on-waiver-deposit', article: 'Art. 28(2)', note: 'per state' },
    withdrawal: { kind: 'months-after-notice', months: 3, article: 'Art. 30(2)' },
  },
};
const geneva: TreatyTiming = {
  entryIntoForce: d('1928-02-08'),
  rules: {
    entryIntoForce: { kind: 'on-deposit', article: 'final clauses', consentTypes: ['ratification'] },
    withdrawal: { kind: 'not-provided', note: 'no withdrawal or denunciation clause' },
  },
};

describe('the rules of treaties kept by governments (issue 19)', () => {
  it('NPT Art. IX(4): in force for a state on the day it deposits (Kazakhstan, 14 Feb 1994)', () => {
    expect(computeEntryIntoForceForState(npt, { type: 'accession', date: d('1994-02-14') })).toEqual({
      date: '1994-02-14',
      basis: 'rule',
    });
    // Afghanistan deposited on 4 Feb 1970, before the treaty itself entered into force.
    expect(computeEntryIntoForceForState(npt, { type: 'ratification', date: d('1970-02-04') })).toEqual({
      date: '1970-03-05',
      basis: 'treaty-entry-into-force',
    });
  });

  it('CFE Art. XIX(2): the state names the date; notice 9 Jun 2023 → out 7 Nov 2023 (day 151) is valid', () => {
    expect(computeWithdrawalEffective(cfe.rules.withdrawal, d('2023-06-09'))).toBeNull();
    expect(checkWithdrawalDate(cfe.rules.withdrawal, d('2023-06-09'), d('2023-11-07'))).toEqual({
      ok: true,
      basis: 'named-date',
    });
    expect(daysFrom(d('2023-06-09'), d('2023-11-07'))).toBe(151);
  });

  it('CFE Art. XIX(2): 6 Nov 2023 (day 150) is the boundary and valid; 5 Nov 2023 (day 149) is rejected', () => {
    expect(checkWithdrawalDate(cfe.rules.withdrawal, d('2023-06-09'), d('2023-11-06')).ok).toBe(true);
    const early = checkWithdrawalDate(cfe.rules.withdrawal, d('2023-06-09'), d('2023-11-05'));
    expect(early).toMatchObject({ ok: false, expected: '2023-11-06' });
    expect(early.ok ? '' : early.problem).toContain('149 days');
  });

  it('Open Skies Art. XV(2): notice at least six months before the date named; US 22 May 2020 → out 22 Nov 2020', () => {
    const rule = { kind: 'at-least-months-before-named-date' as const, months: 6, article: 'Art. XV(2)' };
    expect(checkWithdrawalDate(rule, d('2020-05-22'), d('2020-11-22'))).toEqual({ ok: true, basis: 'named-date' });
    const early = checkWithdrawalDate(rule, d('2020-05-22'), d('2020-11-21'));
    expect(early).toMatchObject({ ok: false, expected: '2020-11-22' });
    expect(early.ok ? '' : early.problem).toContain('at least six months');
    // The same six months as a fixed notice period give the same day.
    expect(computeWithdrawalEffective({ kind: 'months-after-notice', months: 6, article: 'x' }, d('2020-05-22'))).toBe(
      '2020-11-22',
    );
  });

  it('Tlatelolco Art. 28(2): in force for a state on its waiver, a date only a cited source gives', () => {
    expect(computeEntryIntoForceForState(tlatelolco, { type: 'ratification', date: d('1968-01-29') })).toEqual({
      date: null,
      basis: 'waiver-not-recorded',
    });
  });

  it('Geneva Protocol: a ratification takes effect on deposit; an accession’s date is not recorded', () => {
    expect(computeEntryIntoForceForState(geneva, { type: 'ratification', date: d('1930-04-03') }).date).toBe(
      '1930-04-03',
    );
    expect(computeEntryIntoForceForState(geneva, { type: 'accession', date: d('1970-05-05') })).toEqual({
      date: null,
      basis: 'rule-unknown',
    });
  });

  it('a treaty without a withdrawal clause accepts no withdrawal date (Geneva Protocol)', () => {
    expect(checkWithdrawalDate(geneva.rules.withdrawal, d('2020-01-01'), d('2020-04-01')).ok).toBe(false);
    expect(describeWithdrawalRule(geneva.rules.withdrawal)).toBe(
      'the treaty has no withdrawal clause: no withdrawal or denunciation clause',
    );
  });

  it('says the rule is not recorded rather than guessing, and names the notice’s receiver for a bilateral treaty', () => {
    expect(describeEntryIntoForceRule({ kind: 'unknown', note: 'not read in a cited text' })).toBe(
      'not recorded: not read in a cited text',
    );
    expect(describeWithdrawalRule({ kind: 'unknown', note: 'Art. 22 not read' })).toBe(
      'withdrawal rule not recorded: Art. 22 not read',
    );
    expect(describeWithdrawalRule(cfe.rules.withdrawal)).toBe(
      'a withdrawal takes effect on the date the state names, which its notice must precede by at least 150 days (Art. XIX(2))',
    );
    expect(
      describeWithdrawalRule({ kind: 'months-after-notice', months: 6, article: 'Art. XV(2)' }, { bilateral: true }),
    ).toBe('a withdrawal takes effect six months after the other party receives the notice (Art. XV(2))');
  });
});
