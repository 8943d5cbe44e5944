import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import { listEntries, listWithdrawals, selectRecentChanges } from './treaty-changes.ts';
import { fixtureLedger } from '../../../tests/support/ledger.ts';

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
