/**
 * CSV as RFC 4180 writes it: CRLF between records (and after the last), fields quoted when they
 * hold a comma, a double quote, CR or LF, and quotes inside doubled. UTF-8 without a byte-order
 * mark: the files are for programs first (a BOM becomes part of the first column's name in many
 * parsers); spreadsheet users open them through their import dialog, which asks for the encoding.
 *
 * Written here rather than with csv-stringify (a dev dependency), on purpose: twenty lines whose
 * every rule is tested beside it, and nothing to configure wrongly. csv-stringify 6.9 writes LF by
 * default, and told to write CRLF (`record_delimiter: 'windows'`) it stops quoting a lone CR or LF
 * inside a field, which a strict parser then reads as the end of a record; only with
 * `quote_record_delimiter: true` as well does it write RFC 4180. csv.test.ts holds this writer to
 * csv-stringify so configured, byte for byte, so the two cannot drift apart unnoticed.
 *
 * Lists go in one cell, items joined with ";" (see `joinList`), so a CSV row stays one record.
 */

export const CRLF = '\r\n';

/** Quotes a field only when it must be: comma, double quote, CR or LF inside. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A whole CSV document: the header, then one record per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = header.length;
  const lines = [header, ...rows].map((cells, i) => {
    if (cells.length !== width) {
      throw new Error(`CSV row ${i} has ${cells.length} fields; the header has ${width}`);
    }
    return cells.map(csvField).join(',');
  });
  return lines.map((line) => line + CRLF).join('');
}

/**
 * Several values in one cell: items joined with ";". An item that itself holds ";" or "\" has it
 * escaped with a backslash, so `splitList(joinList(items))` always gives the items back.
 */
export function joinList(items: readonly string[]): string {
  if (items.some((item) => item === '')) {
    throw new Error(`an empty item cannot be told apart from an empty list in one CSV cell: ${JSON.stringify(items)}`);
  }
  return items.map((item) => item.replace(/[\\;]/g, (c) => `\\${c}`)).join(';');
}

/** The inverse of `joinList`; an empty cell is an empty list. */
export function splitList(cell: string): string[] {
  if (cell === '') return [];
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && i + 1 < cell.length) {
      current += cell[i + 1];
      i++;
    } else if (c === ';') {
      items.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  items.push(current);
  return items;
}
