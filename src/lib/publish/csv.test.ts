import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvField, joinList, splitList, toCsv } from './csv.ts';

describe('csvField (RFC 4180 §2.6–2.7)', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['crlf\r\ninside', '"crlf\r\ninside"'],
    [' spaces kept ', ' spaces kept '],
    ['semi;colon', 'semi;colon'],
    ['Türkiye — Côte d’Ivoire', 'Türkiye — Côte d’Ivoire'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('ends every record, the last too, with CRLF and never a bare LF', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['1', '2'],
        ['3', '4'],
      ],
    );
    expect(csv).toBe('a,b\r\n1,2\r\n3,4\r\n');
  });

  it('writes a header-only document for no rows', () => {
    expect(toCsv(['id', 'name'], [])).toBe('id,name\r\n');
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 fields; the header has 2/);
  });

  it('round-trips awkward values through a strict RFC 4180 parser', () => {
    const rows = [
      ['1', 'He said "no", then left', 'first\r\nsecond'],
      ['2', '', 'trailing comma,'],
      ['3', '"quoted"', 'lone\rCR and lone\nLF'],
      ['4', '=SUM(A1)', 'ünïcödé ✓'],
    ];
    const csv = toCsv(['id', 'text', 'more'], rows);
    const parsed = parse(csv, { record_delimiter: '\r\n', relax_quotes: false, bom: false }) as string[][];
    expect(parsed).toEqual([['id', 'text', 'more'], ...rows]);
  });

  it('writes what csv-stringify writes when told RFC 4180 (CRLF, and quote a lone CR or LF)', () => {
    const header = ['id', 'text', 'more'];
    const rows = [
      ['1', 'He said "no", then left', 'first\r\nsecond'],
      ['2', '', 'trailing comma,'],
      ['3', '"quoted"', 'lone\rCR and lone\nLF'],
      ['4', '=SUM(A1)', ' spaces kept; ünïcödé ✓'],
    ];
    const rfc4180 = { record_delimiter: 'windows', quote_record_delimiter: true } as const;
    expect(toCsv(header, rows)).toBe(stringify([header, ...rows], rfc4180));
    // The trap the header comment describes: CRLF alone leaves a lone CR or LF unquoted.
    expect(stringify([['lone\rCR']], { record_delimiter: 'windows' })).toBe('lone\rCR\r\n');
  });

  it('does not start with a byte-order mark', () => {
    expect(toCsv(['x'], [['y']]).charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('joinList / splitList', () => {
  it.each([
    [[], ''],
    [['poland'], 'poland'],
    [['poland', 'estonia'], 'poland;estonia'],
    [['a;b', 'c'], 'a\\;b;c'],
    [['back\\slash'], 'back\\\\slash'],
    [['ends with \\', 'x'], 'ends with \\\\;x'],
  ])('%j ⇄ %j', (items, cell) => {
    expect(joinList(items)).toBe(cell);
    expect(splitList(cell)).toEqual(items);
  });

  it('refuses an empty item, which would read back as nothing', () => {
    expect(() => joinList(['a', ''])).toThrow(/empty item/);
  });
});
