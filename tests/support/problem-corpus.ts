/**
 * A generated corpus with problems of every kind, for tests that compare the integrity check with
 * and without work handed over (prewarm threads, the check cache): a file's own problems (a
 * duplicate key, raw HTML, unreadable MDX) and problems across files (unknown ids).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { ROOT } from '../../scripts/lib/build.ts';
import type { CheckResult } from '../../src/lib/check/integrity.ts';

export interface ProblemCorpus {
  root: string;
  content: string;
  edit: (path: string, change: (text: string) => string) => void;
  remove: () => void;
}

export function problemCorpus(name: string, claims: number, briefings: number): ProblemCorpus {
  const root = mkdtempSync(join(tmpdir(), `ledger-${name}-`));
  const content = join(root, 'content');
  generateCorpus({ outDir: content, referenceDir: join(ROOT, 'tests/fixtures/content'), claims, briefings });
  const edit = (path: string, change: (text: string) => string) =>
    writeFileSync(join(content, path), change(readFileSync(join(content, path), 'utf8')));
  edit('claims/bench-claim-000010.md', (t) => t.replace('kind: ', 'kind: fact\nkind: '));
  edit('claims/bench-claim-000011.md', (t) => `${t}\nRaw <script>alert(1)</script> here.\n`);
  edit('claims/bench-claim-000012.md', (t) => t.replace(/countries: \[/, 'countries: [polnad, '));
  edit('briefings/bench-briefing-0002.mdx', (t) => `${t}\nAn {unclosed expression\n`);
  edit('briefings/bench-briefing-0003.mdx', (t) => `${t}\n<Claim id="bench-claim-999999" />\n`);
  return { root, content, edit, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** What a check run found, as plain data to compare: problems, entries with their scans (headings and words are read lazily), edges. */
export const checkSummary = (result: CheckResult) => ({
  problems: result.problems,
  entries: Object.fromEntries(
    Object.entries(result.corpus).map(([c, map]) => [
      c,
      [...map.values()].map((e) => ({
        id: e.id,
        data: e.data,
        body: e.file.body,
        scan: e.scan && { ...e.scan, headings: e.scan.headings, words: e.scan.words },
      })),
    ]),
  ),
  edges: result.edges,
});
