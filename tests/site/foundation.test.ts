/**
 * The foundation, end to end: the real build writes a page per entry, and content problems stop
 * the build with a report that names file and field — no stack trace, no dist/.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check/integrity.ts';
import { ROOT, runBuild, TEST_AS_OF } from '../../scripts/lib/build.ts';
import { ledgerFromDisk } from '../../src/lib/ledger/ledger-from-disk.ts';
import { buildDir, page, text } from '../support/site.ts';

describe('the built site', () => {
  it('has a page for every entry of every routed collection in its edition, and none for the rest', () => {
    const { corpus } = checkProject(ROOT);
    // The build is the edition of TEST_AS_OF: what did not exist then has no page (src/lib/ledger/edition.ts).
    const { edition } = ledgerFromDisk(ROOT, TEST_AS_OF);
    const dir = buildDir('root');
    for (const [collection, entries] of Object.entries(corpus)) {
      if (!['countries', 'treaties', 'claims', 'sources', 'briefings'].includes(collection)) continue;
      for (const id of entries.keys()) {
        const inEdition = !edition.leftOut.has(`${collection}:${id}`);
        expect(existsSync(join(dir, collection, id, 'index.html')), `${collection}/${id}`).toBe(inEdition);
      }
    }
  });

  it('shows Poland’s Ottawa dates and its status on the as-of date', () => {
    const row = page('root', '/countries/poland/')
      .querySelectorAll('tr')
      .find((tr) => text(tr).includes('Ottawa Convention'));
    const cells = text(row);
    expect(cells).toContain('4 December 1997');
    expect(cells).toContain('27 December 2012');
    expect(cells).toContain('1 June 2013');
    expect(cells).toContain('20 August 2025');
    expect(cells).toContain('20 February 2026');
    expect(cells).toContain('Withdrawal pending');
  });
});

describe('a build with bad content', () => {
  const temp = mkdtempSync(join(tmpdir(), 'ledger-bad-build-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('fails with every problem named by file and field, and writes nothing', async () => {
    const content = join(temp, 'content');
    cpSync(join(ROOT, 'tests/fixtures/content'), content, { recursive: true });
    const claim = join(content, 'claims/four-states-announce-ottawa-exit.md');
    writeFileSync(
      claim,
      readFileSync(claim, 'utf8')
        .replace('made: "2025-03-18"', 'made: 2025-02-30')
        .replace('countries: [poland,', 'countries: [polnad,'),
    );
    const outDir = join(temp, 'dist');
    const result = await runBuild({ name: 'bad-content', base: '/', contentDir: content, outDir });
    const output = result.stdout + result.stderr;
    expect(result.code).toBe(1);
    expect(output).toContain('claims/four-states-announce-ottawa-exit.md:6 › made: "2025-02-30" does not exist');
    expect(output).toContain(
      'claims/four-states-announce-ottawa-exit.md:9 › subjects.countries[0]: no country "polnad"',
    );
    expect(output).toContain('fix: did you mean "poland"?');
    expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m); // no stack trace
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('a build with bad settings', () => {
  it('stops before building, names every unusable variable and what to write, with no stack trace', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'ledger-bad-env-'));
    try {
      const outDir = join(temp, 'dist');
      const result = await runBuild({
        name: 'bad-env',
        base: '/',
        asOf: '2025-02-30',
        outDir,
        env: { CLAIMS_PER_PAGE: '0' },
      });
      const output = result.stdout + result.stderr;
      expect(result.code).toBe(1);
      expect(output).toContain(
        '✖ AS_OF="2025-02-30" is not a real date written YYYY-MM-DD (for example AS_OF=2026-02-03).',
      );
      expect(output).toContain('✖ CLAIMS_PER_PAGE="0" is not a page size: write a whole number of 1 or more');
      expect(output).toContain('2 problems in the build settings (environment variables): nothing was built.');
      expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
      expect(output).not.toMatch(/Stack trace/i);
      expect(existsSync(outDir)).toBe(false);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
