/**
 * Dated editions (issue 20), on real builds: the shipped content built for AS_OF=2026-02-03 (the
 * global setup's builds) is the site as it could have been published that day: the briefing of
 * 21 February 2026 and the claims of 20 February are absent, and no page, feed, download or
 * sitemap entry points at them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDir, listFiles, page } from '../support/site.ts';

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
