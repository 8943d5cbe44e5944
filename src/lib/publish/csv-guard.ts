/**
 * CSV cells that a spreadsheet would run as a formula (CSV injection, OWASP): a text cell that
 * starts with "=", "+", "-", "@", a tab or a carriage return is written with a "'" in front, which
 * spreadsheets read as "this is text"; a text cell that itself starts with "'" gets one more, so
 * every guarded cell loses exactly one leading "'" when read back (`unguardCsvText`).
 *
 * Only text columns are guarded. Numbers, dates, ids, URLs and enums are never changed: their
 * formats cannot start with these characters (a negative number would, and the datasets have none),
 * and a "'" would corrupt them for programs. This is the one place where the CSV differs from the
 * pages and the JSON, which keep the exact text.
 */

/** The characters that make a spreadsheet read a cell as a formula, and the guard itself. */
const NEEDS_GUARD = /^[=+\-@\t\r']/;

/** A text value as a CSV cell: prefixed with "'" when a spreadsheet would run it, or when it starts with "'". */
export function guardCsvText(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

/** The text a guarded cell stands for: `unguardCsvText(guardCsvText(v)) === v` for every v. */
export function unguardCsvText(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** Whether a value would be guarded (for a column that must never need it, such as an id or a date). */
export function needsCsvGuard(value: string): boolean {
  return NEEDS_GUARD.test(value);
}
