/**
 * A status in words. For tables and badges: one label (never colour alone), the date that goes with
 * it ("takes effect 20 Feb 2026"), and the flags beside it; short labels for the compact country
 * grid, where every treaty is a column. For map tooltips, chart tables and the "as of" control: one
 * phrase ("withdrawal pending (effective 20 Feb 2026)") from a participant's facts on any date — the
 * same function in the build and the browser, so a tooltip reads the same before and after the
 * reader moves the date.
 */
import { formatDate, formatDateShort, toDayNumber, type IsoDate } from '../core/dates.ts';
import type { ComputedDate } from './treaty-rules.ts';
import {
  FLAG_LABELS,
  getStatusOn,
  STATUS_LABELS,
  type ParticipantFacts,
  type Status,
  type StatusOnDate,
  type TreatyCounts,
} from './status.ts';

export const SHORT_STATUS_LABELS: Record<Status, string> = {
  'not-joined': 'Not joined',
  signatory: 'Signed',
  consented: 'Consented',
  party: 'Party',
  'withdrawal-pending': 'Leaving',
  withdrawn: 'Left',
  'treaty-ended': 'Ended',
};

export interface StatusText {
  status: Status;
  label: string;
  short: string;
  /** "takes effect 20 Feb 2026", "in force for it from 1 Mar 2026"; empty when nothing to add. */
  note: string;
  flags: string[];
}

export function describeStatus(
  s: StatusOnDate,
  options: { treatyInForce: boolean } = { treatyInForce: true },
): StatusText {
  let note = '';
  if (s.status === 'withdrawal-pending')
    note = s.until ? `takes effect ${formatDateShort(s.until)}` : 'effective date unknown';
  if (s.status === 'consented') {
    note = !options.treatyInForce
      ? 'treaty not in force'
      : s.until
        ? `in force for it from ${formatDateShort(s.until)}`
        : 'in force for it: date not recorded';
  }
  if (s.status === 'treaty-ended' && s.until) note = `was a party until ${formatDateShort(s.until)}`;
  return {
    status: s.status,
    label: s.status === 'consented' && !options.treatyInForce ? 'Consented' : STATUS_LABELS[s.status],
    short: SHORT_STATUS_LABELS[s.status],
    note,
    flags: s.flags.map((f) => FLAG_LABELS[f]),
  };
}

/** Entry into force for one state, for a table cell: the date, or why there is none. */
export function describeEntryIntoForce(eif: ComputedDate | null): { date?: string; note?: string } {
  if (!eif) return {};
  switch (eif.basis) {
    case 'rule':
    case 'override':
    case 'treaty-entry-into-force':
      return eif.date ? { date: eif.date } : {};
    case 'succession':
      return { note: 'from succession (date not computed)' };
    case 'treaty-not-in-force':
      return { note: 'treaty not in force' };
    case 'rule-unknown':
      return { note: 'rule not recorded' };
    case 'waiver-not-recorded':
      return { note: 'waiver date not recorded' };
  }
}

export interface StatusDescription extends StatusOnDate {
  /** Lower-case phrase with the date that explains it: "withdrawn (effective 27 Dec 2025)". */
  text: string;
}

/** Status and phrase for a participant on a date; `undefined` facts mean the state never took part. */
export function describeStatusOn(facts: ParticipantFacts | undefined, date: IsoDate): StatusDescription {
  if (!facts) return { status: 'not-joined', flags: [], text: 'not joined' };
  const on = getStatusOn(facts, date);
  const when = (label: string, d: IsoDate | null | undefined, unknown: string) =>
    d ? `${label} ${formatDateShort(d)}` : unknown;
  let text: string;
  switch (on.status) {
    case 'not-joined':
      text = 'not joined';
      break;
    case 'signatory':
      text =
        facts.consentRevoked && facts.consentRevoked <= date
          ? `signatory (ratification revoked ${formatDateShort(facts.consentRevoked)})`
          : 'signatory, not bound';
      break;
    case 'consented':
      // A contracting state: consent given, the treaty not yet in force for it (so not yet bound).
      text =
        facts.entryIntoForce?.basis === 'treaty-not-in-force'
          ? 'consented (the treaty is not in force)'
          : facts.entryIntoForce?.basis === 'rule-unknown' || facts.entryIntoForce?.basis === 'waiver-not-recorded'
            ? 'consented (the date the treaty entered into force for it is not recorded)'
            : `consented, not yet in force (${when('in force from', on.until, 'date of entry into force not known')})`;
      break;
    case 'party':
      text = facts.entryIntoForce?.date ? `party (${when('since', facts.entryIntoForce.date, '')})` : 'party';
      break;
    case 'withdrawal-pending':
      text = `withdrawal pending (${when('effective', on.until, 'effective date not known')})`;
      break;
    case 'withdrawn':
      text = `withdrawn (${when('effective', facts.withdrawal?.effective, 'date not known')})`;
      break;
    case 'treaty-ended':
      text = `treaty ended (${when('was a party until', on.until, 'date not known')})`;
      break;
  }
  const flags = on.flags.filter((f) => !(f === 'ratification-revoked' && on.status === 'signatory'));
  if (flags.length) text += `; ${flags.map((f) => FLAG_LABELS[f].toLowerCase()).join('; ')}`;
  return { ...on, text };
}

/** "Poland — withdrawal pending (effective 20 Feb 2026)": the title of a map shape or marker. */
export function statusTitle(name: string, description: { text: string }): string {
  return `${name} — ${description.text}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A treaty's counts in the words of treaty law (VCLT Art. 2(1)(f)-(g)): "112 contracting states;
 * 111 parties" while it is in force, "178 ratifications; not in force" while it is not (a treaty
 * not in force has no parties and binds nobody). Never "bound".
 */
export function countsInWords(counts: Pick<TreatyCounts, 'bound' | 'parties'>, treatyInForce: boolean): string {
  if (!treatyInForce) return `${plural(counts.bound, 'ratification', 'ratifications')}; not in force`;
  return `${plural(counts.bound, 'contracting state', 'contracting states')}; ${plural(counts.parties, 'party', 'parties')}`;
}

/** Past this many days between the depositary's record and the date shown, the page warns. */
export const RECORD_LAG_WARNING_DAYS = 90;

export interface RecordCurrency {
  /** The date the statuses are computed for. */
  asOf: IsoDate;
  /** The oldest "status as at" date of the depositary records behind the statuses. */
  oldest: IsoDate;
  newest: IsoDate;
  /** Days from the oldest record to the date shown (negative when the date is before the record). */
  lagDays: number;
  /** More than RECORD_LAG_WARNING_DAYS past the oldest record: later deposits may be missing. */
  stale: boolean;
  /** "Statuses on 5 December 2026, from the depositary’s record as at 3 February 2026." */
  sentence: string;
  /** Said plainly when stale: "… later deposits and withdrawals may be missing." */
  warning: string | undefined;
}

/**
 * How current the record behind a page's statuses is: the date the statuses are computed for (D)
 * and the depositary's "status as at" date (R) of each record they rest on. Where D is more than
 * 90 days past the oldest R, deposits made since may be missing, and the words say so. The same
 * function runs in the build (header, citation) and in the browser (the "as of" control).
 */
export function describeRecordCurrency(asOf: IsoDate, recordDates: readonly IsoDate[]): RecordCurrency | undefined {
  const dates = [...new Set(recordDates)].sort();
  const oldest = dates[0];
  const newest = dates.at(-1);
  if (!oldest || !newest) return undefined;
  const lagDays = toDayNumber(asOf) - toDayNumber(oldest);
  const stale = lagDays > RECORD_LAG_WARNING_DAYS;
  const record =
    dates.length === 1
      ? `the depositary’s record as at ${formatDate(oldest)}`
      : `depositary records as at ${formatDate(oldest)} to ${formatDate(newest)}`;
  return {
    asOf,
    oldest,
    newest,
    lagDays,
    stale,
    sentence: `Statuses on ${formatDate(asOf)}, from ${record}.`,
    warning: stale
      ? `${dates.length === 1 ? 'The record' : 'The oldest record'} is ${plural(lagDays, 'day', 'days')} older than that date: deposits, withdrawals and other changes recorded after ${formatDate(oldest)} may be missing.`
      : undefined,
  };
}
