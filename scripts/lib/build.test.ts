/**
 * Reuse or build: a build is reused only while its fingerprint (settings, sources, content) is the
 * one it was made with. No site is built here: the fingerprint is compared, and a finished build
 * is faked with its index.html and stamp.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFingerprint, reuseOrBuild, ROOT, type BuildRequest } from './build.ts';

const temp = mkdtempSync(join(tmpdir(), 'ledger-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('buildFingerprint', () => {
  const base: BuildRequest = { name: 'fingerprint', base: '/' };

  it('is the same for the same configuration and sources', () => {
    expect(buildFingerprint(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(buildFingerprint({ ...base })).toBe(buildFingerprint(base));
  });

  it('changes with the base path, the date, a build variable or the content folder', () => {
    const plain = buildFingerprint(base);
    expect(buildFingerprint({ ...base, base: '/ledger/' })).not.toBe(plain);
    expect(buildFingerprint({ ...base, asOf: '2025-01-01' })).not.toBe(plain);
    expect(buildFingerprint({ ...base, env: { CLAIMS_PER_PAGE: '2' } })).not.toBe(plain);
    expect(buildFingerprint({ ...base, contentDir: join(ROOT, 'tests/fixtures/content') })).not.toBe(plain);
  });

  it('changes when a file of the content folder changes', () => {
    const content = join(temp, 'content');
    cpSync(join(ROOT, 'tests/fixtures/content'), content, { recursive: true });
    const config = { ...base, contentDir: content };
    const before = buildFingerprint(config);
    const claim = join(content, 'claims/four-states-announce-ottawa-exit.md');
    writeFileSync(claim, `${readFileSync(claim, 'utf8')}\nOne more line.\n`);
    expect(before).toBeDefined();
    expect(buildFingerprint(config)).not.toBe(before);
  });
});

describe('reuseOrBuild', () => {
  it('reuses a finished build whose stamp holds the current fingerprint, without building', async () => {
    const outDir = join(temp, 'reused/dist');
    const config: BuildRequest = { name: 'reuse-test', base: '/', outDir };
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), '<!doctype html>');
    const written = statSync(join(outDir, 'index.html')).mtimeMs;
    writeFileSync(`${outDir}.build.json`, JSON.stringify({ fingerprint: buildFingerprint(config), written }));
    const lines: string[] = [];
    const built = await reuseOrBuild(config, (line) => lines.push(line));
    expect(built).toMatchObject({ outDir, reused: true });
    expect(lines).toEqual(['reused the reuse-test build (BASE_PATH=/) (current)']);
  });
});
