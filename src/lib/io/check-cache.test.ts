import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSummary as summary, problemCorpus } from '../../../tests/support/problem-corpus.ts';
import { forgetHandoffs, snapshot } from '../core/handoff.ts';
import { readContentTree } from '../check/content-files.ts';
import { checkTree } from '../check/integrity.ts';
import { prepareWithCache } from './check-cache.ts';

const { root, content, edit, remove } = problemCorpus('check-cache', 60, 4);
const cacheDir = join(root, 'cache');
afterAll(remove);

const options = { cacheDir, renderBase: '/ledger/', version: 'v1' };
/** A check with nothing handed over: the cold result. */
const cold = () => {
  forgetHandoffs();
  return summary(checkTree(readContentTree(root, content), { renderBase: '/ledger/' }));
};
/** A check after the cache handed over what it has. */
const cached = async (version = 'v1') => {
  forgetHandoffs();
  const use = await prepareWithCache(root, content, { ...options, version });
  return { use, result: summary(checkTree(readContentTree(root, content), { renderBase: '/ledger/' })) };
};

describe('the incremental integrity check', () => {
  it(
    'reports exactly the problems of a cold run: first with an empty cache, then from it, then after an edit',
    { timeout: 120_000 },
    async () => {
      const before = cold();
      expect(before.problems.length).toBeGreaterThanOrEqual(5);

      const first = await cached();
      expect(first.use.reused).toBe(0);
      expect(first.use.parsed).toBe(first.use.files);
      expect(first.result).toEqual(before);

      const second = await cached();
      expect(second.use).toMatchObject({ reused: second.use.files, parsed: 0 });
      expect(second.result).toEqual(before);
      // The check took the cached work: nothing it would parse is left over.
      expect(snapshot(['prepared-scan'])['prepared-scan']?.length ?? 0).toBeLessThan(5);

      // One edit that cures a cross-file problem in another file, one that makes a new one.
      edit('briefings/bench-briefing-0003.mdx', (t) => t.replace('<Claim id="bench-claim-999999" />', ''));
      edit('claims/bench-claim-000020.md', (t) => t.replace(/countries: \[/, 'countries: [atlantis, '));
      const after = cold();
      expect(after.problems).not.toEqual(before.problems);
      const third = await cached();
      expect(third.use).toMatchObject({ reused: third.use.files - 2, parsed: 2 });
      expect(third.result).toEqual(after);
    },
  );

  it('throws the cache away when the code that parses changes', { timeout: 60_000 }, async () => {
    const other = await cached('v2');
    expect(other.use.reused).toBe(0);
    expect(other.result).toEqual(cold());
  });
});
