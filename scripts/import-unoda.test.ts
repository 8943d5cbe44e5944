/**
 * The UNODA import: every CSV row becomes one deposit in a generated file and comes back from it
 * unchanged (CSV row → file → row), the committed files are what the import writes (`--check`),
 * a re-run changes nothing and never touches src/content/events/, and a row the import cannot place
 * stops it with its CSV line instead of being dropped.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseContentFile } from '../src/lib/check/content-files.ts';
import { participationSchema } from '../src/schemas/participation.ts';
import { readCountryCodes } from './import-untc.ts';
import {
  buildParticipation,
  COLUMNS,
  COUNTS_PATH,
  CSV_PATH,
  DISAGREEMENTS_PATH,
  HEADER,
  ImportError,
  readAsAt,
  readCsv,
  readDisagreements,
  renderParticipation,
  ROOT,
  runImport,
  toCsvRows,
  TREATIES,
  type CsvRow,
  type ParticipationFile,
} from './import-unoda.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const { rows, lines } = readCsv(read(CSV_PATH), CSV_PATH);
const asAt = readAsAt(read(COUNTS_PATH), COUNTS_PATH);
const disagreements = readDisagreements(read(DISAGREEMENTS_PATH), DISAGREEMENTS_PATH);
const contentDir = join(ROOT, 'src', 'content');
const countries = readCountryCodes(contentDir);
const built = buildParticipation(rows, lines, countries, asAt, disagreements, CSV_PATH);

const key = (r: CsvRow) => COLUMNS.map((c) => r[c]).join('\u0001');
const sortedKeys = (list: CsvRow[]) => list.map(key).sort();

describe('the extract', () => {
  it('has 3,142 rows in 13 treaties, each with an as_at date', () => {
    expect(rows).toHaveLength(3142);
    expect(new Set(rows.map((r) => r.treaty_code)).size).toBe(13);
    for (const code of Object.keys(TREATIES)) expect(asAt.get(code), code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reads the consent disagreements (date or kind), not the rows one source merely lacks', () => {
    expect([...disagreements].sort()).toEqual([
      'OPENSKIES:CZ',
      'OPENSKIES:LV',
      'OPENSKIES:SI',
      'OPENSKIES:SK',
      'OST:CU',
    ]);
  });
});

describe('round trip: CSV row → file → row', () => {
  it('gives back every row exactly once, every column unchanged', () => {
    expect(sortedKeys(toCsvRows(built, countries))).toEqual(sortedKeys(rows));
  });

  it('does so from the committed files too, read as the site reads them', () => {
    const files = Object.values(TREATIES).map((id) => {
      const path = `src/content/participation/${id}.yaml`;
      const text = read(path);
      expect(text.startsWith(HEADER(CSV_PATH)), path).toBe(true);
      const { file } = parseContentFile('participation', path, text);
      return participationSchema.parse(file?.data) as unknown as ParticipationFile;
    });
    expect(sortedKeys(toCsvRows(files, countries))).toEqual(sortedKeys(rows));
  });

  it('keeps former states apart: Czechoslovakia’s four deposits, never a participant', () => {
    const former = built.flatMap((f) => (f.formerStates ?? []).map((s) => ({ treaty: f.treaty, ...s })));
    expect(former.map((s) => [s.treaty, s.name, s.code, s.successors.join('+'), s.deposits.length])).toEqual([
      ['cfe-treaty', 'Czechoslovakia', 'CSHH', 'czechia+slovakia', 2],
      ['open-skies-treaty', 'Czechoslovakia', 'CSHH', 'czechia+slovakia', 2],
    ]);
  });

  it('sorts participants by country id and keeps each deposit’s depositary, or none where the source names none', () => {
    for (const f of built) {
      const ids = f.participants.map((p) => p.country);
      expect(ids, f.treaty).toEqual([...ids].sort());
    }
    const palestine = built
      .find((f) => f.treaty === 'npt')
      ?.participants.find((p) => p.country === 'state-of-palestine');
    expect(palestine?.deposits.map((d) => `${d.date} ${d.depositary ?? '-'}`)).toEqual([
      '2015-02-10 Moscow',
      '2015-02-12 London',
    ]);
    const bwcNiue = built.find((f) => f.treaty === 'bwc')?.participants.find((p) => p.country === 'niue');
    expect(bwcNiue?.deposits[0]).toMatchObject({ source: 'survivalscores-2026-08-22' });
    expect(bwcNiue?.deposits[0]?.depositary).toBeUndefined();
  });
});

describe('--check and re-runs', () => {
  const temp = mkdtempSync(join(tmpdir(), 'ledger-import-unoda-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('the committed files are what the import writes today', () => {
    expect(runImport(ROOT, { dryRun: true }).files.filter((f) => f.changed)).toEqual([]);
  });

  it('writes byte-identical files twice, reports a hand edit in --check mode, and leaves events/ alone', () => {
    mkdirSync(join(temp, 'data', 'unoda'), { recursive: true });
    for (const path of [CSV_PATH, COUNTS_PATH, DISAGREEMENTS_PATH]) cpSync(join(ROOT, path), join(temp, path));
    const content = join(temp, 'content');
    for (const folder of ['countries', 'events'])
      cpSync(join(contentDir, folder), join(content, folder), { recursive: true });
    mkdirSync(join(content, 'participation'));
    const events = () =>
      readdirSync(join(content, 'events')).map((n) => readFileSync(join(content, 'events', n), 'utf8'));
    const eventsBefore = events();

    const first = runImport(temp, { contentDir: content });
    expect(first.files).toHaveLength(13);
    expect(first.files.every((f) => f.changed)).toBe(true);
    expect(runImport(temp, { contentDir: content }).files.every((f) => !f.changed)).toBe(true);
    expect(events()).toEqual(eventsBefore);

    const npt = join(content, 'participation', 'npt.yaml');
    writeFileSync(npt, readFileSync(npt, 'utf8').replace('date: "1970-02-04"', 'date: "1970-02-05"'));
    const check = runImport(temp, { contentDir: content, dryRun: true });
    expect(check.files.filter((f) => f.changed).map((f) => f.path)).toEqual(['content/participation/npt.yaml']);
    expect(readFileSync(npt, 'utf8')).toContain('date: "1970-02-05"'); // --check writes nothing
  });

  it('renders the same bytes from the same data', () => {
    const npt = built.find((f) => f.treaty === 'npt')!;
    expect(renderParticipation(npt)).toBe(renderParticipation(structuredClone(npt)));
  });
});

describe('rows the import refuses', () => {
  const good = rows.find((r) => r.treaty_code === 'NPT' && r.state === 'Kazakhstan')!;
  const attempt = (edit: Partial<CsvRow>) => {
    try {
      buildParticipation([{ ...good, ...edit }], [7], countries, asAt, disagreements, 'test.csv');
    } catch (error) {
      if (error instanceof ImportError) return error.problems;
      throw error;
    }
    return [];
  };

  it('accepts the row as it is', () => {
    expect(attempt({})).toEqual([]);
  });

  it.each([
    [{ treaty_code: 'ABM' }, 'unknown treaty "ABM"'],
    [{ action: 'denunciation' }, 'unknown action "denunciation"'],
    [{ date: '1994-02-30' }, 'date "1994-02-30" is not a real date'],
    [{ date: '2027-01-01' }, "after the treaty's as_at date 2026-08-22"],
    [{ source: 'wikipedia' }, 'source "wikipedia" has no source file'],
    [{ iso2: '', iso3: '', state: 'German Democratic Republic' }, 'is not a known former state'],
    [{ iso3: 'XKX' }, 'no country file has iso3 XKX'],
    [{ iso2: 'KG' }, 'disagree with kazakhstan'],
  ])('%o → line 7: %s', (edit, message) => {
    const problems = attempt(edit);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 7 });
    expect(problems[0]?.message).toContain(message);
  });
});
