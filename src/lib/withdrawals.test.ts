import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/support/build.ts';
import { toIsoDate as d } from './dates.ts';
import { ledgerFromDisk } from './ledger-from-disk.ts';
import { listWithdrawals } from './withdrawals.ts';

describe('listWithdrawals', () => {
  const ledger = ledgerFromDisk(ROOT, '2026-02-03');
  const all = [...ledger.participantsByTreaty.values()].flat();

  it('lists Poland’s Ottawa withdrawal as pending on 3 Feb 2026, 17 days before it takes effect', () => {
    const { pending } = listWithdrawals(all, d('2026-02-03'));
    expect(pending).toEqual([{ treaty: 'ottawa-convention', country: 'poland', deposited: '2025-08-20', effective: '2026-02-20', daysLeft: 17 }]);
  });

  it('lists the withdrawals of the past year, latest first, and none before their notice', () => {
    const { recent, from, to } = listWithdrawals(all, d('2026-02-03'));
    expect(recent.map((r) => `${r.country}:${r.treaty}:${r.effective}`)).toEqual([
      'finland:ottawa-convention:2026-01-10',
      'estonia:ottawa-convention:2025-12-27',
      'latvia:ottawa-convention:2025-12-27',
      'lithuania:ottawa-convention:2025-12-27',
      'lithuania:convention-on-cluster-munitions:2025-03-06',
    ]);
    expect([from, to]).toEqual(['2024-09-06', '2026-02-20']);
    expect(listWithdrawals(all, d('2025-06-26')).pending.map((p) => p.country)).toEqual([]);
  });

  it('keeps a withdrawal with no known effective date pending, last', () => {
    const list = listWithdrawals(
      [
        { treaty: 't', country: 'b', facts: { withdrawal: { deposited: d('2025-01-01'), effective: null } } },
        { treaty: 't', country: 'a', facts: { withdrawal: { deposited: d('2025-01-01'), effective: d('2025-07-01') } } },
      ],
      d('2025-03-01'),
    );
    expect(list.pending.map((p) => [p.country, p.daysLeft])).toEqual([['a', 122], ['b', undefined]]);
  });
});
