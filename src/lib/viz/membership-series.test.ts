import { describe, expect, it } from 'vitest';
import { addDays, toIsoDate as d } from '../core/dates.ts';
import {
  buildMembershipSeries,
  pointOn,
  withdrawalMarks,
  yearEndRows,
  type SeriesParticipant,
} from './membership-series.ts';
import { countOn } from '../domain/status.ts';
import { realLedger } from '../../../tests/support/ledger.ts';

const a: SeriesParticipant = {
  country: 'a',
  facts: {
    signature: d('2000-01-10'),
    consent: { date: d('2000-03-01') },
    entryIntoForce: { date: d('2000-09-01'), basis: 'rule' },
  },
};
const b: SeriesParticipant = {
  country: 'b',
  facts: {
    consent: { date: d('2000-03-01') },
    entryIntoForce: { date: d('2000-09-01'), basis: 'rule' },
    withdrawal: { deposited: d('2002-01-15'), effective: d('2002-07-15') },
  },
};
const c: SeriesParticipant = { country: 'c', facts: { signature: d('2001-05-05'), entryIntoForce: null } };

describe('buildMembershipSeries', () => {
  const series = buildMembershipSeries([a, b, c], d('2000-01-01'), d('2003-01-01'));

  it('has one point at the start and one per day a status changes, with who changed', () => {
    expect(series.map((p) => [p.date, p.bound, p.parties, p.signatories, p.withdrawn])).toEqual([
      ['2000-01-01', 0, 0, 0, 0],
      ['2000-01-10', 0, 0, 1, 0],
      ['2000-03-01', 2, 0, 0, 0],
      ['2000-09-01', 2, 2, 0, 0],
      ['2001-05-05', 2, 2, 1, 0],
      ['2002-01-15', 2, 2, 1, 0],
      ['2002-07-15', 1, 1, 1, 1],
    ]);
    expect(series[2]?.changes).toEqual([
      { country: 'a', from: 'signatory', to: 'consented' },
      { country: 'b', from: 'not-joined', to: 'consented' },
    ]);
    expect(series[5]?.changes).toEqual([{ country: 'b', from: 'party', to: 'withdrawal-pending' }]);
  });

  it('agrees with countOn on every day, not only on change dates', () => {
    for (let day = d('2000-01-01'); day <= '2003-01-01'; day = addDays(day, 3)) {
      const p = pointOn(series, day)!;
      const c2 = countOn([a, b, c], day);
      expect([p.bound, p.parties, p.signatories, p.withdrawn], day).toEqual([
        c2.bound,
        c2.parties,
        c2.signatoriesOnly,
        c2.withdrawn,
      ]);
    }
  });

  it('stops at the end date and ignores facts after it', () => {
    const short = buildMembershipSeries([a, b, c], d('2000-01-01'), d('2002-01-14'));
    expect(short.at(-1)?.date).toBe('2001-05-05');
  });

  it('gives year-end rows, the last at the end date', () => {
    expect(yearEndRows(series, d('2002-08-01')).map((r) => [r.date, r.bound])).toEqual([
      ['2000-12-31', 2],
      ['2001-12-31', 2],
      ['2002-08-01', 1],
    ]);
  });

  it('marks withdrawals: effective ones on their day, pending ones on the day of notice', () => {
    expect(withdrawalMarks([a, b, c], d('2002-03-01'))).toEqual([
      { kind: 'notice', date: '2002-01-15', countries: ['b'], effective: '2002-07-15' },
    ]);
    expect(withdrawalMarks([a, b, c], d('2003-01-01'))).toEqual([
      { kind: 'effective', date: '2002-07-15', countries: ['b'] },
    ]);
  });
});

describe('membership over time, on the full depositary record', () => {
  const ledger = realLedger();
  const ottawa = ledger.participantsByTreaty.get('ottawa-convention')!;
  const ccm = ledger.participantsByTreaty.get('convention-on-cluster-munitions')!;

  // Hand-checked figures: the UNTC status pages "as at 3 February 2026" say "Parties: 162"
  // (Ottawa) and "Parties: 112" (CCM); the depositary counts every state bound by its consent.
  it('steps to 162 states bound by the Ottawa Convention on 3 Feb 2026', () => {
    const series = buildMembershipSeries(ottawa, d('1997-12-03'), d('2026-02-03'));
    expect(pointOn(series, d('2026-02-03'))?.bound).toBe(162);
  });

  it('steps to 112 states bound by the Convention on Cluster Munitions on 3 Feb 2026, 111 of them parties', () => {
    const series = buildMembershipSeries(ccm, d('2008-12-03'), d('2026-02-03'));
    const last = pointOn(series, d('2026-02-03'));
    expect(last?.bound).toBe(112);
    expect(last?.parties).toBe(111); // Vanuatu's accession of 5 Sep 2025 takes effect on 1 Mar 2026
  });

  it('marks the Baltic withdrawals of 27 Dec 2025 together, Finland’s on 10 Jan 2026 and Poland’s notice', () => {
    const names = (ids: string[]) => ids.map((id) => ledger.countries.get(id)!.data.name).sort();
    const marks = withdrawalMarks(ottawa, d('2026-02-03')).map((m) => ({ ...m, countries: names(m.countries) }));
    expect(marks).toEqual([
      { kind: 'notice', date: '2025-08-20', countries: ['Poland'], effective: '2026-02-20' },
      { kind: 'effective', date: '2025-12-27', countries: ['Estonia', 'Latvia', 'Lithuania'] },
      { kind: 'effective', date: '2026-01-10', countries: ['Finland'] },
    ]);
  });
});
