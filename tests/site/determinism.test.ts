/**
 * Gate: two builds of the same commit with the same AS_OF are byte-identical, so CDN caches and
 * reviews see only real changes. Builds the root configuration a second time into its own folder
 * and compares a checksum of every file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILDS_DIR, runBuild, SITE_BUILDS } from '../../scripts/lib/build.ts';
import { buildDir, listFiles } from '../support/site.ts';

function checksums(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

describe('deterministic builds', () => {
  const outDir = join(BUILDS_DIR, 'root-again', 'dist');
  afterAll(() => rmSync(join(BUILDS_DIR, 'root-again'), { recursive: true, force: true }));

  it('a second build with the same AS_OF is byte-identical', async () => {
    // Always a build of its own (runBuild, never reuseOrBuild): the point is to build again.
    const result = await runBuild({ ...SITE_BUILDS.root, name: 'root-again', outDir });
    expect(result.code, result.stderr).toBe(0);
    const first = checksums(buildDir('root'));
    const second = checksums(outDir);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    const differing = Object.keys(first).filter((f) => first[f] !== second[f]);
    expect(differing).toEqual([]);
  });
});
