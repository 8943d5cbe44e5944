/**
 * A status in words, for tables and badges: one label (never colour alone), the date that goes with
 * it ("takes effect 20 Feb 2026"), and the flags beside it. Short labels are for the compact
 * country grid, where every treaty is a column.
 */
import { formatDateShort } from './dates.ts';
import type { ComputedDate } from './treaty-rules.ts';
import { FLAG_LABELS, STATUS_LABELS, type Status, type StatusOnDate } from './status.ts';

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

export function describeStatus(s: StatusOnDate, options: { treatyInForce: boolean } = { treatyInForce: true }): StatusText {
  let note = '';
  if (s.status === 'withdrawal-pending') note = s.until ? `takes effect ${formatDateShort(s.until)}` : 'effective date unknown';
  if (s.status === 'consented') {
    note = !options.treatyInForce ? 'treaty not in force' : s.until ? `in force for it from ${formatDateShort(s.until)}` : '';
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
