/**
 * Membership over time for one treaty: how many contracting states, parties and signatories on every
 * day from its opening to the as-of date. Counts only change on a date some participant's facts
 * name (signature, consent, revocation, entry into force, withdrawal deposited or effective), so the
 * series is `countOn` (src/lib/domain/status.ts) evaluated on those change dates — a step function, never
 * a day-by-day scan — and each step says whose status changed.
 */
import type { IsoDate } from '../core/dates.ts';
import { countOn, getStatusOn, type ParticipantFacts, type Status } from '../domain/status.ts';

export interface SeriesParticipant {
  country: string;
  facts: ParticipantFacts;
}

export interface StatusChange {
  country: string;
  from: Status;
  to: Status;
}

export interface MembershipPoint {
  date: IsoDate;
  /** Consented and not withdrawn (what the depositary's page header counts). */
  bound: number;
  /** The treaty is in force for them. */
  parties: number;
  /** Signed, not bound. */
  signatories: number;
  withdrawn: number;
  /** Whose status changed on this date (empty for the first point). */
  changes: StatusChange[];
}

/** Every date in the participant's facts on which its status can change. */
export function factDates(f: ParticipantFacts): IsoDate[] {
  const dates = [
    f.signature,
    f.consent?.date,
    f.consentRevoked,
    f.entryIntoForce?.date,
    f.withdrawal?.deposited,
    f.withdrawal?.effective,
    f.treatyEnded?.from,
  ];
  return dates.filter((d): d is IsoDate => typeof d === 'string');
}

/**
 * One point at `from`, then one per date in (from, to] on which any status changes. The value of
 * the series on any day is the last point on or before it (`pointOn`).
 */
export function buildMembershipSeries(
  participants: readonly SeriesParticipant[],
  from: IsoDate,
  to: IsoDate,
): MembershipPoint[] {
  const byDate = new Map<IsoDate, SeriesParticipant[]>();
  for (const p of participants) {
    for (const date of new Set(factDates(p.facts))) {
      if (date <= from || date > to) continue;
      const list = byDate.get(date);
      if (list) list.push(p);
      else byDate.set(date, [p]);
    }
  }
  const point = (date: IsoDate, changes: StatusChange[]): MembershipPoint => {
    const c = countOn(participants, date);
    return {
      date,
      bound: c.bound,
      parties: c.parties,
      signatories: c.signatoriesOnly,
      withdrawn: c.withdrawn,
      changes,
    };
  };
  const series = [point(from, [])];
  const statusBefore = new Map(participants.map((p) => [p.country, getStatusOn(p.facts, from).status]));
  for (const date of [...byDate.keys()].sort()) {
    const changes: StatusChange[] = [];
    for (const p of byDate.get(date) ?? []) {
      const before = statusBefore.get(p.country) ?? 'not-joined';
      const after = getStatusOn(p.facts, date).status;
      if (before !== after) changes.push({ country: p.country, from: before, to: after });
      statusBefore.set(p.country, after);
    }
    if (changes.length) series.push(point(date, changes));
  }
  return series;
}

/** The series' value on a day: its last point on or before that day. */
export function pointOn(series: readonly MembershipPoint[], date: IsoDate): MembershipPoint | undefined {
  let found: MembershipPoint | undefined;
  for (const p of series) {
    if (p.date > date) break;
    found = p;
  }
  return found;
}

/** Values at the end of each year (31 December), the last year at `to` — for the data table. */
export function yearEndRows(series: readonly MembershipPoint[], to: IsoDate): MembershipPoint[] {
  const first = series[0];
  if (!first) return [];
  const rows: MembershipPoint[] = [];
  for (let year = Number(first.date.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const end = `${year}-12-31` < to ? (`${year}-12-31` as IsoDate) : to;
    const p = pointOn(series, end);
    if (p) rows.push({ ...p, date: end, changes: [] });
  }
  return rows;
}

export interface WithdrawalMark {
  /** Effective withdrawals are marked on the day they take effect; pending ones on the day of notice. */
  kind: 'effective' | 'notice';
  date: IsoDate;
  countries: string[];
  /** For notices: when the withdrawal takes effect (null when the rule gives no date). */
  effective?: IsoDate | null | undefined;
}

/**
 * Withdrawals to mark on the chart up to `to`: those that took effect, grouped by day, and those
 * still pending on `to`, on the day notice was deposited.
 */
export function withdrawalMarks(participants: readonly SeriesParticipant[], to: IsoDate): WithdrawalMark[] {
  const marks = new Map<string, WithdrawalMark>();
  for (const { country, facts } of participants) {
    const w = facts.withdrawal;
    if (!w || w.deposited > to) continue;
    const done = w.effective !== null && w.effective <= to;
    const kind = done ? 'effective' : 'notice';
    const date = done && w.effective ? w.effective : w.deposited;
    const key = `${kind}:${date}:${done ? '' : w.effective}`;
    const mark = marks.get(key) ?? { kind, date, countries: [], ...(done ? {} : { effective: w.effective }) };
    mark.countries.push(country);
    marks.set(key, mark);
  }
  return [...marks.values()].sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}
