/**
 * Byte budgets (PRODUCT.md §4, issue #10), measured on the shipped dataset's build. Sizes are
 * deterministic, so these are tests; times are not, so they live in BENCHMARKS.md. All sizes are
 * gzip, as a CDN sends them. Search transfer budgets (first query ≤ 150 KB, second ≤ 20 KB) are
 * measured in Chromium in tests/site/search.test.ts; the 1 KB inline bootstrap and "no script
 * fetched on load" in tests/site/pages.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/bench/page-weight.ts';
import { pathFor } from '../../src/lib/urls/routes.ts';
import { buildDir, listFiles, page } from '../support/site.ts';
import { realLedger } from '../support/ledger.ts';
import { LATEST_AS_OF } from '../../scripts/lib/build.ts';

const KB = 1024;
const ledger = realLedger();
/** Today's edition: content dated after TEST_AS_OF (the 2026-12 briefings) exists only there. */
const editions = [
  ['root', ledger],
  ['latest', realLedger(LATEST_AS_OF)],
] as const;

/** Budgets per page type: HTML + CSS (no script is fetched on load). */
const BUDGETS = {
  /** PRODUCT.md §6: a country page must load instantly on a phone. */
  countries: 50 * KB,
  /** A treaty page carries its world map (~33 KB) and every participant: our own budget. */
  treaties: 100 * KB,
  claims: 30 * KB,
  sources: 30 * KB,
  briefings: 50 * KB,
} as const;

describe('byte budgets (gzip)', () => {
  it.each(
    editions.flatMap(([build, edition]) =>
      (Object.keys(BUDGETS) as (keyof typeof BUDGETS)[]).map((collection) => [collection, build, edition] as const),
    ),
  )('every %s page of the %s build: HTML + CSS within budget', (collection, build, edition) => {
    const over: string[] = [];
    let largest = 0;
    for (const id of edition[collection].keys()) {
      const weight = pageWeight(buildDir(build), pathFor(collection, id));
      largest = Math.max(largest, weight.htmlCss.gzip);
      if (weight.js.length) over.push(`${id}: fetches ${weight.js.map((j) => j.url).join(', ')} on load`);
      if (weight.htmlCss.gzip > BUDGETS[collection])
        over.push(`${id}: ${weight.htmlCss.gzip} B > ${BUDGETS[collection]} B`);
    }
    expect(over).toEqual([]);
    expect(largest).toBeGreaterThan(0);
  });

  // The heaviest cases by name (issue 15), so a budget cannot pass because a page lost its table: the NPT's 191
  // rows with every deposit, the CFE Treaty's map and table, New START's timeline, and a country with every treaty.
  it.each([
    ['treaties', 'npt', 'table[data-participants] tbody tr', 191],
    ['treaties', 'cfe-treaty', 'table[data-participants] tbody tr', 30],
    ['treaties', 'new-start', '[data-party-timeline] > li', 8],
    ['countries', 'united-states', 'tbody tr[data-treaty]', ledger.treaties.size],
  ] as const)('%s/%s: within budget, with all its rows (%s)', (collection, id, selector, rows) => {
    const path = pathFor(collection, id);
    expect(page('root', path).querySelectorAll(selector)).toHaveLength(rows);
    const weight = pageWeight(buildDir('root'), path);
    expect(weight.js).toEqual([]);
    expect(weight.htmlCss.gzip).toBeLessThanOrEqual(BUDGETS[collection]);
    if (id === 'npt') expect(page('root', path).querySelectorAll('[data-deposits]').length).toBeGreaterThan(191);
  });

  it('the output stays under 20,000 files (Cloudflare Pages’ limit)', () => {
    const files = listFiles(buildDir('root'));
    expect(files.length).toBeLessThan(20_000);
  });
});
