/**
 * What a reader should see first on a country page: the changes that matter (a withdrawal pending
 * or done, a revoked ratification, a claimed suspension, a consent about to take effect) in one
 * sentence each with its source, and the country's standing across all treaties in one line.
 * PRODUCT.md §6: Poland's page says, near the top, that it left the Ottawa Convention on
 * 20 February 2026 (deposit 20 August 2025, C.N.421.2025), a party since 1 June 2013.
 */
import { formatDate } from '../core/dates.ts';
import type { Participant } from './participants.ts';
import type { Status, StatusOnDate } from './status.ts';
import type { Citation } from '../core/types.ts';

export type HighlightKind =
  | 'withdrawal-pending'
  | 'withdrawn'
  | 'consent-revoked'
  | 'suspension-claimed'
  | 'withdrawal-disputed'
  | 'entering-into-force'
  | 'treaty-ended';

export interface Highlight {
  kind: HighlightKind;
  treaty: string;
  /** The date the sentence leads with, for ordering. */
  date: string;
  text: string;
  sources: Citation[];
}

/** "C.N.421.2025" from "C.N.421.2025.TREATIES-XXVI-5": how the number is cited in prose. */
export function shortNotification(cn: string): string {
  return /^C\.N\.\d+\.\d{4}/.exec(cn)?.[0] ?? cn;
}

function partySince(p: Participant): string {
  return p.entryIntoForce?.date ? formatDate(p.entryIntoForce.date) : '';
}

export function getHighlights(
  participants: readonly Participant[],
  statusOf: (p: Participant) => StatusOnDate,
  treatyName: (id: string) => string,
): Highlight[] {
  const out: Highlight[] = [];
  for (const p of participants) {
    const s = statusOf(p);
    const name = treatyName(p.treaty);
    const w = p.withdrawal;
    if (w && (s.status === 'withdrawal-pending' || s.status === 'withdrawn')) {
      const cn = w.notification ? `, ${shortNotification(w.notification.cn)}` : '';
      const since = partySince(p);
      const text =
        s.status === 'withdrawn' && w.effective
          ? `Left the ${name} on ${formatDate(w.effective)} (withdrawal deposited ${formatDate(w.deposited)}${cn})${since ? `; it had been a party since ${since}` : ''}.`
          : w.effective
            ? `Leaving the ${name}: the withdrawal takes effect on ${formatDate(w.effective)} (deposited ${formatDate(w.deposited)}${cn}). A party since ${since || 'a date not computed'}.`
            : `Leaving the ${name}: withdrawal deposited ${formatDate(w.deposited)}${cn}; the date it takes effect is not known.`;
      out.push({ kind: s.status, treaty: p.treaty, date: w.effective ?? w.deposited, text, sources: p.sources });
    }
    if (p.consentRevoked && s.flags.includes('ratification-revoked') && p.consent) {
      const event = p.events.find((e) => e.id === p.consentRevoked?.eventId);
      out.push({
        kind: 'consent-revoked',
        treaty: p.treaty,
        date: p.consentRevoked.date,
        text: `Revoked its ${p.consent.type} of the ${name} on ${formatDate(p.consentRevoked.date)} (deposited ${formatDate(p.consent.date)}).`,
        sources: event?.sources ?? p.sources,
      });
    }
    if (s.flags.includes('suspension-claimed')) {
      const act = p.events.find((e) => 'claimsSuspension' in e && e.claimsSuspension);
      out.push({
        kind: 'suspension-claimed',
        treaty: p.treaty,
        date: act?.date ?? '',
        text: `Claims to have suspended the ${name}${act ? ` (${act.title.replace(/\.$/, '')}, ${formatDate(act.date)})` : ''}; the treaty has no suspension clause and ${p.inDepositaryRecord ? 'the depositary records' : 'there is'} no withdrawal, so it is still ${s.status === 'consented' ? 'a contracting state' : 'a party'}.`,
        sources: act?.sources ?? p.sources,
      });
    }
    if (s.flags.includes('withdrawal-disputed')) {
      const act = p.events.find((e) => 'withdrawalDisputed' in e && e.withdrawalDisputed);
      out.push({
        kind: 'withdrawal-disputed',
        treaty: p.treaty,
        date: act?.date ?? '',
        text: `Announced its withdrawal from the ${name}${act ? ` on ${formatDate(act.date)}` : ''}; no depositary records it and its validity is disputed, so it is still counted as ${s.status === 'party' ? 'a party' : 'bound'}.`,
        sources: act?.sources ?? p.sources,
      });
    }
    if (s.status === 'treaty-ended' && s.until) {
      const since = partySince(p);
      const how = p.treatyEnd?.kind === 'expired' ? 'expired' : 'was terminated';
      out.push({
        kind: 'treaty-ended',
        treaty: p.treaty,
        date: s.until,
        text: `The ${name} ${how} on ${formatDate(s.until)}; it had been a party${since ? ` from ${since}` : ''} until then.`,
        sources: p.treatyEnd?.sources ?? p.sources,
      });
    }
    if (s.status === 'consented' && s.until && p.consent) {
      out.push({
        kind: 'entering-into-force',
        treaty: p.treaty,
        date: s.until,
        text: `Becomes a party to the ${name} on ${formatDate(s.until)} (${p.consent.type} deposited ${formatDate(p.consent.date)}).`,
        sources: p.sources,
      });
    }
  }
  return out.sort((a, b) => b.date.localeCompare(a.date) || a.treaty.localeCompare(b.treaty));
}

/**
 * The country's standing across every treaty the ledger follows, as phrases:
 * ["Party to 6 of 8 treaties (leaving 1)", "signed 1 without consenting", "not joined 1"].
 * A state whose withdrawal is pending is still a party, so it counts as one. `undatedConsents` of the
 * "consented" statuses are in treaties in force whose date for the state is not recorded (a rule not
 * read, a Tlatelolco waiver without a cited date): they are named apart, never as "not yet in force".
 */
export function summarizeStatuses(statuses: readonly Status[], treatyCount: number, undatedConsents = 0): string[] {
  const n = (status: Status) =>
    statuses.filter((s) => s === status).length - (status === 'consented' ? undatedConsents : 0);
  const leaving = n('withdrawal-pending');
  const parts = [
    `Party to ${n('party') + leaving} of ${treatyCount} ${treatyCount === 1 ? 'treaty' : 'treaties'}${leaving ? ` (leaving ${leaving})` : ''}`,
  ];
  if (n('consented')) parts.push(`consented to ${n('consented')} not yet in force for it`);
  if (undatedConsents)
    parts.push(`consented to ${undatedConsents} whose date of entry into force for it is not recorded`);
  if (n('signatory')) parts.push(`signed ${n('signatory')} without consenting`);
  if (n('withdrawn')) parts.push(`withdrew from ${n('withdrawn')}`);
  if (n('treaty-ended')) parts.push(`was in ${n('treaty-ended')} that ended`);
  const outside = treatyCount - statuses.filter((s) => s !== 'not-joined').length;
  if (outside > 0) parts.push(`not joined ${outside}`);
  return parts;
}
