import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import {
  listConsents,
  listEntries,
  listWithdrawals,
  selectRecentChanges,
  selectRecentConsents,
  selectTreatyEnds,
} from './treaty-changes.ts';
import { fixtureLedger, realLedger } from '../../../tests/support/ledger.ts';

const ledger = fixtureLedger();
const all = [...ledger.participantsByTreaty.values()].flat();

describe('listWithdrawals', () => {
  it('lists every withdrawal on record, most recently deposited first, with its notification', () => {
    expect(listWithdrawals(all).map((w) => `${w.country} ${w.treaty} ${w.deposited} → ${w.effective}`)).toEqual([
      'poland ottawa-convention 2025-08-20 → 2026-02-20',
      'estonia ottawa-convention 2025-06-27 → 2025-12-27',
      'latvia ottawa-convention 2025-06-27 → 2025-12-27',
      'lithuania ottawa-convention 2025-06-27 → 2025-12-27',
      'lithuania convention-on-cluster-munitions 2024-09-06 → 2025-03-06',
    ]);
    expect(listWithdrawals(all)[0]?.notification).toBe('C.N.421.2025.TREATIES-XXVI-5');
  });
});

describe('selectRecentChanges', () => {
  const withdrawals = listWithdrawals(all);
  const entries = listEntries(all);

  it('on 3 February 2026: Poland’s withdrawal pending; the Baltic states and Lithuania’s CCM exit within the year', () => {
    const changes = selectRecentChanges(withdrawals, entries, d('2026-02-03'));
    expect(changes.pendingWithdrawals.map((w) => w.country)).toEqual(['poland']);
    expect(changes.recentWithdrawals.map((w) => `${w.country} ${w.effective}`)).toEqual([
      'estonia 2025-12-27',
      'latvia 2025-12-27',
      'lithuania 2025-12-27',
      'lithuania 2025-03-06',
    ]);
  });

  it('on 1 March 2026 nothing is pending and Poland’s exit is the latest', () => {
    const changes = selectRecentChanges(withdrawals, entries, d('2026-03-01'));
    expect(changes.pendingWithdrawals).toEqual([]);
    expect(changes.recentWithdrawals[0]).toMatchObject({ country: 'poland', effective: '2026-02-20' });
  });

  it('a withdrawal counts as recent only within the window', () => {
    const changes = selectRecentChanges(withdrawals, entries, d('2026-02-03'), 30);
    expect(changes.recentWithdrawals.map((w) => w.country)).toEqual([]);
  });

  it('lists consents that enter into force after the date, soonest first', () => {
    const changes = selectRecentChanges(withdrawals, entries, d('2013-01-01'));
    expect(changes.upcomingEntries.map((e) => `${e.country} ${e.entryIntoForce}`)).toEqual(['poland 2013-06-01']);
  });
});

describe('the new treaties on the home page', () => {
  const ledger = realLedger();
  const treaties = [...ledger.treaties.values()];
  const ends = (asOf: string) => {
    const e = selectTreatyEnds(treaties, d(asOf));
    return { upcoming: e.upcoming.map((x) => `${x.treaty} ${x.kind} ${x.date}`), past: e.past.map((x) => x.treaty) };
  };

  it('New START’s expiry is upcoming before and on its last day in force, and past the day after', () => {
    expect(ends('2026-02-03')).toEqual({ upcoming: ['new-start expired 2026-02-05'], past: ['inf-treaty'] });
    expect(ends('2026-02-05').upcoming).toEqual(['new-start expired 2026-02-05']);
    expect(ends('2026-02-06')).toEqual({ upcoming: [], past: ['new-start', 'inf-treaty'] });
  });

  it('New START’s 2026 expiry is not announced before the extension that set it (3 Feb 2021)', () => {
    expect(ends('2021-02-02').upcoming).toEqual([]);
    expect(ends('2021-02-03').upcoming).toEqual(['new-start expired 2026-02-05']);
  });

  it('a termination is never announced ahead (the pending withdrawal is); past from 2 August 2019', () => {
    expect(ends('2019-08-01')).toEqual({ upcoming: [], past: [] });
    expect(ends('2019-08-02').past).toEqual(['inf-treaty']);
  });

  it('accessions of the past year include those to the new treaties (BWC: Kiribati, 20 May 2025)', () => {
    const all = listConsents([...ledger.participantsByTreaty.values()].flat());
    const recent = selectRecentConsents(all, d('2026-02-03'));
    expect(recent).toContainEqual({ treaty: 'bwc', country: 'kiribati', type: 'accession', date: '2025-05-20' });
    expect(recent.every((c) => c.date <= '2026-02-03' && c.date >= '2025-02-03')).toBe(true);
    // Latest first.
    expect(recent.map((c) => c.date)).toEqual(
      recent
        .map((c) => c.date)
        .sort()
        .reverse(),
    );
  });

  it('the CFE and Open Skies withdrawals show in the year after they took effect', () => {
    const cfe = selectRecentChanges(ledger.withdrawals, ledger.entries, d('2024-06-01')).recentWithdrawals;
    expect(cfe.map((w) => `${w.treaty}:${w.country}`)).toContain('cfe-treaty:russia');
    const openSkies = selectRecentChanges(ledger.withdrawals, ledger.entries, d('2021-10-01'));
    expect(openSkies.pendingWithdrawals.map((w) => `${w.treaty}:${w.country}:${w.effective}`)).toContain(
      'open-skies-treaty:russia:2021-12-18',
    );
    expect(openSkies.recentWithdrawals.map((w) => `${w.treaty}:${w.country}`)).toContain(
      'open-skies-treaty:united-states',
    );
  });
});
