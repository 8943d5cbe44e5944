import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBareProject } from './bare.ts';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'ledger-bare-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const generate = (name: string, flags?: boolean) => {
  const dir = join(work, name);
  generateBareProject({ dir, repoRoot: ROOT, pages: 3, corpusDir: join(work, 'no-corpus'), claims: 0, flags });
  return dir;
};

interface LoadedConfig {
  build: { format: string; concurrency: number };
  experimental?: { incrementalBuild?: boolean; parallelPrerender?: { workers: number } };
}

/** The generated config as Astro reads it, with these build settings in the environment. */
async function configOf(dir: string, env: Record<string, string>): Promise<LoadedConfig> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const url = `${pathToFileURL(join(dir, 'astro.config.mjs')).href}?${new URLSearchParams(env).toString()}`;
    return ((await import(/* @vite-ignore */ url)) as { default: LoadedConfig }).default;
  } finally {
    for (const key of Object.keys(env)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

describe('generateBareProject', () => {
  it("the default baseline: Astro's default config but the build.concurrency it is given, no cacheKey", async () => {
    const dir = generate('plain');
    expect(readdirSync(join(dir, 'src/content/pages'))).toHaveLength(3);
    expect(await configOf(dir, {})).toMatchObject({ build: { format: 'directory', concurrency: 1 } });
    const config = await configOf(dir, { BUILD_CONCURRENCY: '4', BUILD_WORKERS: '2' });
    expect(config.build.concurrency).toBe(4);
    expect(config.experimental).toBeUndefined();
    expect(readFileSync(join(dir, 'src/pages/[id].astro'), 'utf8')).not.toContain('cacheKey');
  });

  it("the flagged baseline: the site's incrementalBuild, parallelPrerender from BUILD_WORKERS (off at 0), and a cacheKey on every page", async () => {
    const dir = generate('flags', true);
    expect(await configOf(dir, {})).toMatchObject({
      build: { concurrency: 1 },
      experimental: { incrementalBuild: true },
    });
    expect((await configOf(dir, { BUILD_WORKERS: '0' })).experimental).toEqual({ incrementalBuild: true });
    expect(await configOf(dir, { BUILD_WORKERS: '2', BUILD_CONCURRENCY: '3' })).toMatchObject({
      build: { concurrency: 3 },
      experimental: { incrementalBuild: true, parallelPrerender: { workers: 2 } },
    });
    expect(readFileSync(join(dir, 'src/pages/[id].astro'), 'utf8')).toMatch(
      /return pages\.map\(\(entry\) => \(\{ params: \{ id: entry\.id \}, props: \{ entry \}, cacheKey: createHash\('sha256'\)/,
    );
  });
});
