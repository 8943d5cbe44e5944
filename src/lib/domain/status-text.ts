/**
 * A status in words. For tables and badges: one label (never colour alone), the date that goes with
 * it ("takes effect 20 Feb 2026"), and the flags beside it; short labels for the compact country
 * grid, where every treaty is a column. For map tooltips, chart tables and the "as of" control: one
 * phrase ("withdrawal pending (effective 20 Feb 2026)") from a participant's facts on any date — the
 * same function in the build and the browser, so a tooltip reads the same before and after the
 * reader moves the date.
 */
import { formatDateShort, type IsoDate } from '../core/dates.ts';
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
        : '';
  }
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
      return { note: 'rule not encoded' };
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
