import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from './dates.ts';
import { describeEntryIntoForce, describeStatus } from './status-text.ts';

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
    expect(describeStatus({ status: 'consented', until: d('2026-03-01'), flags: [] }).note).toBe('in force for it from 1 Mar 2026');
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
    [{ date: null, basis: 'rule-unknown' as const }, { note: 'rule not encoded' }],
    [null, {}],
  ])('%j → %j', (eif, expected) => {
    expect(describeEntryIntoForce(eif)).toEqual(expected);
  });
});
