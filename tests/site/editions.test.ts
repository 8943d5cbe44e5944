/**
 * Dated editions and how current the record is (issue 20), on real builds:
 *  - the shipped content built for AS_OF=2026-02-03 (the global setup's builds) is the site as it
 *    could have been published that day: the briefing of 21 February 2026 and the claims of
 *    20 February are absent, and no page, feed, download or sitemap entry points at them;
 *  - every page that shows a status names both dates, "statuses on D, from the depositary's record
 *    as at R", and so does its citation;
 *  - a build of the test fixtures for a date more than 90 days past their record (AS_OF=2026-12-05,
 *    record as at 3 February 2026) says plainly, on those pages, that later deposits may be missing.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILDS_DIR, ROOT, runBuild } from '../../scripts/lib/build.ts';
import { buildDir, listFiles, page, text } from '../support/site.ts';
import { formatDate } from '../../src/lib/core/dates.ts';

const LATER = {
  briefings: ['four-states-leave-the-mine-ban'],
  claims: ['poland-production-will-resume', 'poland-withdrawal-effective-2026-02-20'],
  sources: ['poland-dtnext-2026-02-20'],
};
const laterPaths = Object.entries(LATER).flatMap(([collection, ids]) => ids.map((id) => `${collection}/${id}/`));

describe('the edition of 3 February 2026', () => {
  it('has no page for the briefing of 21 February 2026, the claims of 20 February or their only source', () => {
    for (const build of ['root', 'ledger'] as const) {
      for (const path of laterPaths) expect(existsSync(join(buildDir(build), path, 'index.html')), path).toBe(false);
    }
    // …while the sources those claims shared with earlier ones are still there.
    expect(existsSync(join(buildDir('root'), 'sources/untc-xxvi-5/index.html'))).toBe(true);
  });

  it('points at none of them: no link, feed entry, download row or sitemap entry', () => {
    const dir = buildDir('root');
    const files = listFiles(dir).filter((f) => !f.startsWith('pagefind/') && /\.(html|xml|csv|json)$/.test(f));
    const mentions = files.flatMap((f) => {
      const body = readFileSync(join(dir, f), 'utf8');
      return Object.values(LATER)
        .flat()
        .filter((id) => body.includes(id))
        .map((id) => `${f}: ${id}`);
    });
    expect(mentions).toEqual([]);
  });

  it('counts only what it has: the claim lists and the Poland page', () => {
    const listed = page('root', '/claims/')
      .querySelectorAll('[data-claims] > li')
      .map((li) => li.getAttribute('data-claim'));
    for (const id of LATER.claims) expect(listed).not.toContain(id);
    const briefings = page('root', '/briefings/')
      .querySelectorAll('[data-briefings] > li')
      .map((li) => li.getAttribute('data-briefing'));
    expect(briefings).not.toContain('four-states-leave-the-mine-ban');
    expect(briefings.length).toBeGreaterThan(0);
  });
});

/** Days from one ISO date to another. */
const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

describe('both dates on every page that shows a status', () => {
  it.each([
    '/treaties/ottawa-convention/',
    '/countries/poland/',
    '/',
    '/treaties/',
    '/countries/',
    '/data/',
    '/briefings/finland-and-ukraine-2025/',
  ])('%s says the statuses’ date and the record’s, and warns when the record is over 90 days older', (path) => {
    const doc = page('root', path);
    const record = doc.querySelector('.as-of')?.getAttribute('data-record-as-at') ?? '';
    expect(record).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // One record ("from the depositary’s record as at R") or several ("from depositary records as at R1 to R2").
    expect(text(doc.querySelector('.as-of'))).toMatch(
      new RegExp(
        `^Statuses on 3 February 2026, from (the depositary’s record as at ${formatDate(record)}|depositary records as at ${formatDate(record)} to \\d{1,2} [A-Z][a-z]+ \\d{4})\\.$`,
      ),
    );
    // Pages that summarise the treaties the UN does not keep rest on records as old as 2018 (the
    // UNODA extract): they say so; a page on a UN treaty rests on the 3 February 2026 record.
    expect(doc.querySelector('[data-record-warning]') !== null).toBe(daysBetween(record, '2026-02-03') > 90);
  });

  it('names the UN Treaty Collection record of 3 February 2026 on an Ottawa page, with no warning', () => {
    for (const path of ['/treaties/ottawa-convention/', '/briefings/finland-and-ukraine-2025/']) {
      const doc = page('root', path);
      expect(doc.querySelector('.as-of')?.getAttribute('data-record-as-at'), path).toBe('2026-02-03');
      expect(doc.querySelector('[data-record-warning]'), path).toBeNull();
    }
  });

  it('a page without statuses keeps the plain header, and citations name the record where there is one', () => {
    expect(text(page('root', '/claims/ukraine-still-a-party/').querySelector('.as-of'))).toBe(
      'Statuses as of 3 February 2026',
    );
    expect(text(page('root', '/treaties/ottawa-convention/').querySelector('.cite-apa'))).toContain(
      '[Statuses on 3 February 2026, from the depositary’s record as at 3 February 2026]',
    );
  });
});

describe('a build more than 90 days past its record (fixtures, AS_OF=2026-12-05)', () => {
  const out = join(BUILDS_DIR, 'editions-stale', 'dist');
  let read: (path: string) => HTMLElement;

  beforeAll(async () => {
    if (!(process.env['LEDGER_REUSE_BUILDS'] === '1' && existsSync(join(out, 'index.html')))) {
      rmSync(out, { recursive: true, force: true });
      const result = await runBuild({
        name: 'editions-stale',
        base: '/',
        asOf: '2026-12-05',
        contentDir: join(ROOT, 'tests/fixtures/content'),
        outDir: out,
      });
      if (result.code !== 0) throw new Error(`The stale build failed:\n${result.stdout}\n${result.stderr}`);
    }
    read = (path: string) => parse(readFileSync(join(out, path.replace(/^\//, ''), 'index.html'), 'utf8'));
  }, 600_000);

  const WARNING =
    'The record is 305 days older than that date: deposits, withdrawals and other changes recorded after 3 February 2026 may be missing.';

  it.each(['/treaties/ottawa-convention/', '/countries/poland/', '/'])(
    '%s names both dates and says later deposits may be missing',
    (path) => {
      const doc = read(path);
      expect(text(doc.querySelector('.as-of'))).toBe(
        'Statuses on 5 December 2026, from the depositary’s record as at 3 February 2026.',
      );
      expect(text(doc.querySelector('[data-record-warning]'))).toBe(WARNING);
    },
  );

  it('says the same in the citation, and nothing of the kind on a page without statuses', () => {
    const treaty = read('/treaties/ottawa-convention/');
    expect(text(treaty.querySelector('.cite-apa'))).toContain(
      '[Statuses on 5 December 2026, from the depositary’s record as at 3 February 2026]',
    );
    expect(text(treaty.querySelector('.cite-note'))).toContain(WARNING);
    const claim = read('/claims/four-states-announce-ottawa-exit/');
    expect(text(claim.querySelector('.as-of'))).toBe('Statuses as of 5 December 2026');
    expect(claim.querySelector('[data-record-warning]')).toBeNull();
  });
});
