/**
 * Calendar dates as the ledger writes them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, kept as written.
 *
 * Why strings and not `Date`: a depositary date has no time zone and no time of day, and a
 * reported date is often only a month or a year. `Date` would invent the missing parts and
 * roll `2025-02-30` over to 2 March. Full dates (`YYYY-MM-DD`) compare correctly as strings,
 * so the rules below work on ISO strings and never on clock time.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The date exactly as written in the source file. */
  readonly text: string;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
}

/** A full calendar date, `YYYY-MM-DD`. Branded so a partial date cannot be passed by mistake. */
export type IsoDate = string & { readonly __isoDate: true };

export type DateParseResult = { ok: true; value: PartialDate } | { ok: false; problem: string; hint: string };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates instead of rolling them over. */
export function parsePartialDate(text: string): DateParseResult {
  const example = 'write it as YYYY-MM-DD (2025-03-18), YYYY-MM (2025-03) or YYYY (2025)';
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (!match) {
    return { ok: false, problem: `"${text}" is not a date`, hint: example };
  }
  const [, y, m, d] = match;
  const year = Number(y);
  if ((m !== undefined && m.length !== 2) || (d !== undefined && d.length !== 2)) {
    const fixed = [y, m && pad(Number(m)), d && pad(Number(d))].filter(Boolean).join('-');
    return {
      ok: false,
      problem: `"${text}" has a one-digit month or day`,
      hint: `write "${fixed}" (two digits for month and day)`,
    };
  }
  if (m === undefined) return { ok: true, value: { text, year, precision: 'year' } };
  const month = Number(m);
  if (month < 1 || month > 12) {
    return { ok: false, problem: `"${text}" has month ${m}; months run from 01 to 12`, hint: example };
  }
  if (d === undefined) return { ok: true, value: { text, year, month, precision: 'month' } };
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      problem: `"${text}" does not exist: ${MONTHS[month - 1]} ${year} has ${last} days`,
      hint: `check the day against the source; the last day of that month is ${year}-${pad(month)}-${last}`,
    };
  }
  return { ok: true, value: { text, year, month, day, precision: 'day' } };
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): text is IsoDate {
  const parsed = parsePartialDate(text);
  return parsed.ok && parsed.value.precision === 'day';
}

/** Narrows a string to `IsoDate`, throwing on anything else (for data already validated). */
export function toIsoDate(text: string): IsoDate {
  if (!isIsoDate(text)) throw new Error(`Not a full date (YYYY-MM-DD): ${JSON.stringify(text)}`);
  return text;
}

function fromParts(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}` as IsoDate;
}

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * The same day number `months` months later; where that month is shorter the result is its last
 * day (31 Aug + 6 months = 28 or 29 Feb). This is how "six months after receipt" is read.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return fromParts(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The first day of the nth month after the month of `date` (APMBC Art. 17: 27 Dec 2012 → 1 Jun 2013). */
export function firstDayOfNthMonthAfter(date: IsoDate, n: number): IsoDate {
  const [year, month] = parts(date);
  return addMonths(fromParts(year, month, 1), n);
}

/** Days since 1970-01-01 for a calendar date (proleptic Gregorian, no time zone involved). */
export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * 86_400_000);
  return fromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** `days` calendar days later ("the 30th day after deposit" is `addDays(deposit, 30)`). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** "27 December 2012", "March 2025" or "2012": the precision of the source, never more. */
export function formatDate(text: string): string {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) return text;
  const { year, month, day } = parsed.value;
  if (month === undefined) return String(year);
  const monthName = MONTHS[month - 1] ?? '';
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** "27 Dec 2012": for tables, where space is short. */
export function formatDateShort(text: string): string {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) return text;
  const { year, month, day } = parsed.value;
  if (month === undefined) return String(year);
  const monthName = (MONTHS[month - 1] ?? '').slice(0, 3);
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/**
 * The earliest and latest full dates a partial date can stand for: `2025-03` is 1–31 March.
 * Used for ordering and for chronology checks that must not flag "2025" against "2025-06-27".
 */
export function dateRange(date: PartialDate): { start: IsoDate; end: IsoDate } {
  const { year, month, day } = date;
  if (month === undefined) return { start: fromParts(year, 1, 1), end: fromParts(year, 12, 31) };
  if (day === undefined) {
    return { start: fromParts(year, month, 1), end: fromParts(year, month, daysInMonth(year, month)) };
  }
  const exact = fromParts(year, month, day);
  return { start: exact, end: exact };
}

/** Sort key for partial dates: by their first possible day, then the more precise first. */
export function sortKey(text: string): string {
  let key = sortKeys.get(text);
  if (key === undefined) {
    const parsed = parsePartialDate(text);
    if (!parsed.ok) key = text;
    else key = `${dateRange(parsed.value).start}~${{ day: 0, month: 1, year: 2 }[parsed.value.precision]}`;
    if (sortKeys.size >= 100_000) sortKeys.clear();
    sortKeys.set(text, key);
  }
  return key;
}

/** sortKey is called in every comparison of every date sort; the same dates recur, so keys are kept. */
const sortKeys = new Map<string, string>();
