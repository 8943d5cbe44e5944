/**
 * Merges the three layers that describe one treaty's participants — depositary rows (imported),
 * curated events and overrides (hand-written) — and applies the treaty's rules once, so every page,
 * count and download reads the same computed facts.
 */
import type { CuratedEvent, Override } from '../../schemas/events.ts';
import type { ConsentType, ParticipantRecord, Participation } from '../../schemas/participation.ts';
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
    { type: ConsentType; date: IsoDate; origin: 'depositary' | 'curated'; eventId?: string | undefined } | undefined;
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
      }
    | undefined;
  /** Domestic steps and other curated events, oldest first. */
  events: CuratedEvent[];
  untcNotes: number[];
  /** Sources for the depositary row: the status page, then any row-level sources. */
  sources: Citation[];
  /** Whether the participant appears on the depositary's page at all. */
  inDepositaryRecord: boolean;
  facts: ParticipantFacts;
}

export interface TreatyForMerge extends TreatyTiming {
  id: string;
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
    const consent = row?.consent
      ? { type: row.consent.type, date: toIsoDate(row.consent.date), origin: 'depositary' as const }
      : curatedConsent && curatedConsent.type === 'consent'
        ? {
            type: curatedConsent.consentType,
            date: toIsoDate(curatedConsent.date),
            origin: 'curated' as const,
            eventId: curatedConsent.id,
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
    if (row?.withdrawal) {
      const deposited = toIsoDate(row.withdrawal.deposited);
      const computedEffective = computeWithdrawalEffective(treaty.rules.withdrawal, deposited);
      const recordedEffective = row.withdrawal.effective ? toIsoDate(row.withdrawal.effective) : undefined;
      const effOverride = override('withdrawal.effective');
      const [effective, basis] = effOverride
        ? [toIsoDate(effOverride.date), 'override' as const]
        : computedEffective
          ? [computedEffective, 'rule' as const]
          : recordedEffective
            ? [recordedEffective, 'recorded' as const]
            : [null, 'unknown' as const];
      withdrawal = {
        deposited,
        notification: row.withdrawal.notification
          ? { cn: row.withdrawal.notification.cn, date: toIsoDate(row.withdrawal.notification.date) }
          : undefined,
        recordedEffective,
        computedEffective,
        effective,
        basis,
      };
    }

    const suspension = own.find((e) => 'claimsSuspension' in e && e.claimsSuspension);
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
      sources: [...fileSource, ...(row?.sources ?? [])],
      inDepositaryRecord: row !== undefined,
      facts: {
        signature,
        consent: consent ? { date: consent.date } : undefined,
        consentRevoked: consentRevoked?.date,
        entryIntoForce,
        withdrawal: withdrawal ? { deposited: withdrawal.deposited, effective: withdrawal.effective } : undefined,
        // A partial date ("2025-07") counts from the last day it can mean: the flag never shows early.
        suspensionClaimed: suspension ? dateRange(asPartial(suspension.date)).end : undefined,
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
