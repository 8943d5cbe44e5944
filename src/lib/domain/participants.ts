/**
 * Merges the three layers that describe one treaty's participants — depositary rows (imported),
 * curated events and overrides (hand-written) — and applies the treaty's rules once, so every page,
 * count and download reads the same computed facts: entry into force for each state, withdrawals
 * (from the depositary record, or a curated notice where there is no depositary), flags from sourced
 * events, and the treaty's own end (after which nobody is a party).
 */
import type { CuratedEvent, Override } from '../../schemas/events.ts';
import type {
  ConsentType,
  Deposit,
  ParticipantRecord,
  Participation,
  ReviewReason,
} from '../../schemas/participation.ts';
import type { Citation } from '../core/types.ts';
import { dateRange, parsePartialDate, toIsoDate, type IsoDate } from '../core/dates.ts';
import type { ParticipantFacts } from './status.ts';
import {
  computeEntryIntoForceForState,
  computeWithdrawalEffective,
  type ComputedDate,
  type TreatyTiming,
} from './treaty-rules.ts';

export interface Participant {
  treaty: string;
  country: string;
  untcName: string | undefined;
  signature: IsoDate | undefined;
  provisionalApplication: IsoDate | undefined;
  consent:
    | {
        type: ConsentType;
        date: IsoDate;
        origin: 'depositary' | 'curated';
        eventId?: string | undefined;
        /** Where the consent date's deposit was made (several depositaries), when the record says. */
        depositary?: string | undefined;
        /** The real date is not recorded; `date` is the earliest record of the state taking part. */
        earliestRecord?: boolean | undefined;
      }
    | undefined;
  consentRevoked: { date: IsoDate; eventId: string } | undefined;
  entryIntoForce: ComputedDate | null;
  withdrawal:
    | {
        deposited: IsoDate;
        notification: { cn: string; date: IsoDate } | undefined;
        /** What the depositary records, if anything. */
        recordedEffective: IsoDate | undefined;
        /** What the treaty rule gives. */
        computedEffective: IsoDate | null;
        /** The date used: an override, else the rule, else the record. */
        effective: IsoDate | null;
        basis: 'rule' | 'override' | 'recorded' | 'unknown';
        /** Depositary: from the depositary record; curated: a sourced notice where there is no depositary. */
        origin?: 'depositary' | 'curated' | undefined;
        eventId?: string | undefined;
      }
    | undefined;
  /** Domestic steps and other curated events, oldest first. */
  events: CuratedEvent[];
  untcNotes: number[];
  /** Every deposit with its depositary (treaties with several depositaries), oldest first. */
  deposits?: Deposit[] | undefined;
  /** The consent date is disputed: shown with every deposit and listed for review. */
  review?: { reasons: ReviewReason[]; note: string } | undefined;
  /** Sources for the depositary row: the status page, then any row-level sources. */
  sources: Citation[];
  /** The treaty's own end, when it has ended (INF, New START): how, when, on whose word. */
  treatyEnd?: { kind: 'terminated' | 'expired'; date: IsoDate; sources: Citation[] } | undefined;
  /** Whether the participant appears on the depositary's page at all. */
  inDepositaryRecord: boolean;
  facts: ParticipantFacts;
}

export interface TreatyForMerge extends TreatyTiming {
  id: string;
  /** The treaty's end: the first day it is no longer in force, and the day the sources give. */
  end?: { from: IsoDate; date: IsoDate; kind?: 'terminated' | 'expired'; sources?: Citation[] } | undefined;
}

export function buildParticipants(
  treaty: TreatyForMerge,
  participation: Participation | undefined,
  events: readonly CuratedEvent[],
  overrides: readonly Override[],
): Participant[] {
  const rows = new Map<string, ParticipantRecord>();
  for (const row of participation?.participants ?? []) rows.set(row.country, row);
  const eventsByCountry = groupBy(
    events.filter((e) => e.treaty === treaty.id),
    (e) => e.country,
  );
  const countries = new Set([...rows.keys(), ...eventsByCountry.keys()]);
  const fileSource: Citation[] = participation ? [{ source: participation.source }] : [];

  const result: Participant[] = [];
  for (const country of countries) {
    const row = rows.get(country);
    const own = (eventsByCountry.get(country) ?? [])
      .slice()
      .sort((a, b) => dateRange(asPartial(a.date)).start.localeCompare(dateRange(asPartial(b.date)).start));
    const override = (field: Override['field']) =>
      overrides.find((o) => o.treaty === treaty.id && o.country === country && o.field === field);

    const curatedConsent = own.find((e) => e.type === 'consent');
    const consent: Participant['consent'] = row?.consent
      ? {
          type: row.consent.type,
          date: toIsoDate(row.consent.date),
          origin: 'depositary' as const,
          ...(row.consent.depositary ? { depositary: row.consent.depositary } : {}),
        }
      : curatedConsent && curatedConsent.type === 'consent'
        ? {
            type: curatedConsent.consentType,
            date: toIsoDate(curatedConsent.date),
            origin: 'curated' as const,
            eventId: curatedConsent.id,
            ...(curatedConsent.earliestRecord ? { earliestRecord: true } : {}),
          }
        : undefined;
    const revokedEvent = own.find((e) => e.type === 'consent-revoked');
    const consentRevoked =
      revokedEvent && revokedEvent.type === 'consent-revoked'
        ? { date: toIsoDate(revokedEvent.date), eventId: revokedEvent.id }
        : undefined;

    const eifOverride = override('entryIntoForce');
    const entryIntoForce: ComputedDate | null = eifOverride
      ? { date: toIsoDate(eifOverride.date), basis: 'override' }
      : consent
        ? computeEntryIntoForceForState(treaty, consent)
        : null;

    let withdrawal: Participant['withdrawal'];
    const curatedNotice = row?.withdrawal ? undefined : own.find((e) => e.type === 'withdrawal-notice');
    const notice = row?.withdrawal ?? (curatedNotice ? { deposited: curatedNotice.date } : undefined);
    if (notice) {
      const deposited = toIsoDate(notice.deposited);
      const computedEffective = computeWithdrawalEffective(treaty.rules.withdrawal, deposited);
      const recordedEffective = 'effective' in notice && notice.effective ? toIsoDate(notice.effective) : undefined;
      const effOverride = override('withdrawal.effective');
      const [effective, basis] = effOverride
        ? [toIsoDate(effOverride.date), 'override' as const]
        : computedEffective
          ? [computedEffective, 'rule' as const]
          : recordedEffective
            ? [recordedEffective, 'recorded' as const]
            : [null, 'unknown' as const];
      const notification = row?.withdrawal?.notification;
      withdrawal = {
        deposited,
        notification: notification ? { cn: notification.cn, date: toIsoDate(notification.date) } : undefined,
        recordedEffective,
        computedEffective,
        effective,
        basis,
        origin: curatedNotice ? 'curated' : 'depositary',
        ...(curatedNotice ? { eventId: curatedNotice.id } : {}),
      };
    }

    // A flag counts from the last day a partial date can mean, so it never shows early; a suspension
    // decided on one day and applied from a later one counts from the later.
    const flagFrom = (e: CuratedEvent) =>
      dateRange(asPartial('effective' in e && e.effective ? e.effective : e.date)).end;
    const firstFlag = (has: (e: CuratedEvent) => boolean) => own.filter(has).map(flagFrom).sort().at(0);
    const suspensionClaimed = firstFlag((e) => 'claimsSuspension' in e && e.claimsSuspension);
    const withdrawalDisputed = firstFlag((e) => 'withdrawalDisputed' in e && e.withdrawalDisputed === true);
    const signature = row?.signature ? toIsoDate(row.signature) : undefined;
    result.push({
      treaty: treaty.id,
      country,
      untcName: row?.untcName,
      signature,
      provisionalApplication: row?.provisionalApplication ? toIsoDate(row.provisionalApplication) : undefined,
      consent,
      consentRevoked,
      entryIntoForce,
      withdrawal,
      events: own,
      untcNotes: row?.untcNotes ?? [],
      deposits: row?.deposits ?? [],
      review: row?.review,
      sources: [...fileSource, ...(row?.sources ?? [])],
      ...(treaty.end?.kind
        ? { treatyEnd: { kind: treaty.end.kind, date: treaty.end.date, sources: treaty.end.sources ?? [] } }
        : {}),
      inDepositaryRecord: row !== undefined,
      facts: {
        signature,
        consent: consent ? { date: consent.date } : undefined,
        consentRevoked: consentRevoked?.date,
        entryIntoForce,
        withdrawal: withdrawal ? { deposited: withdrawal.deposited, effective: withdrawal.effective } : undefined,
        suspensionClaimed,
        withdrawalDisputed,
        treatyEnded: treaty.end ? { from: treaty.end.from, date: treaty.end.date } : undefined,
      },
    });
  }
  return result;
}

function asPartial(text: string) {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(`Invalid date reached the ledger: ${text}`);
  return parsed.value;
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * What a participant's row rests on: the depositary record's sources, or — where no depositary keeps
 * a record (a bilateral treaty) — the sources of the curated consent, so the row never shows none.
 */
export function rowSources(p: Participant): Citation[] {
  if (p.sources.length > 0) return p.sources;
  return p.events.find((e) => e.id === p.consent?.eventId)?.sources ?? [];
}
