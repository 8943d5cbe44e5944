/**
 * A treaty's own rules, applied: when it enters into force for a state, and when a withdrawal
 * takes effect. Each result says how it was reached (`basis`) so pages can explain the date and
 * refuse to show one where the rule is unknown.
 */
import type { EntryIntoForceRule, WithdrawalRule } from '../../schemas/treaties.ts';
import type { ConsentType } from '../../schemas/participation.ts';
import { addDays, addMonths, firstDayOfNthMonthAfter, type IsoDate } from '../core/dates.ts';

export interface TreatyTiming {
  /** When the treaty itself entered into force; undefined while it is not in force (CTBT). */
  entryIntoForce?: IsoDate | undefined;
  rules: { entryIntoForce: EntryIntoForceRule; withdrawal: WithdrawalRule };
}

/** How an entry-into-force date was reached; a fixed order (the downloads list it, the "as of" data indexes it). */
export const ENTRY_INTO_FORCE_BASES = [
  'rule', // computed from the treaty's rule for later states
  'treaty-entry-into-force', // consented before the treaty entered into force: bound from that date
  'treaty-not-in-force', // the treaty is not in force: no date exists
  'succession', // applies from the date of succession, which the status page does not give
  'rule-unknown', // the rule has not been encoded
  'override', // a curated date with a stated reason
] as const;

export type EntryIntoForceBasis = (typeof ENTRY_INTO_FORCE_BASES)[number];

export interface ComputedDate {
  date: IsoDate | null;
  basis: EntryIntoForceBasis;
}

/** The date given by an entry-into-force rule for a deposit, or null when the rule is unknown. */
export function applyEntryIntoForceRule(rule: EntryIntoForceRule, deposit: IsoDate): IsoDate | null {
  switch (rule.kind) {
    case 'first-day-of-nth-month-after-deposit':
      return firstDayOfNthMonthAfter(deposit, rule.months);
    case 'months-after-deposit':
      return addMonths(deposit, rule.months);
    case 'days-after-deposit':
      return addDays(deposit, rule.days);
    case 'on-deposit':
      return deposit;
    case 'unknown':
      return null;
  }
}

/**
 * Entry into force for one state. A state that consented before the treaty entered into force is
 * bound from the treaty's own date; the rule for later states never gives an earlier date than that,
 * so the later of the two is right in both cases (APMBC Art. 17(1) and 17(2)).
 */
export function computeEntryIntoForceForState(
  treaty: TreatyTiming,
  consent: { type: ConsentType; date: IsoDate },
): ComputedDate {
  // A treaty that is not in force binds nobody as a party, whatever the form of consent (Montenegro's
  // succession to the CTBT is a consent, not a party status).
  if (!treaty.entryIntoForce) return { date: null, basis: 'treaty-not-in-force' };
  if (consent.type === 'succession') return { date: null, basis: 'succession' };
  const byRule = applyEntryIntoForceRule(treaty.rules.entryIntoForce, consent.date);
  if (byRule === null) {
    // The rule is unknown, but a state that consented before the treaty's entry into force is bound from it.
    return consent.date <= treaty.entryIntoForce
      ? { date: treaty.entryIntoForce, basis: 'treaty-entry-into-force' }
      : { date: null, basis: 'rule-unknown' };
  }
  return byRule <= treaty.entryIntoForce
    ? { date: treaty.entryIntoForce, basis: 'treaty-entry-into-force' }
    : { date: byRule, basis: 'rule' };
}

/** When a withdrawal deposited on `deposited` takes effect under the treaty's notice rule. */
export function computeWithdrawalEffective(rule: WithdrawalRule, deposited: IsoDate): IsoDate | null {
  switch (rule.kind) {
    case 'months-after-notice':
      return addMonths(deposited, rule.months);
    case 'days-after-notice':
      return addDays(deposited, rule.days);
    case 'not-provided':
    case 'unknown':
      return null;
  }
}

/** The rule in plain words, for treaty pages: "six months after the depositary receives it". */
export function describeEntryIntoForceRule(rule: EntryIntoForceRule): string {
  switch (rule.kind) {
    case 'first-day-of-nth-month-after-deposit':
      return `on the first day of the ${ordinal(rule.months)} month after the state deposits its instrument (${rule.article})`;
    case 'months-after-deposit':
      return `${countWords(rule.months, 'month')} after the state deposits its instrument (${rule.article})`;
    case 'days-after-deposit':
      return `on the ${ordinal(rule.days)} day after the state deposits its instrument (${rule.article})`;
    case 'on-deposit':
      return `on the day the state deposits its instrument (${rule.article})`;
    case 'unknown':
      return `not encoded: ${rule.note}`;
  }
}

export function describeWithdrawalRule(rule: WithdrawalRule): string {
  const conflict =
    'armedConflict' in rule && rule.armedConflict
      ? `; ${rule.armedConflict.effect} (${rule.armedConflict.article})`
      : '';
  switch (rule.kind) {
    case 'months-after-notice':
      return `a withdrawal takes effect ${countWords(rule.months, 'month')} after the depositary receives it (${rule.article})${conflict}`;
    case 'days-after-notice':
      return `a withdrawal takes effect ${countWords(rule.days, 'day')} after the depositary receives it (${rule.article})${conflict}`;
    case 'not-provided':
      return `the treaty has no withdrawal clause: ${rule.note}`;
    case 'unknown':
      return `withdrawal rule not encoded: ${rule.note}`;
  }
}

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

function countWords(n: number, unit: string): string {
  const word = n < SMALL.length ? SMALL[n] : String(n);
  return `${word} ${unit}${n === 1 ? '' : 's'}`;
}

export function ordinal(n: number): string {
  const words = [
    'zeroth',
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
  ];
  if (n < words.length) return words[n] ?? String(n);
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
