/**
 * The downloads engine over the test fixtures: the same definition gives JSON rows, CSV, a JSON
 * Schema that accepts them (and rejects bad rows), and CSV that parses back to the JSON values.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, getDataset } from './export-datasets.ts';
import {
  describeType,
  formatCitation,
  fromCsvCell,
  isTextColumn,
  parseCitation,
  toCsvCell,
  toCsvExport,
  toJsonExport,
  toJsonRows,
  toJsonSchema,
  type Dataset,
} from './exports.ts';
import { fixtureLedger } from '../../../tests/support/ledger.ts';
import { needsCsvGuard } from './csv-guard.ts';

const ledger = fixtureLedger();
const release = (name: string) => ({
  asOf: '2026-02-03',
  depositaryStatusAsAt: ['2026-02-03'],
  schemaUrl: `https://example.org/data/schema/${name}.json`,
});

function validator(schema: object) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe.each(DATASET_NAMES)('the %s download', (name) => {
  const dataset = getDataset(ledger, name);
  const rows = toJsonRows(dataset);
  const json = JSON.parse(toJsonExport(dataset, release(name)));

  it('has a row for every item and every column in every row, in column order', () => {
    expect(rows.length).toBe(dataset.rows.length);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row)).toEqual(dataset.columns.map((c) => c.name));
    expect(json.count).toBe(rows.length);
    expect(json.rows).toEqual(rows);
  });

  it('validates against its own JSON Schema', () => {
    const validate = validator(toJsonSchema(dataset, release(name).schemaUrl));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('parses back from CSV to the JSON values', () => {
    const records = parse(toCsvExport(dataset), { columns: true, record_delimiter: '\r\n' }) as Record<
      string,
      string
    >[];
    expect(records.length).toBe(rows.length);
    records.forEach((record, i) => {
      for (const column of dataset.columns) {
        const cell = record[column.name] ?? '';
        const value = rows[i]?.[column.name] ?? null;
        const back = fromCsvCell(column.type, cell);
        expect(back, `${name} row ${i} ${column.name}`).toEqual(value);
      }
    });
  });

  it('guards only text columns: no other column has a value a spreadsheet would read as a formula', () => {
    for (const column of dataset.columns.filter((c) => !isTextColumn(c.type))) {
      for (const row of rows) {
        const value = row[column.name];
        const cells = Array.isArray(value)
          ? value.map(String)
          : value === null || value === undefined
            ? []
            : [String(value)];
        for (const cell of cells) expect(needsCsvGuard(cell), `${name}.${column.name}: ${cell}`).toBe(false);
      }
    }
  });

  it('renders the same bytes every time', () => {
    expect(toCsvExport(getDataset(ledger, name))).toBe(toCsvExport(dataset));
    expect(toJsonExport(getDataset(ledger, name), release(name))).toBe(toJsonExport(dataset, release(name)));
  });
});

describe('participation rows carry the computed facts', () => {
  const rows = toJsonRows(getDataset(ledger, 'participation'));
  const poland = rows.find((r) => r['treaty'] === 'ottawa-convention' && r['country'] === 'poland');

  it('Poland and the Ottawa Convention: in force by the rule, withdrawal pending on 3 Feb 2026', () => {
    expect(poland).toMatchObject({
      signature_date: '1997-12-04',
      consent_type: 'ratification',
      consent_date: '2012-12-27',
      entry_into_force_date: '2013-06-01',
      entry_into_force_basis: 'rule',
      withdrawal_deposited_date: '2025-08-20',
      withdrawal_notification: 'C.N.421.2025.TREATIES-XXVI-5',
      withdrawal_effective_date: '2026-02-20',
      withdrawal_effective_basis: 'rule',
      status: 'withdrawal-pending',
      status_until: '2026-02-20',
      flags: [],
      status_as_of: '2026-02-03',
      depositary_status_as_at: '2026-02-03',
      untc_notes: [8],
      source_ids: ['untc-xxvi-5'],
      sources: [{ source: 'untc-xxvi-5', locator: null }],
    });
  });

  it('is sorted by treaty, then country', () => {
    const keys = rows.map((r) => `${r['treaty']}/${r['country']}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('the JSON Schema is not a formality', () => {
  const dataset = getDataset(ledger, 'participation');
  const json = JSON.parse(toJsonExport(dataset, release('participation')));
  const validate = validator(toJsonSchema(dataset, release('participation').schemaUrl));
  const broken = (change: (row: Record<string, unknown>) => void) => {
    const copy = structuredClone(json);
    change(copy.rows[0]);
    return validate(copy);
  };

  it.each([
    ['an unknown status', (r: Record<string, unknown>) => (r['status'] = 'suspended')],
    ['an impossible date', (r: Record<string, unknown>) => (r['consent_date'] = '2025-02-30')],
    ['a missing column', (r: Record<string, unknown>) => delete r['flags']],
    ['an extra column', (r: Record<string, unknown>) => (r['extra'] = 1)],
    ['a citation without locator key', (r: Record<string, unknown>) => (r['sources'] = [{ source: 'untc-xxvi-5' }])],
  ])('rejects %s', (_, change) => {
    expect(broken(change)).toBe(false);
  });
});

describe('the engine', () => {
  const tiny: Dataset<{ id: string; note?: string }> = {
    name: 'tiny',
    title: 'Tiny',
    description: 'test',
    licence: { id: 'x', name: 'x', url: 'https://example.org/' },
    licenceNote: 'x',
    rows: [{ id: 'a' }],
    columns: [
      { name: 'id', type: { kind: 'id', of: 'x' }, meaning: 'id', get: (r) => r.id },
      { name: 'note', type: { kind: 'text' }, meaning: 'note', get: (r) => r.note },
    ],
  };

  it('writes text a spreadsheet would run with a leading apostrophe, and reads it back exactly; JSON keeps the text', () => {
    const notes = ['=HYPERLINK("https://evil.example/","x")', '+1', '-2', '@SUM(A1)', '\t=1', "'quoted", 'plain'];
    const dataset = { ...tiny, rows: notes.map((note, i) => ({ id: `r${i}`, note })) };
    const csv = toCsvExport(dataset);
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      'r0,"\'=HYPERLINK(""https://evil.example/"",""x"")"',
      "r1,'+1",
      "r2,'-2",
      "r3,'@SUM(A1)",
      "r4,'\t=1",
      "r5,''quoted",
      'r6,plain',
    ]);
    const records = parse(csv, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(records.map((r) => fromCsvCell({ kind: 'text' }, r['note'] ?? ''))).toEqual(notes);
    expect(JSON.parse(toJsonExport(dataset, release('tiny'))).rows.map((r: { note: string }) => r.note)).toEqual(notes);
    const list = { kind: 'list', item: { kind: 'text' } } as const;
    expect(fromCsvCell(list, toCsvCell(list, ['=a', 'b;c']))).toEqual(['=a', 'b;c']);
    expect(toCsvCell({ kind: 'integer' }, 157)).toBe('157');
    expect(toCsvCell({ kind: 'date' }, '2025-06-19')).toBe('2025-06-19');
  });

  it('refuses a row missing a required value, naming dataset and column', () => {
    expect(() => toJsonRows(tiny)).toThrow(/tiny: column note has no value/);
  });

  it('writes an empty dataset as a valid envelope with no rows', () => {
    const empty = { ...tiny, rows: [] };
    const json = JSON.parse(toJsonExport(empty, release('tiny')));
    expect(json).toMatchObject({ count: 0, rows: [], asOf: '2026-02-03', licence: { note: 'x' } });
    expect(toCsvExport(empty)).toBe('id,note\r\n');
  });

  it('writes one row per line in JSON', () => {
    const text = toJsonExport(
      { ...tiny, columns: tiny.columns.slice(0, 1), rows: [{ id: 'a' }, { id: 'b' }] },
      release('tiny'),
    );
    expect(text).toContain('\n  "rows": [\n    {"id":"a"},\n    {"id":"b"}\n  ]\n}\n');
  });

  it.each([
    [
      { source: 'untc-xxvi-5', locator: 'end notes 1, 3 and 4 (see also 8)' },
      'untc-xxvi-5 (end notes 1, 3 and 4 (see also 8))',
    ],
    [{ source: 'reuters-2025-03-18', locator: null }, 'reuters-2025-03-18'],
  ])('citation %j ⇄ %j', (citation, text) => {
    expect(formatCitation(citation)).toBe(text);
    expect(parseCitation(text)).toEqual(citation);
  });

  it('describes types in words for the data page', () => {
    expect(describeType({ kind: 'list', item: { kind: 'id', of: 'countries' } })).toBe('list of id (countries)');
    expect(describeType({ kind: 'enum', values: ['a', 'b'] })).toBe('one of: a, b');
  });
});
