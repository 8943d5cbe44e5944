import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARD_PAGES,
  buildEnvWarnings,
  checkBuildEnv,
  formatBuildEnvProblems,
  parseBuildConcurrency,
  parseBuildWorkers,
  parseSearchShardPages,
} from './build-env.ts';

describe('checkBuildEnv', () => {
  it('accepts unset and well-formed settings', () => {
    expect(checkBuildEnv({})).toEqual([]);
    expect(checkBuildEnv({ AS_OF: '2026-02-03', CLAIMS_PER_PAGE: '50' })).toEqual([]);
  });

  it('reports every unusable setting at once, each with what to write', () => {
    const problems = checkBuildEnv({ AS_OF: '2025-02-30', CLAIMS_PER_PAGE: 'all' });
    expect(problems).toEqual([
      'AS_OF="2025-02-30" is not a real date written YYYY-MM-DD (for example AS_OF=2026-02-03).',
      'CLAIMS_PER_PAGE="all" is not a page size: write a whole number of 1 or more (for example CLAIMS_PER_PAGE=100), or leave it unset for 100.',
    ]);
    expect(formatBuildEnvProblems(problems)).toMatch(
      /^✖ AS_OF=.*\n✖ CLAIMS_PER_PAGE=.*\n\n2 problems in the build settings \(environment variables\): nothing was built\.$/,
    );
  });

  it('checks the deployment settings too, after AS_OF and CLAIMS_PER_PAGE, printing values escaped', () => {
    const problems = checkBuildEnv(
      { AS_OF: 'x', SITE_URL: 'javascript:alert(1)', BASE_PATH: '/a b/\n::add-mask::x' },
      '/project',
    );
    expect(problems.map((p) => p.split('=')[0])).toEqual(['AS_OF', 'SITE_URL', 'BASE_PATH']);
    const report = formatBuildEnvProblems(problems);
    expect(report.split('\n')).toHaveLength(5);
    expect(report).toContain('✖ BASE_PATH="/a b/<U+000A>::add-mask::x" ');
  });

  it('reads BUILD_WORKERS: unset, empty and 0 mean the main thread; 1 to 16 threads; anything else says what to write', () => {
    expect(parseBuildWorkers(undefined)).toBe(0);
    expect(parseBuildWorkers(' ')).toBe(0);
    expect(parseBuildWorkers('0')).toBe(0);
    expect(parseBuildWorkers('2')).toBe(2);
    expect(parseBuildWorkers('16')).toBe(16);
    for (const bad of ['-1', '1.5', 'two', '17'])
      expect(() => parseBuildWorkers(bad)).toThrow(`BUILD_WORKERS="${bad}" is not a number of rendering threads`);
    expect(checkBuildEnv({ BUILD_WORKERS: 'all' })).toEqual([
      'BUILD_WORKERS="all" is not a number of rendering threads: write a whole number from 0 (render on the main thread, the default) to 16, for example BUILD_WORKERS=2.',
    ]);
  });

  it("reads BUILD_CONCURRENCY: unset and empty mean Astro's 1; 1 to 64 pages at once; 0 or anything else says what to write", () => {
    expect(parseBuildConcurrency(undefined)).toBe(1);
    expect(parseBuildConcurrency('')).toBe(1);
    expect(parseBuildConcurrency('1')).toBe(1);
    expect(parseBuildConcurrency(' 4 ')).toBe(4);
    expect(parseBuildConcurrency('64')).toBe(64);
    for (const bad of ['0', '-2', '2.5', 'max', '65'])
      expect(() => parseBuildConcurrency(bad)).toThrow(
        `BUILD_CONCURRENCY="${bad}" is not a number of pages rendered at once`,
      );
    expect(checkBuildEnv({ BUILD_CONCURRENCY: '0' })).toEqual([
      'BUILD_CONCURRENCY="0" is not a number of pages rendered at once: write a whole number from 1 (one page at a time, Astro\'s default) to 64, for example BUILD_CONCURRENCY=2, or leave it unset.',
    ]);
  });

  it('reports a bad BUILD_WORKERS and BUILD_CONCURRENCY together, with the other settings', () => {
    const problems = checkBuildEnv({ AS_OF: 'today', BUILD_WORKERS: 'two', BUILD_CONCURRENCY: 'many' });
    expect(problems.map((p) => p.split('=')[0])).toEqual(['AS_OF', 'BUILD_WORKERS', 'BUILD_CONCURRENCY']);
    expect(formatBuildEnvProblems(problems)).toContain('3 problems in the build settings');
  });

  it('reads SEARCH_SHARD_PAGES: unset or empty means the default; a whole number of at least 1; anything else says what to write', () => {
    expect(parseSearchShardPages(undefined)).toBe(DEFAULT_SHARD_PAGES);
    expect(parseSearchShardPages(' ')).toBe(DEFAULT_SHARD_PAGES);
    expect(parseSearchShardPages('500')).toBe(500);
    for (const bad of ['0', '-3', '2.5', 'many'])
      expect(() => parseSearchShardPages(bad)).toThrow(`SEARCH_SHARD_PAGES="${bad}" is not a number of pages`);
    expect(checkBuildEnv({ SEARCH_SHARD_PAGES: 'x' })).toEqual([
      `SEARCH_SHARD_PAGES="x" is not a number of pages: write a whole number of at least 1 (claim or source pages per shard of the search index; default ${DEFAULT_SHARD_PAGES}), for example SEARCH_SHARD_PAGES=${DEFAULT_SHARD_PAGES}.`,
    ]);
  });
});

describe('buildEnvWarnings', () => {
  it('warns when a CI build (CI or GITHUB_ACTIONS) has no SITE_URL, naming the placeholder and the fix', () => {
    for (const env of [{ CI: 'true' }, { GITHUB_ACTIONS: 'true' }, { CI: '1', SITE_URL: ' ' }]) {
      const [warning, ...rest] = buildEnvWarnings(env);
      expect(rest).toEqual([]);
      expect(warning).toContain('SITE_URL is not set in this CI build');
      expect(warning).toContain('https://treaty-ledger.example.org');
      expect(warning).toContain('SITE_URL=https://example.org');
    }
  });

  it('stays quiet outside CI, when CI is "false", and when SITE_URL is set', () => {
    expect(buildEnvWarnings({})).toEqual([]);
    expect(buildEnvWarnings({ CI: 'false' })).toEqual([]);
    expect(buildEnvWarnings({ CI: 'true', SITE_URL: 'https://example.org' })).toEqual([]);
  });
});
