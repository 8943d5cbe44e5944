/**
 * Gate: every internal link, asset and #fragment in every page resolves; external links are
 * well-formed http(s). Run over the builds for TEST_AS_OF (/ and /ledger/) and today's edition, and proven to fail on an injected
 * broken link.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLinks } from '../support/gates/links.ts';
import { buildDir } from '../support/site.ts';

describe.each([
  ['root', '/'],
  ['ledger', '/ledger/'],
  ['latest', '/'],
] as const)('links in the %s build (base %s)', (name, base) => {
  it('all resolve', () => {
    const report = checkLinks(buildDir(name), base);
    expect(report.pages).toBeGreaterThan(5);
    expect(report.broken, formatBrokenLinks(report.broken)).toEqual([]);
  });

  it('include the search index assets the pages load', () => {
    expect(existsSync(join(buildDir(name), 'pagefind/pagefind.js'))).toBe(true);
  });
});

describe('the link gate', () => {
  const temp = mkdtempSync(join(tmpdir(), 'ledger-links-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('fails on a broken link, naming the page and its content file', () => {
    cpSync(buildDir('ledger'), temp, { recursive: true });
    const file = join(temp, 'countries/poland/index.html');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '</main>',
        '<a href="/ledger/countries/polnad/">typo</a><a href="#nowhere">x</a></main>',
      ),
    );
    const report = checkLinks(temp, '/ledger/');
    expect(report.broken).toEqual([
      {
        page: '/ledger/countries/poland/',
        source: 'src/content/countries/poland.md',
        link: '/ledger/countries/polnad/',
        problem: 'no file countries/polnad/index.html in the build',
      },
      {
        page: '/ledger/countries/poland/',
        source: 'src/content/countries/poland.md',
        link: '#nowhere',
        problem: 'no element with id "nowhere" on countries/poland/index.html',
      },
    ]);
  });
});
