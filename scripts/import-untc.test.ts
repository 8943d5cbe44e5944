/**
 * The UNTC import: the committed participation files say exactly what the CSV says (read back and
 * compared row by row), a re-run changes nothing and never touches src/content/events/, and a row
 * the import cannot place stops it with the CSV line instead of being dropped.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseContentFile } from '../src/lib/check/content-files.ts';
import { participationSchema, type Participation } from '../src/schemas/participation.ts';
import {
  buildParticipation,
  COLUMNS,
  CSV_PATH,
  HEADER,
  ImportError,
  readCountryCodes,
  readCsv,
  ROOT,
  runImport,
  sourceIdFor,
  TREATIES,
  type CsvRow,
  type TreatyCode,
} from './import-untc.ts';

const csvText = readFileSync(join(ROOT, CSV_PATH), 'utf8');
const { rows } = readCsv(csvText, CSV_PATH);
const contentDir = join(ROOT, 'src', 'content');
const countries = new Map(readCountryCodes(contentDir).map((c) => [c.id, c]));

function readParticipation(treaty: string): { text: string; data: Participation } {
  const path = `src/content/participation/${treaty}.yaml`;
  const text = readFileSync(join(ROOT, path), 'utf8');
  const { file } = parseContentFile('participation', path, text);
  if (!file) throw new Error(`cannot read ${path}`);
  // Through the schema, exactly as the site reads it (defaults filled in).
  return { text, data: participationSchema.parse(file.data) };
}

describe('the committed participation files, read back against the CSV', () => {
  const files = new Map(Object.values(TREATIES).map((t) => [t.id, readParticipation(t.id)]));

  it('has every CSV row once, and nothing else', () => {
    expect(rows).toHaveLength(1139);
    const total = [...files.values()].reduce((n, f) => n + f.data.participants.length, 0);
    expect(total).toBe(rows.length);
    for (const code of Object.keys(TREATIES) as TreatyCode[]) {
      const { data } = files.get(TREATIES[code].id)!;
      expect(data.participants.map((p) => p.untcName).sort(), code).toEqual(
        rows
          .filter((r) => r.treaty === code)
          .map((r) => r.participant_untc)
          .sort(),
      );
    }
  });

  it('keeps every column of every row unchanged', () => {
    for (const row of rows) {
      const treaty = TREATIES[row.treaty as TreatyCode];
      const { data } = files.get(treaty.id)!;
      const where = `${row.treaty} ${row.participant_untc}`;
      const [dd, mm, yyyy] = row.untc_status_as_at.split('-');
      expect(data.statusAsAt, where).toBe(`${yyyy}-${mm}-${dd}`);
      expect(data.source, where).toBe(sourceIdFor(row.mtdsg_no));
      const p = data.participants.find((x) => x.untcName === row.participant_untc);
      expect(p, where).toBeDefined();
      if (!p) continue;
      const country = countries.get(p.country);
      expect([country?.iso2, country?.iso3, country?.isoNumeric], where).toEqual([row.iso2, row.iso3, row.iso_numeric]);
      expect(p.signature ?? '', where).toBe(row.signature_date);
      expect(p.provisionalApplication ?? '', where).toBe(row.provisional_application_date);
      expect(p.consent?.date ?? '', where).toBe(row.consent_date);
      expect(p.consent?.type ?? '', where).toBe(row.consent_type);
      expect(p.withdrawal?.deposited ?? '', where).toBe(row.withdrawal_deposit_date);
      expect(p.withdrawal?.effective ?? '', where).toBe(row.withdrawal_effective_date);
      const cn = p.withdrawal?.notification
        ? `${p.withdrawal.notification.cn} (${p.withdrawal.notification.date})`
        : '';
      expect(cn, where).toBe(row.withdrawal_cn);
      expect(p.untcNotes.join(';'), where).toBe(row.note_refs);
      // Brackets on the page mean the withdrawal had taken effect by the page's date.
      const tookEffect = p.withdrawal?.effective !== undefined && p.withdrawal.effective <= data.statusAsAt;
      expect(tookEffect ? 'yes' : '', where).toBe(row.bracketed_withdrawn);
    }
  });

  it('records the six withdrawals the depositary lists, with their C.N. numbers', () => {
    const withdrawals = [...files.values()].flatMap(({ data }) =>
      data.participants
        .filter((p) => p.withdrawal)
        .map((p) => `${data.treaty}:${p.country}:${p.withdrawal?.notification?.cn}`),
    );
    expect(withdrawals.sort()).toEqual([
      'convention-on-cluster-munitions:lithuania:C.N.347.2024.TREATIES-XXVI-6',
      'ottawa-convention:estonia:C.N.360.2025.TREATIES-XXVI-5',
      'ottawa-convention:finland:C.N.372.2025.TREATIES-XXVI-5',
      'ottawa-convention:latvia:C.N.361.2025.TREATIES-XXVI-5',
      'ottawa-convention:lithuania:C.N.362.2025.TREATIES-XXVI-5',
      'ottawa-convention:poland:C.N.421.2025.TREATIES-XXVI-5',
    ]);
  });

  it('keeps the generated-file header and a stable order (by country id)', () => {
    for (const { text, data } of files.values()) {
      expect(text.startsWith(HEADER(CSV_PATH))).toBe(true);
      const ids = data.participants.map((p) => p.country);
      expect(ids).toEqual([...ids].sort());
    }
  });

  it('is what the import produces from the CSV today', () => {
    expect(runImport(ROOT, { dryRun: true }).files.filter((f) => f.changed)).toEqual([]);
  });
});

describe('running the import', () => {
  const temp = mkdtempSync(join(tmpdir(), 'ledger-import-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  const snapshot = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir)
        .sort()
        .map((name) => [
          name,
          { text: readFileSync(join(dir, name), 'utf8'), mtime: statSync(join(dir, name)).mtimeMs },
        ]),
    );

  it('twice gives byte-identical files, rewrites nothing the second time and leaves events/ alone', () => {
    mkdirSync(join(temp, 'data', 'untc'), { recursive: true });
    cpSync(join(ROOT, CSV_PATH), join(temp, CSV_PATH));
    const content = join(temp, 'content');
    for (const folder of ['countries', 'events'])
      cpSync(join(contentDir, folder), join(content, folder), { recursive: true });
    mkdirSync(join(content, 'participation'));
    const eventsBefore = snapshot(join(content, 'events'));

    const first = runImport(temp, { contentDir: content });
    expect(first.files).toHaveLength(8);
    expect(first.files.every((f) => f.changed)).toBe(true);
    const afterFirst = snapshot(join(content, 'participation'));

    const second = runImport(temp, { contentDir: content });
    expect(second.files.every((f) => !f.changed)).toBe(true);
    expect(snapshot(join(content, 'participation'))).toEqual(afterFirst);
    expect(snapshot(join(content, 'events'))).toEqual(eventsBefore);

    // And the result is exactly what is committed.
    for (const [name, { text }] of Object.entries(afterFirst)) {
      expect(text, name).toBe(readFileSync(join(contentDir, 'participation', name), 'utf8'));
    }
  });
});

describe('rows the import refuses', () => {
  const codes = [...countries.values()];
  const good = rows.find((r) => r.treaty === 'APMBC' && r.participant_untc === 'Poland')!;
  const attempt = (edit: Partial<CsvRow>, extra: CsvRow[] = []) => {
    try {
      buildParticipation([{ ...good, ...edit }, ...extra], [7, 8], codes, 'test.csv');
    } catch (error) {
      if (error instanceof ImportError) return error.problems;
      throw error;
    }
    return [];
  };

  it('accepts the row as it is', () => {
    expect(attempt({})).toEqual([]);
  });

  it('reports a participant without ISO codes by line, never dropping it silently', () => {
    const problems = attempt({ iso2: '', iso3: '', iso_numeric: '', participant_untc: 'Somewhere' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 7 });
    expect(problems[0]?.message).toContain('"Somewhere" has no ISO 3166-1 code');
  });

  it('reports codes that no country file carries, or that disagree with it', () => {
    expect(attempt({ iso3: 'XKX' })[0]?.message).toContain('no country file has iso3 XKX');
    expect(attempt({ iso_numeric: '617' })[0]?.message).toContain('disagree with poland');
  });

  it('reports impossible dates, half a consent, and a withdrawal without its notification', () => {
    expect(attempt({ signature_date: '1997-02-30' })[0]?.message).toContain(
      'signature_date "1997-02-30" is not a real date',
    );
    expect(attempt({ consent_type: '' })[0]?.message).toContain('consent date and consent type go together');
    expect(attempt({ withdrawal_cn: '' })[0]?.message).toContain(
      'needs its deposit date, effective date and C.N. number',
    );
  });

  it('reports brackets that do not match the withdrawal dates, and duplicates', () => {
    expect(attempt({ bracketed_withdrawn: 'yes' })[0]?.message).toContain(
      'bracketed_withdrawn "yes" but the withdrawal takes effect 2026-02-20',
    );
    expect(attempt({}, [good]).map((p) => p.message)).toEqual([
      expect.stringContaining('appears twice in APMBC (also line 7)'),
    ]);
  });

  it('reports a UNTC number that belongs to another treaty', () => {
    expect(attempt({ mtdsg_no: 'XXVI-6' })[0]?.message).toContain('UNTC number XXVI-6 does not belong to APMBC');
  });

  it('refuses a CSV whose columns are not the documented ones', () => {
    const text = csvText.replace('note_refs', 'notes');
    expect(() => readCsv(text, 'x.csv')).toThrow(/unexpected header/);
    expect(COLUMNS).toHaveLength(16);
  });

  it('writes nothing when a row is refused', () => {
    const temp = mkdtempSync(join(tmpdir(), 'ledger-import-bad-'));
    try {
      mkdirSync(join(temp, 'data', 'untc'), { recursive: true });
      writeFileSync(join(temp, CSV_PATH), csvText.replace('Afghanistan,AF,AFG,004', 'Afghanistan,,,'));
      const content = join(temp, 'content');
      cpSync(join(contentDir, 'countries'), join(content, 'countries'), { recursive: true });
      mkdirSync(join(content, 'participation'));
      expect(() => runImport(temp, { contentDir: content })).toThrow(
        /line 2: APMBC "Afghanistan" has no ISO 3166-1 code/,
      );
      expect(readdirSync(join(content, 'participation'))).toEqual([]);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
