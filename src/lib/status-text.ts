/**
 * A participant's status on a date in words, for map tooltips, chart tables and the "as of" control:
 * "withdrawal pending (effective 20 Feb 2026)". One function for the build and the browser, so a
 * shape's tooltip reads the same before and after the reader moves the date.
 */
import { formatDateShort, type IsoDate } from './dates.ts';
import { FLAG_LABELS, getStatusOn, type ParticipantFacts, type StatusOnDate } from './status.ts';

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
      text = facts.consentRevoked && facts.consentRevoked <= date
        ? `signatory (ratification revoked ${formatDateShort(facts.consentRevoked)})`
        : 'signatory, not bound';
      break;
    case 'consented':
      text = `bound, not yet in force (${when('in force from', on.until, 'date of entry into force not known')})`;
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
