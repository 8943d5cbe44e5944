/**
 * Withdrawals across all treaties around a date: those pending (notice deposited, not yet in
 * effect) with their effective dates, and those that took effect recently — for the home page.
 */
import { addDays, toDayNumber, type IsoDate } from './dates.ts';

export interface WithdrawalEntry {
  treaty: string;
  country: string;
  deposited: IsoDate;
  effective: IsoDate | null;
  /** Days from the as-of date to the effective date (pending only). */
  daysLeft: number | undefined;
}

export interface WithdrawalOverview {
  pending: WithdrawalEntry[];
  recent: WithdrawalEntry[];
  /** The span every bar is drawn on: earliest notice to latest effective date (or the as-of date). */
  from: IsoDate;
  to: IsoDate;
}

export function listWithdrawals(
  participants: readonly { treaty: string; country: string; facts: { withdrawal?: { deposited: IsoDate; effective: IsoDate | null } | undefined } }[],
  asOf: IsoDate,
  recentDays = 365,
): WithdrawalOverview {
  const since = addDays(asOf, -recentDays);
  const pending: WithdrawalEntry[] = [];
  const recent: WithdrawalEntry[] = [];
  for (const { treaty, country, facts } of participants) {
    const w = facts.withdrawal;
    if (!w || w.deposited > asOf) continue;
    const entry = { treaty, country, deposited: w.deposited, effective: w.effective };
    if (w.effective === null || w.effective > asOf) {
      pending.push({ ...entry, daysLeft: w.effective ? toDayNumber(w.effective) - toDayNumber(asOf) : undefined });
    } else if (w.effective >= since) recent.push({ ...entry, daysLeft: undefined });
  }
  const byEffective = (a: WithdrawalEntry, b: WithdrawalEntry) =>
    (a.effective ?? '9999').localeCompare(b.effective ?? '9999') || a.country.localeCompare(b.country) || a.treaty.localeCompare(b.treaty);
  pending.sort(byEffective);
  recent.sort((a, b) => (b.effective ?? '').localeCompare(a.effective ?? '') || a.country.localeCompare(b.country) || a.treaty.localeCompare(b.treaty));
  const all = [...pending, ...recent];
  const from = all.reduce((m, e) => (e.deposited < m ? e.deposited : m), asOf);
  const to = all.reduce((m, e) => (e.effective && e.effective > m ? e.effective : m), asOf);
  return { pending, recent, from, to };
}
