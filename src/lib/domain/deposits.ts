/**
 * Several depositaries (NPT, BWC, Outer Space, Partial Test Ban and Seabed treaties: London, Moscow,
 * Washington): a state may deposit in one, two or all three capitals, on different dates. Every
 * deposit is kept with its depositary; this module says which date the treaty's rules use and when
 * that date is in doubt.
 *
 * - The earliest consent deposit sets the consent date (Kazakhstan, NPT: Washington 14 Feb 1994,
 *   London 21 Mar, Moscow 20 May → 14 Feb 1994).
 * - It is shown as disputed and listed for review, never settled silently, when a deposit is a
 *   predecessor state's act (other than a continuing state's: the USSR's acts are Russia's, the
 *   Byelorussian and Ukrainian SSRs' are Belarus's and Ukraine's, the Federal Republic's are
 *   Germany's), when the sources disagree about it (`disagreements.csv`), or when the state's
 *   deposits are two years or more apart (NPT Andorra: London 1986, Washington and Moscow 1996).
 *   The earliest date still counts — a disputed state is a contracting state in every count, as in
 *   the data's own counts — but every page that shows the date shows the doubt with it.
 *
 * Pure: the UNODA import (scripts/import-unoda.ts) runs it and writes its result into the generated
 * participation files; the tests run it on the real rows.
 */
import type { ConsentType, Deposit, ReviewReason } from '../../schemas/participation.ts';
import { toDayNumber, type IsoDate } from '../core/dates.ts';

/** Deposits this many days apart or more are "years apart" (the research adopted two years: 730 days). */
export const YEARS_APART_DAYS = 730;

/** Consent actions, in the order a tie on the same day is broken. */
const CONSENT_ACTIONS = ['ratification', 'accession', 'succession'] as const satisfies readonly ConsentType[];

/** Predecessors whose acts are the current state's own: the same legal person continues, nothing is in doubt. */
const CONTINUING = [
  'the USSR',
  'the Byelorussian SSR',
  'the Ukrainian SSR',
  'the Federal Republic of Germany',
] as const;

export interface Predecessor {
  /** "the USSR", "the FR Yugoslavia / Serbia and Montenegro", "Czechoslovakia". */
  name: string;
  /** True when the current state continues the predecessor (its acts are the state's own). */
  continuing: boolean;
}

/** The predecessor whose act a deposit is, from the extract's note ("action of the USSR; …"). */
export function predecessorOf(note: string | undefined): Predecessor | undefined {
  const match = /(?:^|;\s*)action of ([^;(]+?)\s*(?:\(|;|$)/.exec(note ?? '');
  const name = match?.[1]?.trim();
  if (!name) return undefined;
  return { name, continuing: (CONTINUING as readonly string[]).includes(name) };
}

export interface DepositSummary {
  signature?: { date: IsoDate; depositary?: string | undefined } | undefined;
  consent?: { type: ConsentType; date: IsoDate; depositary?: string | undefined } | undefined;
  withdrawal?: { deposited: IsoDate; effective?: IsoDate | undefined } | undefined;
  review?: { reasons: ReviewReason[]; note: string } | undefined;
}

const isConsent = (d: Deposit): d is Deposit & { action: (typeof CONSENT_ACTIONS)[number] } =>
  (CONSENT_ACTIONS as readonly string[]).includes(d.action);

/** Oldest first; on one day a deposit that names its depositary first, then by depositary and source. */
function byDate(a: Deposit, b: Deposit): number {
  return (
    a.date.localeCompare(b.date) ||
    Number(a.depositary === undefined) - Number(b.depositary === undefined) ||
    (a.depositary ?? '').localeCompare(b.depositary ?? '') ||
    a.source.localeCompare(b.source)
  );
}

function place(d: Deposit): string {
  return d.depositary ?? 'depositary not stated';
}

/**
 * What one state's deposits for one treaty come to: signature, consent (earliest deposit), withdrawal,
 * and whether the consent date is disputed. `sourcesDisagree` is true when `disagreements.csv` has a
 * date or kind disagreement about this state's consent.
 */
export function summarizeDeposits(deposits: readonly Deposit[], sourcesDisagree = false): DepositSummary {
  const sorted = [...deposits].sort(byDate);
  const summary: DepositSummary = {};
  const signature = sorted.find((d) => d.action === 'signature');
  if (signature) summary.signature = { date: signature.date as IsoDate, depositary: signature.depositary };

  const consents = sorted.filter(isConsent);
  const first = consents[0];
  if (first) {
    summary.consent = { type: first.action, date: first.date as IsoDate, depositary: first.depositary };
    const reasons: ReviewReason[] = [];
    const notes: string[] = [];
    const predecessors = [
      ...new Set(
        consents
          .map((d) => predecessorOf(d.note))
          .filter((p) => p && !p.continuing)
          .map((p) => p?.name),
      ),
    ];
    if (predecessors.length) {
      reasons.push('predecessor');
      notes.push(`deposited by ${predecessors.join(' and ')}, a predecessor state`);
    }
    if (sourcesDisagree) {
      reasons.push('sources-disagree');
      notes.push('the sources disagree about this deposit');
    }
    const last = consents[consents.length - 1];
    const spread = last ? toDayNumber(last.date as IsoDate) - toDayNumber(first.date as IsoDate) : 0;
    if (spread >= YEARS_APART_DAYS) {
      reasons.push('years-apart');
      notes.push(`the deposits are ${spread} days apart`);
    }
    if (reasons.length) {
      const list = consents.map((d) => `${d.date} ${d.action} (${place(d)})`).join('; ');
      summary.review = {
        reasons,
        note: `${capitalize(notes.join('; '))}: ${list}. The earliest, ${first.date}, is used in the counts until a reviewer settles it.`,
      };
    }
  }

  const notice = sorted.find((d) => d.action === 'withdrawal-notice');
  const effective = sorted.find((d) => d.action === 'withdrawal-effective');
  if (notice)
    summary.withdrawal = { deposited: notice.date as IsoDate, effective: effective?.date as IsoDate | undefined };
  return summary;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface DepositLine {
  date: IsoDate;
  /** The depositaries that received it that day, in order; "depositary not stated" when the source does not say. */
  depositaries: string[];
}

/**
 * One kind of a state's deposits (its signatures, its instruments of consent or its withdrawal
 * notices), the depositaries of one day together, oldest first: what a participants table lists
 * under the date it counts ("London, Moscow 1 Jul 1968; Washington 5 Mar 1970").
 */
export function depositLines(
  deposits: readonly Deposit[],
  kind: 'signature' | 'consent' | 'withdrawal',
): DepositLine[] {
  const wanted = (d: Deposit) =>
    kind === 'signature'
      ? d.action === 'signature'
      : kind === 'consent'
        ? isConsent(d)
        : d.action === 'withdrawal-notice';
  const lines: DepositLine[] = [];
  for (const d of [...deposits].filter(wanted).sort(byDate)) {
    const last = lines.at(-1);
    if (last && last.date === d.date) {
      if (!last.depositaries.includes(place(d))) last.depositaries.push(place(d));
    } else lines.push({ date: d.date as IsoDate, depositaries: [place(d)] });
  }
  return lines;
}
