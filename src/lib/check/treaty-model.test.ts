/**
 * The issue-19 rules of the integrity check, on the valid fixture plus one small treaty kept by a
 * government (a CFE-like withdrawal rule, several depositaries): each test breaks one thing.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from './integrity.ts';
import { formatReport } from './problems.ts';

const FIXTURE = join(import.meta.dirname, '../../../tests/fixtures/content');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const TREATY = `---
title: Treaty on Conventional Armed Forces in Europe
shortName: CFE Treaty
abbreviation: CFE
topics:
  - conventional-weapons
parties: multilateral
openedForSignature:
  date: "1990-11-19"
  place: Paris
entryIntoForce:
  date: "1992-11-09"
  condition: In force ten days after all signatories ratified.
depositaries:
  - name: Government of the Netherlands
    place: The Hague
rules:
  entryIntoForce:
    kind: unknown
    note: a closed treaty
  withdrawal:
    kind: at-least-days-before-named-date
    days: 150
    article: Art. XIX(2)
record:
  asAt: "2023-11-07"
  basis: the newest date in the data
sources:
  - source: untc-xxvi-5
summary: Limits conventional forces in Europe.
---
`;

const PARTICIPATION = (effective: string, consent = '1992-09-03') => `treaty: cfe-treaty
source: untc-xxvi-5
statusAsAt: "2023-11-07"
importedFrom: data/unoda/actions.csv
participants:
  - country: poland
    untcName: Poland
    signature: "1990-11-19"
    consent: { type: ratification, date: "${consent}", depositary: The Hague }
    withdrawal: { deposited: "2023-06-09", effective: "${effective}" }
    deposits:
      - { action: signature, date: "1990-11-19", depositary: The Hague, source: untc-xxvi-5 }
      - { action: ratification, date: "1992-09-03", depositary: The Hague, source: untc-xxvi-5 }
      - { action: withdrawal-notice, date: "2023-06-09", depositary: The Hague, source: untc-xxvi-5 }
      - { action: withdrawal-effective, date: "${effective}", depositary: The Hague, source: untc-xxvi-5 }
`;

function check(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'ledger-treaty-model-'));
  dirs.push(root);
  cpSync(FIXTURE, join(root, 'src/content'), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, 'src/content', path), text);
  return checkProject(root).problems;
}

describe('withdrawal on a date the state names (CFE Art. XIX(2))', () => {
  it('accepts notice on 9 Jun 2023 and withdrawal on 7 Nov 2023 (day 151)', () => {
    const problems = check({
      'treaties/cfe-treaty.md': TREATY,
      'participation/cfe-treaty.yaml': PARTICIPATION('2023-11-07'),
    });
    expect(problems, formatReport(problems)).toEqual([]);
  });

  it('rejects 5 Nov 2023 (day 149), with the file, the field and the earliest valid date', () => {
    const problems = check({
      'treaties/cfe-treaty.md': TREATY,
      'participation/cfe-treaty.yaml': PARTICIPATION('2023-11-05'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'src/content/participation/cfe-treaty.yaml',
      field: 'participants[0].withdrawal.effective',
    });
    expect(problems[0]?.message).toContain('149 days');
    expect(problems[0]?.message).toContain('2023-11-06');
  });
});

describe('generated files with deposits', () => {
  it('reports a consent date edited by hand (not the earliest deposit)', () => {
    const problems = check({
      'treaties/cfe-treaty.md': TREATY,
      'participation/cfe-treaty.yaml': PARTICIPATION('2023-11-07', '1992-09-04'),
    });
    expect(problems.map((p) => p.field)).toEqual(['participants[0].consent.date']);
    expect(problems[0]?.hint).toContain('npm run import:unoda');
  });

  it('reports a record date that differs from the imported file', () => {
    const problems = check({
      'treaties/cfe-treaty.md': TREATY.replace('asAt: "2023-11-07"', 'asAt: "2023-11-08"'),
      'participation/cfe-treaty.yaml': PARTICIPATION('2023-11-07'),
    });
    expect(problems.map((p) => p.field)).toEqual(['record.asAt']);
  });
});

describe('treaty life and curated notices', () => {
  it('reports an end before entry into force', () => {
    const ended = TREATY.replace(
      'depositaries:',
      'end:\n  kind: terminated\n  date: "1991-01-01"\n  lastDayInForce: false\n  how: test\n  sources:\n    - source: untc-xxvi-5\ndepositaries:',
    );
    const problems = check({
      'treaties/cfe-treaty.md': ended,
      'participation/cfe-treaty.yaml': PARTICIPATION('2023-11-07'),
    });
    expect(problems.map((p) => p.field)).toEqual(['end.date']);
  });

  it('refuses a curated notice where the depositary record holds the withdrawal, or where nobody consented', () => {
    const events = `events:
  - id: poland-cfe-notice
    treaty: cfe-treaty
    country: poland
    type: withdrawal-notice
    date: "2023-06-09"
    title: Notice
    sources: [{ source: untc-xxvi-5 }]
  - id: estonia-cfe-notice
    treaty: cfe-treaty
    country: estonia
    type: withdrawal-notice
    date: "2023-06-09"
    title: Notice
    sources: [{ source: untc-xxvi-5 }]
`;
    const problems = check({
      'treaties/cfe-treaty.md': TREATY,
      'participation/cfe-treaty.yaml': PARTICIPATION('2023-11-07'),
      'events/cfe.yaml': events,
    });
    expect(problems.map((p) => p.message)).toEqual([
      "the depositary record already holds poland's withdrawal from cfe-treaty",
      'estonia has no consent to cfe-treaty to withdraw from',
    ]);
  });
});
