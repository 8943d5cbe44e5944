/**
 * The downloads engine: a dataset is a list of typed columns over rows taken from the ledger, and
 * everything published about it — the JSON file, the CSV file, the JSON Schema and the column table
 * on /data/ — is rendered from that one definition, so the four can never disagree.
 *
 * Decisions (documented on /data/ too):
 *  - JSON and CSV carry the same columns in the same order, with the same snake_case names.
 *    JSON keeps lists as arrays and a missing value as null; CSV writes a list as items joined with
 *    ";" (src/lib/publish/csv.ts) and a missing value as an empty field.
 *  - CSV cells of text columns (and lists of text) that a spreadsheet would run as a formula — a
 *    leading "=", "+", "-", "@", tab or CR — get a leading "'", and so does text that starts with
 *    "'" (csv-guard.ts, the OWASP rule). The column's type tells text from numbers, dates, ids,
 *    URLs and enums, which are never changed (their formats cannot start with those characters).
 *    This is the one place where the CSV differs from the JSON and the pages, which keep the text.
 *  - JSON is an envelope — dataset, as-of dates, licence, schema, count — around `rows`, with one
 *    row per line, so a diff between two releases shows the rows that changed.
 *  - Nothing reads the clock: the same commit and AS_OF give the same bytes.
 * The six datasets themselves are in src/lib/publish/export-datasets.ts.
 */
import { ID_PATTERN } from '../../schemas/common.ts';
import type { Citation } from '../core/types.ts';
import { joinList, splitList, toCsv } from './csv.ts';
import { guardCsvText, unguardCsvText } from './csv-guard.ts';

export type ColumnType =
  | { kind: 'text' }
  | { kind: 'id'; of: string }
  | { kind: 'date' }
  | { kind: 'partial-date' }
  | { kind: 'integer' }
  | { kind: 'boolean' }
  | { kind: 'url' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list'; item: ListItemType }
  | { kind: 'citations' };

export type ListItemType = Extract<ColumnType, { kind: 'text' | 'id' | 'integer' | 'enum' }>;

/** A citation as the JSON files write it: every object has both keys. */
export interface JsonCitation {
  source: string;
  locator: string | null;
}

export type Value = string | number | boolean | null | readonly string[] | readonly number[] | readonly JsonCitation[];

export interface Column<R> {
  /** snake_case; the same key in JSON and header in CSV. */
  name: string;
  type: ColumnType;
  /** May the value be missing (null in JSON, empty in CSV)? */
  optional?: boolean;
  /** What the column means, in one or two sentences, shown on /data/ and in the schema. */
  meaning: string;
  /**
   * The name the column had in earlier releases, when it was renamed: /data/ and the JSON Schema
   * say so, so a reader of an old file can follow the change.
   */
  formerly?: { name: string; change: 'renamed' | 'replaced' } | undefined;
  get(row: R): Value | readonly Citation[] | undefined;
}

export interface Licence {
  id: string;
  name: string;
  url: string;
}

export interface Dataset<R> {
  name: string;
  title: string;
  /** What one row is, and how rows are sorted. */
  description: string;
  licence: Licence;
  /** Where the facts come from and what the licence covers. */
  licenceNote: string;
  rows: R[];
  columns: Column<R>[];
}

/** What the JSON envelope says about the whole release. */
export interface ReleaseInfo {
  /** The date statuses, counts and flags are computed for (AS_OF). */
  asOf: string;
  /** The "status as at" stamps of the depositary pages the participation data was read from. */
  depositaryStatusAsAt: string[];
  /** Absolute URL of the dataset's JSON Schema. */
  schemaUrl: string;
}

export type JsonRow = Record<string, Value>;

/** Plain code-unit order: the same on every machine and locale. */
export const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The rows as JSON objects: every column present, in column order, null where missing. */
export function toJsonRows<R>(dataset: Dataset<R>): JsonRow[] {
  return dataset.rows.map((row) => {
    const out: JsonRow = {};
    for (const column of dataset.columns) {
      const value = column.get(row);
      if ((value === undefined || value === null) && !column.optional) {
        throw new Error(
          `${dataset.name}: column ${column.name} has no value for a row, but it is required (${JSON.stringify(out)})`,
        );
      }
      out[column.name] =
        column.type.kind === 'citations' && Array.isArray(value)
          ? (value as readonly Citation[]).map((c) => ({ source: c.source, locator: c.locator ?? null }))
          : ((value ?? null) as Value);
    }
    return out;
  });
}

/** Whether a column holds free text, whose CSV cells are guarded against formulas. */
export function isTextColumn(type: ColumnType): boolean {
  return type.kind === 'text' || (type.kind === 'list' && type.item.kind === 'text');
}

/** One cell of CSV text for a JSON value of the given type. */
export function toCsvCell(type: ColumnType, value: Value): string {
  if (value === null) return '';
  if (type.kind === 'citations') return joinList((value as readonly JsonCitation[]).map(formatCitation));
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- citations returned above, lists joined
  const cell = Array.isArray(value) ? joinList(value.map(String)) : String(value);
  return isTextColumn(type) ? guardCsvText(cell) : cell;
}

/** The JSON value a CSV cell stands for: the inverse of `toCsvCell`, for readers and tests. */
export function fromCsvCell(type: ColumnType, cell: string): Value {
  switch (type.kind) {
    case 'citations':
      return splitList(cell).map(parseCitation);
    case 'list':
      if (type.item.kind === 'text') return splitList(unguardCsvText(cell));
      return type.item.kind === 'integer' ? splitList(cell).map(Number) : splitList(cell);
    case 'text':
      return cell === '' ? null : unguardCsvText(cell);
    case 'integer':
      return cell === '' ? null : Number(cell);
    case 'boolean':
      return cell === '' ? null : cell === 'true';
    default:
      return cell === '' ? null : cell;
  }
}

/** "untc-xxvi-5 (end note 8)" or "untc-xxvi-5": ids hold no spaces, so the id ends at the first. */
export function formatCitation(c: { source: string; locator?: string | null | undefined }): string {
  return c.locator ? `${c.source} (${c.locator})` : c.source;
}

export function parseCitation(text: string): JsonCitation {
  const space = text.indexOf(' ');
  if (space === -1) return { source: text, locator: null };
  const rest = text.slice(space + 1);
  if (!rest.startsWith('(') || !rest.endsWith(')')) throw new Error(`not a citation: ${JSON.stringify(text)}`);
  return { source: text.slice(0, space), locator: rest.slice(1, -1) };
}

export function toCsvExport<R>(dataset: Dataset<R>, rows: JsonRow[] = toJsonRows(dataset)): string {
  const header = dataset.columns.map((c) => c.name);
  return toCsv(
    header,
    rows.map((row) => dataset.columns.map((c) => toCsvCell(c.type, row[c.name] ?? null))),
  );
}

export function toJsonExport<R>(
  dataset: Dataset<R>,
  release: ReleaseInfo,
  rows: JsonRow[] = toJsonRows(dataset),
): string {
  const head = {
    dataset: dataset.name,
    title: dataset.title,
    description: dataset.description,
    schema: release.schemaUrl,
    asOf: release.asOf,
    depositaryStatusAsAt: release.depositaryStatusAsAt,
    generatedFrom: `Treaty Ledger content (src/content), merged and computed by the rules in src/lib; dataset "${dataset.name}"`,
    licence: { ...dataset.licence, note: dataset.licenceNote },
    count: rows.length,
  };
  const headText = JSON.stringify(head, null, 2).slice(0, -2); // drop the closing "\n}"
  const body = rows.map((row) => `    ${JSON.stringify(row)}`).join(',\n');
  return `${headText},\n  "rows": [${rows.length ? `\n${body}\n  ` : ''}]\n}\n`;
}

type Schema = Record<string, unknown>;

function valueSchema(type: ColumnType): Schema {
  switch (type.kind) {
    case 'text':
      return { type: 'string' };
    case 'id':
      return { type: 'string', pattern: ID_PATTERN.source };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'partial-date':
      return { type: 'string', pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' };
    case 'integer':
      return { type: 'integer', minimum: 0 };
    case 'boolean':
      return { type: 'boolean' };
    case 'url':
      return { type: 'string', format: 'uri', pattern: '^https?://' };
    case 'enum':
      return { enum: [...type.values] };
    case 'list':
      return { type: 'array', items: valueSchema(type.item) };
    case 'citations':
      return {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            source: { type: 'string', pattern: ID_PATTERN.source, description: 'Id of a row in sources.json.' },
            locator: { type: ['string', 'null'], description: 'Where in the source (page, end note), or null.' },
          },
          required: ['source', 'locator'],
          additionalProperties: false,
        },
      };
  }
}

/** A renamed or replaced column's note, for /data/ and the schema: "Called states_bound in earlier releases." */
export function formerlyNote(column: Pick<Column<unknown>, 'formerly'>): string | undefined {
  const f = column.formerly;
  if (!f) return undefined;
  return f.change === 'renamed'
    ? `Called ${f.name} in earlier releases (same values).`
    : `Replaces the column ${f.name} of earlier releases, which had other values.`;
}

function columnSchema(column: Column<unknown>): Schema {
  const schema = valueSchema(column.type);
  const description = [column.meaning, formerlyNote(column)].filter(Boolean).join(' ');
  const described = { description, ...schema };
  if (!column.optional) return described;
  if ('enum' in schema) return { ...described, enum: [...(schema['enum'] as unknown[]), null] };
  return { description, anyOf: [schema, { type: 'null' }] };
}

/** The JSON Schema (draft 2020-12) of a dataset's JSON file, envelope and rows. */
export function toJsonSchema<R>(dataset: Dataset<R>, schemaUrl: string): Schema {
  const columns = dataset.columns as Column<unknown>[];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: `Treaty Ledger: ${dataset.title}`,
    description: dataset.description,
    type: 'object',
    properties: {
      dataset: { const: dataset.name },
      title: { type: 'string' },
      description: { type: 'string' },
      schema: { const: schemaUrl },
      asOf: { type: 'string', format: 'date', description: 'The date statuses, counts and flags are computed for.' },
      depositaryStatusAsAt: {
        type: 'array',
        items: { type: 'string', format: 'date' },
        description: 'The "status as at" dates of the depositary pages the participation data was read from.',
      },
      generatedFrom: { type: 'string' },
      licence: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          url: { type: 'string', format: 'uri' },
          note: { type: 'string' },
        },
        required: ['id', 'name', 'url', 'note'],
        additionalProperties: false,
      },
      count: { type: 'integer', minimum: 0, description: 'The number of rows.' },
      rows: {
        type: 'array',
        items: {
          type: 'object',
          properties: Object.fromEntries(columns.map((c) => [c.name, columnSchema(c)])),
          required: columns.map((c) => c.name),
          additionalProperties: false,
        },
      },
    },
    required: [
      'dataset',
      'title',
      'description',
      'schema',
      'asOf',
      'depositaryStatusAsAt',
      'generatedFrom',
      'licence',
      'count',
      'rows',
    ],
    additionalProperties: false,
  };
}

/** The type in words, for the column table on /data/. */
export function describeType(type: ColumnType): string {
  switch (type.kind) {
    case 'text':
      return 'text';
    case 'id':
      return `id (${type.of})`;
    case 'date':
      return 'date, YYYY-MM-DD';
    case 'partial-date':
      return 'date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD';
    case 'integer':
      return 'whole number';
    case 'boolean':
      return 'true or false';
    case 'url':
      return 'URL';
    case 'enum':
      return `one of: ${type.values.join(', ')}`;
    case 'list':
      return `list of ${describeType(type.item)}`;
    case 'citations':
      return 'list of sources: id, or id (locator)';
  }
}
