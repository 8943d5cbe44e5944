import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import type { ParticipantFacts } from './status.ts';
import {
  countsInWords,
  describeEntryIntoForce,
  describeRecordCurrency,
  describeStatus,
  describeStatusOn,
  RECORD_LAG_WARNING_DAYS,
  statusTitle,
} from './status-text.ts';

describe('describeStatus', () => {
  it('says when a pending withdrawal takes effect', () => {
    expect(describeStatus({ status: 'withdrawal-pending', until: d('2026-02-20'), flags: [] })).toEqual({
      status: 'withdrawal-pending',
      label: 'Withdrawal pending',
      short: 'Leaving',
      note: 'takes effect 20 Feb 2026',
      flags: [],
    });
  });

  it('says when a consent enters into force for the state (Vanuatu, CCM)', () => {
    expect(describeStatus({ status: 'consented', until: d('2026-03-01'), flags: [] }).note).toBe(
      'in force for it from 1 Mar 2026',
    );
  });

  it('does not promise a date for a treaty that is not in force', () => {
    const text = describeStatus({ status: 'consented', flags: [] }, { treatyInForce: false });
    expect(text.label).toBe('Consented');
    expect(text.note).toBe('treaty not in force');
  });

  it('keeps flags beside the status, in words', () => {
    const text = describeStatus({ status: 'party', flags: ['suspension-claimed'] });
    expect(text.label).toBe('Party');
    expect(text.flags).toEqual(['Suspension claimed']);
  });
});

describe('describeEntryIntoForce', () => {
  it.each([
    [{ date: d('2013-06-01'), basis: 'rule' as const }, { date: '2013-06-01' }],
    [{ date: d('1999-03-01'), basis: 'treaty-entry-into-force' as const }, { date: '1999-03-01' }],
    [{ date: null, basis: 'succession' as const }, { note: 'from succession (date not computed)' }],
    [{ date: null, basis: 'treaty-not-in-force' as const }, { note: 'treaty not in force' }],
    [{ date: null, basis: 'rule-unknown' as const }, { note: 'rule not recorded' }],
    [null, {}],
  ])('%j → %j', (eif, expected) => {
    expect(describeEntryIntoForce(eif)).toEqual(expected);
  });
});

const poland: ParticipantFacts = {
  signature: d('1997-12-04'),
  consent: { date: d('2012-12-27') },
  entryIntoForce: { date: d('2013-06-01'), basis: 'rule' },
  withdrawal: { deposited: d('2025-08-20'), effective: d('2026-02-20') },
};

describe('describeStatusOn', () => {
  it.each([
    ['1997-01-01', 'not joined'],
    ['1998-01-01', 'signatory, not bound'],
    ['2013-01-01', 'consented, not yet in force (in force from 1 Jun 2013)'],
    ['2020-01-01', 'party (since 1 Jun 2013)'],
    ['2026-02-03', 'withdrawal pending (effective 20 Feb 2026)'],
    ['2026-02-20', 'withdrawn (effective 20 Feb 2026)'],
  ])('Poland in the Ottawa Convention on %s: %s', (date, text) => {
    expect(describeStatusOn(poland, d(date)).text).toBe(text);
  });

  it('names a state that never took part as not joined', () => {
    expect(describeStatusOn(undefined, d('2026-02-03'))).toEqual({
      status: 'not-joined',
      flags: [],
      text: 'not joined',
    });
  });

  it('says when a date is not known instead of guessing one', () => {
    const unknownRule: ParticipantFacts = {
      consent: { date: d('2020-01-01') },
      entryIntoForce: { date: d('2020-07-01'), basis: 'rule' },
      withdrawal: { deposited: d('2025-01-01'), effective: null },
    };
    expect(describeStatusOn(unknownRule, d('2025-06-01')).text).toBe('withdrawal pending (effective date not known)');
    const notInForce: ParticipantFacts = {
      consent: { date: d('2000-05-27') },
      entryIntoForce: { date: null, basis: 'treaty-not-in-force' },
    };
    // A treaty never in force binds nobody: the state has consented, no more.
    expect(describeStatusOn(notInForce, d('2001-01-01')).text).toBe('consented (the treaty is not in force)');
    const ruleUnknown: ParticipantFacts = {
      consent: { date: d('2000-05-27') },
      entryIntoForce: { date: null, basis: 'rule-unknown' },
    };
    // A rule not recorded (Bangkok, Pelindaba, Semipalatinsk): say so rather than compute a date.
    expect(describeStatusOn(ruleUnknown, d('2001-01-01')).text).toBe(
      'consented (the date the treaty entered into force for it is not recorded)',
    );
  });

  it('puts flags beside the status, never instead of it', () => {
    const ukraine: ParticipantFacts = {
      consent: { date: d('2005-12-27') },
      entryIntoForce: { date: d('2006-06-01'), basis: 'rule' },
      suspensionClaimed: d('2025-06-29'),
    };
    expect(describeStatusOn(ukraine, d('2025-07-01')).text).toBe('party (since 1 Jun 2006); suspension claimed');
    const russiaCtbt: ParticipantFacts = {
      signature: d('1996-09-24'),
      consent: { date: d('2000-06-30') },
      consentRevoked: d('2023-11-02'),
      entryIntoForce: { date: null, basis: 'treaty-not-in-force' },
    };
    expect(describeStatusOn(russiaCtbt, d('2024-01-01')).text).toBe('signatory (ratification revoked 2 Nov 2023)');
  });

  it('titles a shape with the name first', () => {
    expect(statusTitle('Poland', describeStatusOn(poland, d('2026-02-03')))).toBe(
      'Poland — withdrawal pending (effective 20 Feb 2026)',
    );
  });
});

describe('countsInWords', () => {
  it('counts contracting states and parties, never states bound (CCM on 3 Feb 2026)', () => {
    expect(countsInWords({ bound: 112, parties: 111 }, true)).toBe('112 contracting states; 111 parties');
    expect(countsInWords({ bound: 1, parties: 1 }, true)).toBe('1 contracting state; 1 party');
  });

  it('counts ratifications of a treaty not in force, which binds nobody (CTBT)', () => {
    expect(countsInWords({ bound: 178, parties: 0 }, false)).toBe('178 ratifications; not in force');
  });
});

describe('describeRecordCurrency: statuses on D, from the depositary’s record as at R', () => {
  it('names both dates, and no warning while the record is recent', () => {
    const r = describeRecordCurrency(d('2026-02-03'), [d('2026-02-03')]);
    expect(r?.sentence).toBe('Statuses on 3 February 2026, from the depositary’s record as at 3 February 2026.');
    expect([r?.stale, r?.warning]).toEqual([false, undefined]);
    expect(describeRecordCurrency(d('2026-05-04'), [d('2026-02-03')])?.stale).toBe(false); // 90 days
  });

  it(`says plainly that later deposits may be missing when D is more than ${RECORD_LAG_WARNING_DAYS} days past R`, () => {
    const r = describeRecordCurrency(d('2026-12-05'), [d('2026-02-03')]);
    expect(r?.sentence).toBe('Statuses on 5 December 2026, from the depositary’s record as at 3 February 2026.');
    expect(r?.lagDays).toBe(305);
    expect(r?.warning).toBe(
      'The record is 305 days older than that date: deposits, withdrawals and other changes recorded after 3 February 2026 may be missing.',
    );
    expect(describeRecordCurrency(d('2026-05-05'), [d('2026-02-03')])?.stale).toBe(true); // 91 days
  });

  it('names the range of several records, and measures from the oldest', () => {
    const r = describeRecordCurrency(d('2026-02-03'), [d('2026-02-03'), d('2018-03-12'), d('2026-02-03')]);
    expect(r?.sentence).toBe(
      'Statuses on 3 February 2026, from depositary records as at 12 March 2018 to 3 February 2026.',
    );
    expect(r?.warning).toMatch(
      /^The oldest record is \d+ days older than that date: .* after 12 March 2018 may be missing\.$/,
    );
  });

  it('says nothing about a record when the page rests on none', () => {
    expect(describeRecordCurrency(d('2026-02-03'), [])).toBeUndefined();
  });

  it('gives no warning for a date before the record (an earlier day computed from a later record)', () => {
    expect(describeRecordCurrency(d('2020-01-01'), [d('2026-02-03')])?.warning).toBeUndefined();
  });
});
