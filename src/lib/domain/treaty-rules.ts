/**
 * A treaty's own rules, applied: when it enters into force for a state, and when a withdrawal
 * takes effect (or whether a date the state named is valid, CFE Art. XIX(2)). Each result says how
 * it was reached (`basis`) so pages can explain the date and refuse to show one where the rule is
 * not recorded.
 */
import type { EntryIntoForceRule, WithdrawalRule } from '../../schemas/treaties.ts';
import type { ConsentType } from '../../schemas/participation.ts';
import { addDays, addMonths, firstDayOfNthMonthAfter, toDayNumber, type IsoDate } from '../core/dates.ts';

export interface TreatyTiming {
  /** When the treaty itself entered into force; undefined while it is not in force (CTBT). */
  entryIntoForce?: IsoDate | undefined;
  /** In force for each state on its own date, with no single date for the treaty (Tlatelolco). */
  individually?: boolean | undefined;
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
  'waiver-not-recorded', // in force for it on the deposit of a waiver (Tlatelolco Art. 28(2)) whose date no cited source gives
] as const;

export type EntryIntoForceBasis = (typeof ENTRY_INTO_FORCE_BASES)[number];

export interface ComputedDate {
  date: IsoDate | null;
  basis: EntryIntoForceBasis;
}

/**
 * The date given by an entry-into-force rule for a deposit, or null when the rule gives none (not
 * recorded, a waiver date, a bilateral treaty, or a kind of consent the rule does not cover).
 */
export function applyEntryIntoForceRule(
  rule: EntryIntoForceRule,
  deposit: IsoDate,
  consentType?: ConsentType,
): IsoDate | null {
  switch (rule.kind) {
    case 'first-day-of-nth-month-after-deposit':
      return firstDayOfNthMonthAfter(deposit, rule.months);
    case 'months-after-deposit':
      return addMonths(deposit, rule.months);
    case 'days-after-deposit':
      return addDays(deposit, rule.days);
    case 'on-deposit':
      return rule.consentTypes && consentType && !rule.consentTypes.includes(consentType) ? null : deposit;
    case 'on-waiver-deposit':
    case 'not-applicable':
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
  if (!treaty.entryIntoForce && !treaty.individually) return { date: null, basis: 'treaty-not-in-force' };
  if (consent.type === 'succession') return { date: null, basis: 'succession' };
  // Tlatelolco Art. 28(2): in force for a state on the deposit of its waiver, a date only a cited
  // source (an override) can give; the ratification date is not it.
  if (treaty.rules.entryIntoForce.kind === 'on-waiver-deposit') return { date: null, basis: 'waiver-not-recorded' };
  if (!treaty.entryIntoForce) return { date: null, basis: 'rule-unknown' };
  const byRule = applyEntryIntoForceRule(treaty.rules.entryIntoForce, consent.date, consent.type);
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

/**
 * When a withdrawal deposited on `deposited` takes effect under the treaty's notice rule; null where
 * the rule gives no date (the state names it, CFE; no clause; not recorded).
 */
export function computeWithdrawalEffective(rule: WithdrawalRule, deposited: IsoDate): IsoDate | null {
  switch (rule.kind) {
    case 'months-after-notice':
      return addMonths(deposited, rule.months);
    case 'days-after-notice':
      return addDays(deposited, rule.days);
    case 'at-least-days-before-named-date':
    case 'at-least-months-before-named-date':
    case 'not-provided':
    case 'unknown':
      return null;
  }
}

/** Whole days from `from` to `to` (the notice day not counted): 9 Jun → 7 Nov 2023 is 151. */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export type WithdrawalCheck =
  | { ok: true; basis: 'rule' | 'named-date' | 'not-checked' }
  | { ok: false; problem: string; expected?: IsoDate | undefined };

/**
 * Whether a recorded effective date fits the treaty's rule. "N after notice" rules give one date;
 * CFE Art. XIX(2) asks for notice at least N days before the date the state names, so any date from
 * notice + N days on is valid (Russia: notice 9 Jun 2023, out 7 Nov 2023 = day 151, valid; 5 Nov,
 * day 149, would not be).
 */
export function checkWithdrawalDate(rule: WithdrawalRule, notice: IsoDate, effective: IsoDate): WithdrawalCheck {
  switch (rule.kind) {
    case 'months-after-notice':
    case 'days-after-notice': {
      const expected = computeWithdrawalEffective(rule, notice);
      return expected === effective
        ? { ok: true, basis: 'rule' }
        : {
            ok: false,
            problem: `the rule (${rule.article}) gives ${expected ?? 'no date'}`,
            expected: expected ?? undefined,
          };
    }
    case 'at-least-days-before-named-date':
    case 'at-least-months-before-named-date': {
      const byDays = rule.kind === 'at-least-days-before-named-date';
      const earliest = byDays ? addDays(notice, rule.days) : addMonths(notice, rule.months);
      const minimum = byDays ? `${rule.days} days` : countWords(rule.months, 'month');
      return effective >= earliest
        ? { ok: true, basis: 'named-date' }
        : {
            ok: false,
            problem: `the notice came ${daysFrom(notice, effective)} days before that date; ${rule.article} asks for at least ${minimum}, so the earliest valid date is ${earliest}`,
            expected: earliest,
          };
    }
    case 'not-provided':
      return { ok: false, problem: `the treaty has no withdrawal clause (${rule.note})` };
    case 'unknown':
      return { ok: true, basis: 'not-checked' };
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
      return rule.consentTypes
        ? `on the day the state deposits its instrument of ${rule.consentTypes.join(' or ')} (${rule.article})${rule.otherwise ? `; ${rule.otherwise}` : ''}`
        : `on the day the state deposits its instrument (${rule.article})`;
    case 'on-waiver-deposit':
      return `on the day the state deposits its waiver declaration (${rule.article}); ${rule.note}`;
    case 'not-applicable':
      return `not applicable: ${rule.note}`;
    case 'unknown':
      return `not recorded: ${rule.note}`;
  }
}

export function describeWithdrawalRule(rule: WithdrawalRule, options: { bilateral?: boolean } = {}): string {
  const receiver = options.bilateral ? 'the other party receives the notice' : 'the depositary receives it';
  const conflict =
    'armedConflict' in rule && rule.armedConflict
      ? `; ${rule.armedConflict.effect} (${rule.armedConflict.article})`
      : '';
  const condition = 'condition' in rule && rule.condition ? `; ${rule.condition}` : '';
  switch (rule.kind) {
    case 'months-after-notice':
      return `a withdrawal takes effect ${countWords(rule.months, 'month')} after ${receiver} (${rule.article})${conflict}${condition}`;
    case 'days-after-notice':
      return `a withdrawal takes effect ${countWords(rule.days, 'day')} after ${receiver} (${rule.article})${conflict}${condition}`;
    case 'at-least-days-before-named-date':
      return `a withdrawal takes effect on the date the state names, which its notice must precede by at least ${rule.days} days (${rule.article})${condition}`;
    case 'at-least-months-before-named-date':
      return `a withdrawal takes effect on the date the state names, which its notice must precede by at least ${countWords(rule.months, 'month')} (${rule.article})${condition}`;
    case 'not-provided':
      return `the treaty has no withdrawal clause: ${rule.note}`;
    case 'unknown':
      return `withdrawal rule not recorded: ${rule.note}`;
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
