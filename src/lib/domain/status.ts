/**
 * Where a participant stands on a given day, and how many contracting states and parties a treaty
 * has that day (VCLT Art. 2(1)(f)-(g): a contracting state has consented, whether or not the treaty
 * is in force for it; a party is one for which it is in force — only a party is bound).
 *
 * Exactly one status per participant and date; flags sit beside it ("suspension claimed" never
 * replaces "party"). The facts come from src/lib/domain/participants.ts, which merges depositary rows,
 * curated events and overrides and applies the treaty rules. After a treaty's termination or expiry
 * no state is a party: every state that had consented is "treaty ended" (was a party until …).
 */
import type { IsoDate } from '../core/dates.ts';
import type { EntryIntoForceBasis } from './treaty-rules.ts';

export const STATUSES = [
  'not-joined',
  'signatory',
  'consented',
  'party',
  'withdrawal-pending',
  'withdrawn',
  'treaty-ended',
] as const;
export type Status = (typeof STATUSES)[number];

export const FLAGS = ['suspension-claimed', 'ratification-revoked', 'withdrawal-disputed'] as const;
export type Flag = (typeof FLAGS)[number];

export const STATUS_LABELS: Record<Status, string> = {
  'not-joined': 'Not joined',
  signatory: 'Signatory',
  consented: 'Consented, not yet in force',
  party: 'Party',
  'withdrawal-pending': 'Withdrawal pending',
  withdrawn: 'Withdrawn',
  'treaty-ended': 'Treaty ended',
};

export const FLAG_LABELS: Record<Flag, string> = {
  'suspension-claimed': 'Suspension claimed',
  'ratification-revoked': 'Ratification revoked',
  'withdrawal-disputed': 'Withdrawal disputed',
};

/** Everything about one state in one treaty that decides its status, already merged and computed. */
export interface ParticipantFacts {
  signature?: IsoDate | undefined;
  consent?: { date: IsoDate } | undefined;
  /** Consent withdrawn by revocation (not by treaty withdrawal): Russia and the CTBT, 2 Nov 2023. */
  consentRevoked?: IsoDate | undefined;
  entryIntoForce: { date: IsoDate | null; basis: EntryIntoForceBasis } | null;
  withdrawal?: { deposited: IsoDate; effective: IsoDate | null } | undefined;
  /** First day by which a domestic act claimed to suspend the treaty. */
  suspensionClaimed?: IsoDate | undefined;
  /** Day a withdrawal was announced that no depositary records and whose validity is disputed (DPRK, NPT). */
  withdrawalDisputed?: IsoDate | undefined;
  /**
   * The treaty's own end (termination or expiry): `from` is the first day it is no longer in force,
   * `date` the day the sources give ("was a party until 5 Feb 2026").
   */
  treatyEnded?: { from: IsoDate; date: IsoDate } | undefined;
}

export interface StatusOnDate {
  status: Status;
  /**
   * For consented: when the treaty enters into force for the state; for withdrawal-pending: when it
   * takes effect; for treaty-ended: the day the treaty ended.
   */
  until?: IsoDate | undefined;
  flags: Flag[];
}

export function getStatusOn(facts: ParticipantFacts, date: IsoDate): StatusOnDate {
  const { withdrawal, consent, signature, treatyEnded } = facts;
  if (treatyEnded && treatyEnded.from <= date) {
    const revokedBefore = facts.consentRevoked !== undefined && facts.consentRevoked < treatyEnded.from;
    // A withdrawal that took effect before the end stays a withdrawal; anyone still in it when it ended
    // (the US, whose INF withdrawal ended the treaty, too) was there until the end.
    if (withdrawal?.effective && withdrawal.effective < treatyEnded.from) return { status: 'withdrawn', flags: [] };
    if (consent && consent.date < treatyEnded.from && !revokedBefore) {
      return { status: 'treaty-ended', until: treatyEnded.date, flags: [] };
    }
  }
  const flags: Flag[] = [];
  const stillIn = !(withdrawal?.effective && withdrawal.effective <= date);
  if (facts.suspensionClaimed && facts.suspensionClaimed <= date && stillIn) flags.push('suspension-claimed');
  const revoked = facts.consentRevoked !== undefined && facts.consentRevoked <= date;
  if (revoked) flags.push('ratification-revoked');
  if (facts.withdrawalDisputed && facts.withdrawalDisputed <= date && stillIn && !revoked) {
    flags.push('withdrawal-disputed');
  }

  if (withdrawal && withdrawal.effective && withdrawal.effective <= date) return { status: 'withdrawn', flags };
  if (withdrawal && withdrawal.deposited <= date) {
    return { status: 'withdrawal-pending', until: withdrawal.effective ?? undefined, flags };
  }
  if (consent && consent.date <= date && !revoked) {
    const eif = facts.entryIntoForce;
    // Succession: a party from its notification at the latest (the exact date of succession is not computed).
    if (eif?.basis === 'succession') return { status: 'party', flags };
    if (eif?.date && eif.date <= date) return { status: 'party', flags };
    return { status: 'consented', until: eif?.date ?? undefined, flags };
  }
  if (signature && signature <= date) return { status: 'signatory', flags };
  return { status: 'not-joined', flags };
}

/**
 * Contracting states: consent given and not withdrawn (party, consented, withdrawal pending),
 * whether or not the treaty is in force for them. The name `isBound` is kept for the callers;
 * a state that has only consented is not yet bound.
 */
/** The day a disputed withdrawal was announced (DPRK, NPT), once `date` has reached it; else undefined. */
export function disputedWithdrawalOn(
  facts: Pick<ParticipantFacts, 'withdrawalDisputed'>,
  date: IsoDate,
): IsoDate | undefined {
  return facts.withdrawalDisputed && facts.withdrawalDisputed <= date ? facts.withdrawalDisputed : undefined;
}

export function isBound(status: Status): boolean {
  return status === 'party' || status === 'consented' || status === 'withdrawal-pending';
}

/** States for which the treaty is in force (a pending withdrawal has not yet ended it). */
export function isParty(status: Status): boolean {
  return status === 'party' || status === 'withdrawal-pending';
}

export interface TreatyCounts {
  /**
   * Contracting states: consented and not withdrawn, what the UNTC page header calls "Parties"
   * (a treaty not in force: its ratifications). Shown as "contracting states", never "bound".
   */
  bound: number;
  /** The treaty is in force for them (treaty law's "party"). Zero while the treaty is not in force. */
  parties: number;
  /** Signed and never consented (or consent revoked). */
  signatoriesOnly: number;
  withdrawn: number;
  /** Contracting states with a withdrawal deposited that has not yet taken effect. */
  withdrawalsPending: { country: string; effective: IsoDate | undefined }[];
  /** Contracting states for which the treaty's entry into force is still ahead (or its date not recorded: `entryIntoForce` undefined). */
  awaitingEntryIntoForce: { country: string; entryIntoForce: IsoDate | undefined }[];
  /** States that had consented when the treaty ended (terminated or expired): none is a party any more. */
  treatyEnded: number;
}

/** Counts for one treaty on one date, from each participant's status that day. */
export function countOn(
  participants: readonly { country: string; facts: ParticipantFacts }[],
  date: IsoDate,
): TreatyCounts {
  const counts: TreatyCounts = {
    bound: 0,
    parties: 0,
    signatoriesOnly: 0,
    withdrawn: 0,
    withdrawalsPending: [],
    awaitingEntryIntoForce: [],
    treatyEnded: 0,
  };
  for (const { country, facts } of participants) {
    const { status, until } = getStatusOn(facts, date);
    if (isBound(status)) counts.bound += 1;
    if (isParty(status)) counts.parties += 1;
    if (status === 'signatory') counts.signatoriesOnly += 1;
    if (status === 'withdrawn') counts.withdrawn += 1;
    if (status === 'withdrawal-pending') counts.withdrawalsPending.push({ country, effective: until });
    if (status === 'consented') counts.awaitingEntryIntoForce.push({ country, entryIntoForce: until });
    if (status === 'treaty-ended') counts.treatyEnded += 1;
  }
  return counts;
}
