/**
 * The compact event list the "as of" control embeds in a page (`<script type="application/json">`):
 * for each treaty, each participant's dated facts — exactly what `getStatusOn` reads — one array a
 * participant. The browser decodes it and runs the same src/lib/domain/status.ts rules the build ran, so a
 * status shown for 20 Feb 2026 in the browser is the status a build with AS_OF=2026-02-20 prints.
 *
 * Row: [country, signature, consent, consent revoked, entry into force, basis, withdrawal deposited,
 * withdrawal effective, suspension claimed, withdrawal disputed, treaty ended from, treaty ended date];
 * "" for none, trailing blanks dropped; basis is an index into ENTRY_INTO_FORCE_BASES, -1 when there
 * is no entry-into-force fact at all.
 */
import { addDays, isIsoDate, type IsoDate } from '../core/dates.ts';
import { factDates } from './membership-series.ts';
import type { ParticipantFacts } from '../domain/status.ts';
import { ENTRY_INTO_FORCE_BASES } from '../domain/treaty-rules.ts';
import type { TreatyLife } from '../domain/treaty-life.ts';

export type FactsRow = [country: string, ...rest: (string | number)[]];

export interface AsOfTreaty {
  id: string;
  name: string;
  /** Every participant is listed, so counts can be recomputed (false on a country page). */
  complete: boolean;
  /** When the treaty itself entered into force; absent while it is not in force (labels say "Consented"). */
  inForce?: IsoDate | undefined;
  /** In force for each state on its own date (Tlatelolco). */
  individually?: true | undefined;
  /** The treaty's end (INF, New START): after `from` it is not in force. */
  end?: TreatyLife['end'];
  /** Where its history starts (adopted, else opened for signature or signed): before it, "not yet adopted". */
  start?: TreatyStart | undefined;
  rows: FactsRow[];
}

/** The first event of a treaty's history, for the "not yet adopted" line of a date before it. */
export interface TreatyStart {
  date: IsoDate;
  event: 'adopted' | 'opened for signature' | 'signed';
}

export interface AsOfData {
  /** The build's date: what the page shows without JavaScript. */
  asOf: IsoDate;
  /** Earliest date worth picking (first signature or the treaty's opening). */
  min: IsoDate;
  /** Latest: a year after the last recorded date (a pending withdrawal's effect, say). */
  max: IsoDate;
  treaties: AsOfTreaty[];
}

export interface DecodedParticipant {
  country: string;
  facts: ParticipantFacts;
}

export function encodeFacts(country: string, f: ParticipantFacts): FactsRow {
  const basis = f.entryIntoForce ? ENTRY_INTO_FORCE_BASES.indexOf(f.entryIntoForce.basis) : -1;
  const row: FactsRow = [
    country,
    f.signature ?? '',
    f.consent?.date ?? '',
    f.consentRevoked ?? '',
    f.entryIntoForce?.date ?? '',
    basis,
    f.withdrawal?.deposited ?? '',
    f.withdrawal?.effective ?? '',
    f.suspensionClaimed ?? '',
    f.withdrawalDisputed ?? '',
    f.treatyEnded?.from ?? '',
    f.treatyEnded?.date ?? '',
  ];
  while (row.length > 1 && row[row.length - 1] === '') row.pop();
  return row;
}

export function decodeFacts(row: FactsRow): DecodedParticipant {
  const [
    country,
    signature,
    consent,
    revoked,
    eif,
    basis,
    deposited,
    effective,
    suspension,
    disputed,
    endFrom,
    endDate,
  ] = row;
  const date = (v: string | number | undefined, field: string): IsoDate | undefined => {
    if (v === undefined || v === '') return undefined;
    if (typeof v !== 'string' || !isIsoDate(v))
      throw new Error(`as-of data for ${country}: ${field} ${JSON.stringify(v)} is not a date`);
    return v;
  };
  const signed = date(signature, 'signature');
  const consentDate = date(consent, 'consent');
  const consentRevoked = date(revoked, 'consent revoked');
  const eifDate = date(eif, 'entry into force') ?? null;
  const withdrawn = date(deposited, 'withdrawal deposited');
  const withdrawnEffective = date(effective, 'withdrawal effective') ?? null;
  const suspensionClaimed = date(suspension, 'suspension');
  const withdrawalDisputed = date(disputed, 'withdrawal disputed');
  const endedFrom = date(endFrom, 'treaty ended from');
  const endedDate = date(endDate, 'treaty ended');
  const basisName = typeof basis === 'number' ? ENTRY_INTO_FORCE_BASES[basis] : undefined;
  if (basis !== -1 && basisName === undefined)
    throw new Error(`as-of data for ${country}: unknown basis ${JSON.stringify(basis)}`);
  return {
    country,
    facts: {
      signature: signed,
      consent: consentDate ? { date: consentDate } : undefined,
      consentRevoked,
      entryIntoForce: basisName ? { date: eifDate, basis: basisName } : null,
      withdrawal: withdrawn ? { deposited: withdrawn, effective: withdrawnEffective } : undefined,
      suspensionClaimed,
      ...(withdrawalDisputed ? { withdrawalDisputed } : {}),
      ...(endedFrom && endedDate ? { treatyEnded: { from: endedFrom, date: endedDate } } : {}),
    },
  };
}

/**
 * The data for one page: the treaties it shows, each with its participants — all of them, or only
 * `countries` (a country page needs its own rows, not the counts).
 */
export function toAsOfData(
  asOf: IsoDate,
  treaties: readonly {
    id: string;
    name: string;
    opened?: IsoDate | undefined;
    life?: TreatyLife | undefined;
    start?: TreatyStart | undefined;
    participants: readonly { country: string; facts: ParticipantFacts }[];
  }[],
  countries?: readonly string[],
): AsOfData {
  let min = asOf;
  let max = asOf;
  for (const t of treaties) {
    if (t.opened && t.opened < min) min = t.opened;
    for (const p of t.participants) {
      for (const date of factDates(p.facts)) {
        if (date < min) min = date;
        if (date > max) max = date;
      }
    }
  }
  return {
    asOf,
    min,
    max: addDays(max, 366),
    treaties: treaties.map((t) => {
      const rows = countries ? t.participants.filter((p) => countries.includes(p.country)) : t.participants;
      return {
        id: t.id,
        name: t.name,
        complete: !countries,
        ...(t.life?.inForceFrom ? { inForce: t.life.inForceFrom } : {}),
        ...(t.life?.individually ? { individually: true as const } : {}),
        ...(t.life?.end ? { end: t.life.end } : {}),
        ...(t.start ? { start: t.start } : {}),
        rows: rows.map((p) => encodeFacts(p.country, p.facts)),
      };
    }),
  };
}

/** JSON safe inside `<script type="application/json">`: no `</script>` or `<!--` can occur. */
export function serializeAsOfData(data: AsOfData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function parseAsOfData(text: string): AsOfData {
  const data = JSON.parse(text) as Partial<AsOfData>;
  if (
    !data ||
    typeof data.asOf !== 'string' ||
    !isIsoDate(data.asOf) ||
    typeof data.min !== 'string' ||
    !isIsoDate(data.min) ||
    typeof data.max !== 'string' ||
    !isIsoDate(data.max) ||
    !Array.isArray(data.treaties)
  ) {
    throw new Error('as-of data: expected {asOf, min, max, treaties}');
  }
  return data as AsOfData;
}
