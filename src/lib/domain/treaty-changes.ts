/**
 * Changes in who has joined, across every treaty, for the home page: withdrawals pending and recently
 * effective, consents about to enter into force and those of the past year, and the treaties that
 * ended (INF, New START) or are about to. Listed once when the ledger is built; pages
 * pick the window they show.
 */
import { addDays, type IsoDate } from '../core/dates.ts';
import type { ConsentType } from '../../schemas/participation.ts';
import type { Participant } from './participants.ts';
import { treatyLife, treatyPhaseOn, type TreatyLifeFields } from './treaty-life.ts';

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

export interface ConsentChange {
  treaty: string;
  country: string;
  type: ConsentType;
  date: IsoDate;
}

/** Every consent on record (ratification, accession, succession…), latest first. */
export function listConsents(participants: Iterable<Participant>): ConsentChange[] {
  const out: ConsentChange[] = [];
  for (const p of participants) {
    if (p.consent) out.push({ treaty: p.treaty, country: p.country, type: p.consent.type, date: p.consent.date });
  }
  return out.sort(
    (a, b) => b.date.localeCompare(a.date) || a.country.localeCompare(b.country) || a.treaty.localeCompare(b.treaty),
  );
}

/** Consents deposited within `days` before the date (inclusive), latest first: who joined in the past year. */
export function selectRecentConsents(consents: readonly ConsentChange[], asOf: IsoDate, days = 365): ConsentChange[] {
  const since = addDays(asOf, -days);
  return consents.filter((c) => c.date <= asOf && c.date >= since);
}

export interface TreatyEndChange {
  treaty: string;
  kind: 'terminated' | 'expired';
  /** The day the sources give for the end. */
  date: IsoDate;
  /** The treaty was still in force on that day and ended at its close (New START). */
  lastDayInForce: boolean;
  /** What ended it, in the treaty file's words. */
  how: string;
}

export interface TreatyEnds {
  /** Expiries known on the date (the term as last extended ends then), the treaty still in force: soonest first. */
  upcoming: TreatyEndChange[];
  /** Treaties no longer in force on the date: latest first. Every one, however long ago: there are few. */
  past: TreatyEndChange[];
}

interface TreatyEndFields extends TreatyLifeFields {
  end?: { kind: 'terminated' | 'expired'; date: string; lastDayInForce: boolean; how: string } | undefined;
  extensions?: readonly { date: string; until: string }[] | undefined;
}

/**
 * Treaties that ended (terminated or expired) or will: split on the date by the treaty's own life
 * (src/lib/domain/treaty-life.ts), so an expiry at the end of its last day in force is still upcoming
 * on that day. Only an expiry is announced ahead, and only once it was known: New START's end of 5 Feb
 * 2026 from the extension of 3 Feb 2021 on (before, its term ran to 2021). A termination comes from a
 * withdrawal, which the withdrawals panel shows while it is pending.
 */
export function selectTreatyEnds(treaties: Iterable<{ id: string; data: TreatyEndFields }>, asOf: IsoDate): TreatyEnds {
  const upcoming: TreatyEndChange[] = [];
  const past: TreatyEndChange[] = [];
  for (const t of treaties) {
    const end = t.data.end;
    if (!end) continue;
    const change = {
      treaty: t.id,
      kind: end.kind,
      date: end.date as IsoDate,
      lastDayInForce: end.lastDayInForce,
      how: end.how,
    };
    const phase = treatyPhaseOn(treatyLife(t.data), asOf);
    if (phase === 'terminated' || phase === 'expired') past.push(change);
    else if (phase === 'in-force' && end.kind === 'expired') {
      const extended = (t.data.extensions ?? []).filter((x) => x.date <= asOf).at(-1);
      const known = extended ? extended.until === end.date : (t.data.extensions ?? []).length === 0;
      if (known) upcoming.push(change);
    }
  }
  return {
    upcoming: upcoming.sort((a, b) => a.date.localeCompare(b.date)),
    past: past.sort((a, b) => b.date.localeCompare(a.date)),
  };
}
