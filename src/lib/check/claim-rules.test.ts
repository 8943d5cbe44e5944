/**
 * Issue 20's rules in the integrity check, each proved on a copy of the valid fixture content with
 * one thing broken: "not-rated" only for opinions and recommendations (and they are never accurate
 * or false), a source's standing is required, weak sources alone never make a claim accurate, and
 * a claim is never reviewed before it was made.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from './integrity.ts';
import { formatReport, type Problem } from './problems.ts';

const FIXTURE = join(import.meta.dirname, '../../../tests/fixtures/content');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The fixture content with each [file, from, to] replacement made; the check's problems. */
function check(...edits: [path: string, from: string | RegExp, to: string][]): Problem[] {
  const root = mkdtempSync(join(tmpdir(), 'ledger-claim-rules-'));
  dirs.push(root);
  cpSync(FIXTURE, join(root, 'src/content'), { recursive: true });
  for (const [path, from, to] of edits) {
    const abs = join(root, 'src/content', path);
    const before = readFileSync(abs, 'utf8');
    const after = before.replace(from, to);
    if (after === before) throw new Error(`fixture edit did nothing: ${String(from)} in ${path}`);
    writeFileSync(abs, after);
  }
  return checkProject(root).problems;
}

const CLAIM = 'claims/four-states-announce-ottawa-exit.md';
const only = (problems: Problem[]) => {
  expect(problems, formatReport(problems)).toHaveLength(1);
  return problems[0]!;
};

describe('"not rated" is the verdict of opinions and recommendations, and only theirs', () => {
  it.each(['fact', 'forecast', 'intention'])('refuses "not-rated" for a claim of kind %s', (kind) => {
    const kindEdit: [string, string, string][] =
      kind === 'intention' ? [] : [[CLAIM, 'kind: intention', `kind: ${kind}`]];
    const p = only(check(...kindEdit, [CLAIM, 'rating: accurate', 'rating: not-rated']));
    expect(p).toMatchObject({ file: `src/content/${CLAIM}`, field: 'verdict.rating', line: 18 });
    expect(p.message).toBe(
      `a claim of kind "${kind}" cannot be "not-rated": only opinions and recommendations are left unrated`,
    );
    expect(p.hint).toMatch(/set kind: opinion or recommendation/);
  });

  it.each(['opinion', 'recommendation'])('accepts "not-rated" with its reason for a claim of kind %s', (kind) => {
    expect(
      check([CLAIM, 'kind: intention', `kind: ${kind}`], [CLAIM, 'rating: accurate', 'rating: not-rated']),
    ).toEqual([]);
  });

  it.each([
    ['opinion', 'accurate', 'an opinion cannot be rated "accurate"'],
    ['recommendation', 'false', 'a recommendation cannot be rated "false"'],
  ])('refuses a claim of kind %s rated %s', (kind, rating, message) => {
    const edits: [string, string, string][] = [[CLAIM, 'kind: intention', `kind: ${kind}`]];
    if (rating !== 'accurate') edits.push([CLAIM, 'rating: accurate', `rating: "${rating}"`]);
    const p = only(check(...edits));
    expect(p.field).toBe('verdict.rating');
    expect(p.message).toMatch(message);
    expect(p.hint).toMatch(/set rating: not-rated/);
  });
});

describe('source standing', () => {
  it('is required, with guidance on each value', () => {
    const p = only(check(['sources/reuters-2025-03-18.md', 'standing: established-outlet\n', '']));
    expect(p).toMatchObject({ file: 'src/content/sources/reuters-2025-03-18.md', field: 'standing' });
    expect(`${p.message} ${p.hint}`).toMatch(/depositary-record/);
  });

  it('refuses a value outside the list', () => {
    const p = only(check(['sources/reuters-2025-03-18.md', 'standing: established-outlet', 'standing: reliable']));
    expect(p.field).toBe('standing');
  });

  it('never lets weak sources alone make a claim accurate', () => {
    const p = only(
      check(
        ['sources/reuters-2025-03-18.md', 'standing: established-outlet', 'standing: aggregator'],
        ['sources/untc-xxvi-5.md', 'standing: depositary-record', 'standing: unofficial-copy'],
      ),
    );
    expect(p).toMatchObject({ file: `src/content/${CLAIM}`, field: 'verdict.rating', line: 18 });
    expect(p.message).toBe(
      'rated "accurate" on weak sources only (reuters-2025-03-18: aggregator, untc-xxvi-5: unofficial-copy)',
    );
    expect(p.hint).toMatch(/cite the record that confirms it .* or rate it "unverified"/);
  });

  it('accepts a weak source beside one that confirms the claim, and a weak-only claim left unverified', () => {
    expect(
      check(['sources/reuters-2025-03-18.md', 'standing: established-outlet', 'standing: state-controlled']),
    ).toEqual([]);
    expect(
      check(
        ['sources/reuters-2025-03-18.md', 'standing: established-outlet', 'standing: partisan'],
        ['sources/untc-xxvi-5.md', 'standing: depositary-record', 'standing: aggregator'],
        [CLAIM, 'rating: accurate', 'rating: unverified'],
      ),
    ).toEqual([]);
  });
});

describe('reviewed is never before made', () => {
  it('refuses a review before the claim was made', () => {
    const p = only(check([CLAIM, 'rank: preferred', 'rank: preferred\nreviewed: "2025-03-17"']));
    expect(p).toMatchObject({ file: `src/content/${CLAIM}`, field: 'reviewed' });
    expect(p.message).toBe('reviewed on 17 March 2025, before the claim was made (18 March 2025)');
  });

  it('accepts a review on the day, and within the month of a claim dated to the month', () => {
    expect(check([CLAIM, 'rank: preferred', 'rank: preferred\nreviewed: "2025-03-18"'])).toEqual([]);
    expect(
      check(
        [CLAIM, 'made: "2025-03-18"', 'made: "2025-03"'],
        [CLAIM, 'rank: preferred', 'rank: preferred\nreviewed: "2025-03-01"'],
      ),
    ).toEqual([]);
  });
});
