import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysInMonth,
  firstDayOfNthMonthAfter,
  formatDate,
  formatDateShort,
  isIsoDate,
  parsePartialDate,
  sortKey,
  toIsoDate,
} from './dates.ts';

const d = toIsoDate;

describe('parsePartialDate', () => {
  it.each([
    ['2025', 'year'],
    ['2025-03', 'month'],
    ['2025-03-18', 'day'],
    ['2024-02-29', 'day'],
    ['2000-02-29', 'day'],
  ])('accepts %s as a %s', (text, precision) => {
    const parsed = parsePartialDate(text);
    expect(parsed.ok && parsed.value.precision).toBe(precision);
    expect(parsed.ok && parsed.value.text).toBe(text);
  });

  it.each([
    ['2025-02-30', /February 2025 has 28 days/],
    ['2025-02-29', /February 2025 has 28 days/],
    ['1900-02-29', /February 1900 has 28 days/],
    ['2025-04-31', /April 2025 has 30 days/],
    ['2025-13', /month 13/],
    ['2025-00-10', /month 00/],
    ['2025-01-00', /January 2025 has 31 days/],
    ['2025-2-3', /one-digit/],
    ['25-03-18', /not a date/],
    ['18.03.2025', /not a date/],
    ['2025-03-18T00:00', /not a date/],
    ['', /not a date/],
  ])('rejects %s and says why', (text, why) => {
    const parsed = parsePartialDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(why);
  });

  it('suggests the zero-padded form for one-digit parts', () => {
    const parsed = parsePartialDate('2025-2-3');
    expect(!parsed.ok && parsed.hint).toContain('"2025-02-03"');
  });
});

describe('calendar arithmetic', () => {
  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('adds months keeping the day, clamping at the end of shorter months', () => {
    expect(addMonths(d('2025-06-27'), 6)).toBe('2025-12-27');
    expect(addMonths(d('2025-08-20'), 6)).toBe('2026-02-20');
    expect(addMonths(d('2024-09-06'), 6)).toBe('2025-03-06');
    expect(addMonths(d('2025-08-31'), 6)).toBe('2026-02-28');
    expect(addMonths(d('2023-08-31'), 6)).toBe('2024-02-29');
    expect(addMonths(d('2025-03-31'), 1)).toBe('2025-04-30');
    expect(addMonths(d('2025-01-15'), 12)).toBe('2026-01-15');
    expect(addMonths(d('2025-11-30'), 3)).toBe('2026-02-28');
  });

  it('finds the first day of the nth month after a date', () => {
    expect(firstDayOfNthMonthAfter(d('2012-12-27'), 6)).toBe('2013-06-01');
    expect(firstDayOfNthMonthAfter(d('2025-03-12'), 6)).toBe('2025-09-01');
    expect(firstDayOfNthMonthAfter(d('2025-06-25'), 6)).toBe('2025-12-01');
    expect(firstDayOfNthMonthAfter(d('2025-09-05'), 6)).toBe('2026-03-01');
    expect(firstDayOfNthMonthAfter(d('2025-01-01'), 6)).toBe('2025-07-01');
    expect(firstDayOfNthMonthAfter(d('2025-07-31'), 6)).toBe('2026-01-01');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays(d('2025-01-01'), 30)).toBe('2025-01-31');
    expect(addDays(d('2024-12-15'), 90)).toBe('2025-03-15');
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2023-02-28'), 1)).toBe('2023-03-01');
  });

  it('brands only full, real dates', () => {
    expect(isIsoDate('2025-03-18')).toBe(true);
    expect(isIsoDate('2025-03')).toBe(false);
    expect(() => toIsoDate('2025-02-30')).toThrow();
  });
});

describe('formatting keeps the precision as written', () => {
  it.each([
    ['2012', '2012', '2012'],
    ['2025-03', 'March 2025', 'Mar 2025'],
    ['2012-12-27', '27 December 2012', '27 Dec 2012'],
  ])('%s', (text, long, short) => {
    expect(formatDate(text)).toBe(long);
    expect(formatDateShort(text)).toBe(short);
  });

  it('sorts partial dates by their first possible day, precise first', () => {
    const sorted = ['2025-03-18', '2025', '2025-03', '2024-12-31'].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    expect(sorted).toEqual(['2024-12-31', '2025', '2025-03', '2025-03-18']);
  });
});
