/**
 * The real dataset in the built site (AS_OF=2026-02-03): a page for every treaty, country, claim and
 * source; the briefings draw Ukraine's status and its 2025 acts, with their sources, from the data;
 * the about page states coverage, dates, method and licences.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check/integrity.ts';
import { ROOT, TEST_AS_OF } from '../../scripts/lib/build.ts';
import { ledgerFromDisk } from '../../src/lib/ledger/ledger-from-disk.ts';
import { buildDir, page, text } from '../support/site.ts';

const { corpus } = checkProject(ROOT);

describe('pages for the dataset', () => {
  it('has a page for each of the 23 treaties (8 the UN keeps, 13 from the UNODA data, INF and New START)', () => {
    expect([...corpus.treaties.keys()]).toHaveLength(23);
    for (const id of corpus.treaties.keys())
      expect(existsSync(join(buildDir('root'), 'treaties', id, 'index.html')), id).toBe(true);
  });

  it('has a page for at least 195 countries, one per country file', () => {
    const built = readdirSync(join(buildDir('root'), 'countries'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(built.length).toBeGreaterThanOrEqual(195);
    for (const id of corpus.countries.keys()) expect(built, id).toContain(id);
  });

  it('has a page for every claim and every source of the edition, also under a base path', () => {
    // The build is the edition of 3 February 2026: what did not exist then has no page (src/lib/ledger/edition.ts).
    const edition = ledgerFromDisk(ROOT, TEST_AS_OF);
    expect(edition.claims.size).toBeGreaterThanOrEqual(20);
    for (const build of ['root', 'ledger'] as const) {
      for (const collection of ['claims', 'sources'] as const) {
        for (const id of corpus[collection].keys()) {
          const exists = existsSync(join(buildDir(build), collection, id, 'index.html'));
          expect(exists, `${build} ${collection}/${id}`).toBe(edition[collection].has(id));
        }
      }
    }
  });
});

describe('the Finland and Ukraine briefing', () => {
  const briefing = page('root', '/briefings/finland-and-ukraine-2025/');

  it('shows Ukraine as a party on 3 February 2026 and Finland as withdrawn, from the data', () => {
    const rows = briefing.querySelectorAll('table tr');
    expect(text(rows.find((r) => text(r).startsWith('Ukraine')))).toContain('Party');
    expect(text(rows.find((r) => text(r).startsWith('Finland')))).toContain('Withdrawn');
  });

  it("lists Ukraine's 2025 acts on its timeline, each linked to a source page that exists", () => {
    const items = briefing.querySelectorAll('ol.timeline > li').filter((li) => text(li).includes('2025'));
    const titles = items.map((li) => text(li));
    expect(titles.some((t) => t.includes('29 June 2025') && t.includes('decree'))).toBe(true);
    expect(titles.some((t) => t.includes('15 July 2025') && t.includes('299 votes'))).toBe(true);
    expect(titles.some((t) => t.includes('18 July 2025') && t.includes('suspends'))).toBe(true);
    for (const li of items) {
      const links = li
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href') ?? '')
        .filter((h) => h.startsWith('/sources/'));
      expect(links.length, text(li)).toBeGreaterThan(0);
      for (const href of links) expect(existsSync(join(buildDir('root'), href, 'index.html')), href).toBe(true);
    }
  });

  it('cites its claims with numbered links to claim pages', () => {
    const refs = briefing.querySelectorAll('sup.claim-ref a').map((a) => a.getAttribute('href'));
    expect(refs).toContain('/claims/ukraine-still-a-party/');
    expect(refs).toContain('/claims/ukraine-rada-suspension/');
  });
});

describe('the about page', () => {
  const about = page('root', '/about/');
  const body = text(about.querySelector('main'));

  it('states the as-at dates and the as-of date of the computed statuses', () => {
    expect(body).toContain('3 February 2026');
    expect(about.querySelector('[data-as-of]')?.getAttribute('data-as-of')).toBe('2026-02-03');
    // One row per participation record: the two bilateral treaties have none.
    expect(about.querySelectorAll('table tbody tr')).toHaveLength(21);
  });

  it('names the licences and how to report an error', () => {
    const hrefs = about.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://opendatacommons.org/licenses/odbl/1.0/');
    expect(hrefs).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(body).toContain('MIT');
    expect(body).toMatch(/Reporting an error/);
  });
});
