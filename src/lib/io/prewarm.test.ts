import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSummary as summary, problemCorpus } from '../../../tests/support/problem-corpus.ts';
import { forgetHandoffs, snapshot } from '../core/handoff.ts';
import { readContentTree, takeParsedContentFile, parseContentFile } from '../check/content-files.ts';
import { checkTree } from '../check/integrity.ts';
import { prerendered } from '../markdown/markdown.ts';
import { prewarmContent } from './prewarm.ts';

const { root, content, remove } = problemCorpus('prewarm', 300, 8);
afterAll(remove);

describe('prewarmContent', () => {
  forgetHandoffs();
  const alone = summary(checkTree(readContentTree(root, content), { renderBase: '/ledger/' }));

  it('leaves the check’s result exactly as without it, problems and all', async () => {
    forgetHandoffs();
    const used = await prewarmContent(root, content, { renderBase: '/ledger/', workers: 2, minFiles: 0 });
    expect(used.workers).toBe(2);
    expect(used.files).toBeGreaterThan(300);
    const ahead = () => snapshot(['prepared-scan'])['prepared-scan']?.length ?? 0;
    expect(ahead()).toBeGreaterThan(200);
    const prewarmed = summary(checkTree(readContentTree(root, content), { renderBase: '/ledger/' }));
    expect(prewarmed).toEqual(alone);
    expect(ahead()).toBeLessThan(5); // the check used the threads' work: only files it refused are left
    expect(alone.problems.map((p) => p.file.split('/').pop())).toEqual(
      expect.arrayContaining([
        'bench-claim-000010.md',
        'bench-claim-000011.md',
        'bench-claim-000012.md',
        'bench-briefing-0002.mdx',
        'bench-briefing-0003.mdx',
      ]),
    );
  });

  it('hands the loaders the same parse and the pages the rendered bodies', () => {
    const path = `${content.slice(root.length + 1)}/claims/bench-claim-000020.md`.split('\\').join('/');
    const text = readFileSync(join(content, 'claims/bench-claim-000020.md'), 'utf8');
    const taken = takeParsedContentFile('claims', path, text);
    const fresh = parseContentFile('claims', path, text);
    expect(taken.file?.data).toEqual(fresh.file?.data);
    expect(taken.file?.lineOf(['verdict', 'rating'])).toBe(fresh.file?.lineOf(['verdict', 'rating']));
    const linked = [...Array(30).keys()]
      .map(
        (i) =>
          parseContentFile(
            'claims',
            'x.md',
            readFileSync(join(content, `claims/bench-claim-${String(i + 1).padStart(6, '0')}.md`), 'utf8'),
          ).file?.body ?? '',
      )
      .find((b) => b.includes(']('));
    expect(linked && prerendered(linked, '/ledger/')).toContain('href="/ledger/');
    // Bodies without links are rendered on the threads too (the check alone leaves them to the page).
    const plain = [...Array(30).keys()]
      .map(
        (i) =>
          parseContentFile(
            'claims',
            'x.md',
            readFileSync(join(content, `claims/bench-claim-${String(i + 1).padStart(6, '0')}.md`), 'utf8'),
          ).file?.body ?? '',
      )
      .find((b) => !/[[<@]|:\/\/|www\./i.test(b));
    expect(plain && prerendered(plain, '/ledger/')).toMatch(/^<p>/);
  });

  it('does nothing for a small corpus', async () => {
    expect(await prewarmContent(root, content, { minFiles: 100_000 })).toEqual({ files: 0, workers: 0 });
  });
});
