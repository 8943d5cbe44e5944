/**
 * Changes in who has joined, across every treaty, for the home page: withdrawals pending and recently
 * effective, and consents about to enter into force. Listed once when the ledger is built; pages
 * pick the window they show.
 */
import { addDays, type IsoDate } from '../core/dates.ts';
import type { Participant } from './participants.ts';

export interface WithdrawalChange {
  treaty: string;
  country: string;
  deposited: IsoDate;
  /** null where the treaty's rule is unknown and the depositary records no date. */
  effective: IsoDate | null;
  notification: string | undefined;
}

export interface EntryChange {
  treaty: string;
  country: string;
  consented: IsoDate;
  entryIntoForce: IsoDate;
}

/** Every withdrawal on record, most recently deposited first. */
export function listWithdrawals(participants: Iterable<Participant>): WithdrawalChange[] {
  const out: WithdrawalChange[] = [];
  for (const p of participants) {
    if (!p.withdrawal) continue;
    out.push({
      treaty: p.treaty,
      country: p.country,
      deposited: p.withdrawal.deposited,
      effective: p.withdrawal.effective,
      notification: p.withdrawal.notification?.cn,
    });
  }
  return out.sort(
    (a, b) =>
      b.deposited.localeCompare(a.deposited) || a.country.localeCompare(b.country) || a.treaty.localeCompare(b.treaty),
  );
}

/** Every consent with a computed date of entry into force for the state, latest first. */
export function listEntries(participants: Iterable<Participant>): EntryChange[] {
  const out: EntryChange[] = [];
  for (const p of participants) {
    const date = p.entryIntoForce?.date;
    if (!p.consent || !date) continue;
    out.push({ treaty: p.treaty, country: p.country, consented: p.consent.date, entryIntoForce: date });
  }
  return out.sort((a, b) => b.entryIntoForce.localeCompare(a.entryIntoForce) || a.country.localeCompare(b.country));
}

export interface RecentChanges {
  /** Deposited on or before the date, taking effect after it; soonest first. */
  pendingWithdrawals: WithdrawalChange[];
  /** Took effect within `days` before the date (inclusive); latest first. */
  recentWithdrawals: WithdrawalChange[];
  /** Consented on or before the date, entering into force after it; soonest first. */
  upcomingEntries: EntryChange[];
}

export function selectRecentChanges(
  withdrawals: readonly WithdrawalChange[],
  entries: readonly EntryChange[],
  asOf: IsoDate,
  days = 365,
): RecentChanges {
  const since = addDays(asOf, -days);
  const soonest = (a: IsoDate | null, b: IsoDate | null) => (a ?? '9999').localeCompare(b ?? '9999');
  return {
    pendingWithdrawals: withdrawals
      .filter((w) => w.deposited <= asOf && (w.effective === null || w.effective > asOf))
      .sort((a, b) => soonest(a.effective, b.effective)),
    recentWithdrawals: withdrawals
      .filter((w) => w.effective !== null && w.effective <= asOf && w.effective >= since)
      .sort((a, b) => (b.effective ?? '').localeCompare(a.effective ?? '')),
    upcomingEntries: entries
      .filter((e) => e.consented <= asOf && e.entryIntoForce > asOf)
      .sort((a, b) => a.entryIntoForce.localeCompare(b.entryIntoForce)),
  };
}
