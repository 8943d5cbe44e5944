#!/usr/bin/env node
/**
 * `npm run screenshots` — one page of each type (home, treaty, country, claim, source, briefing,
 * the indexes, 404) in light and dark, from a real build served under its base path and opened in
 * Chromium (scripts/lib/browser.ts). Also phone-width (390 px) treaty, country and briefing pages, the
 * end of a briefing as printed (its sources as footnotes with URLs), a treaty page as printed (map and
 * chart in print) and search on a phone ("Ukraine Ottawa withdrawal": the status line and the first
 * results). The treaties with new cases (issue 15) in light, dark and on a phone: the NPT (191
 * participants, three depositaries), the CFE Treaty (a withdrawal and suspensions) and New START (two
 * parties: a timeline instead of map and chart).
 * Writes PNGs to docs/screenshots/ (linked from the README); not part of `npm test`.
 *
 *   npm run screenshots                              build src/content for AS_OF=2026-02-03, then shoot
 *   LEDGER_CONTENT_DIR=tests/fixtures/content npm run screenshots    another content folder
 *   SCREENSHOT_DIST=.test-builds/root/dist npm run screenshots       reuse a build (base "/")
 */
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ledgerFromDisk } from '../src/lib/ledger/ledger-from-disk.ts';
import { pathFor } from '../src/lib/urls/routes.ts';
import { launchBrowser } from './lib/browser.ts';
import { reuseOrBuild, ROOT, TEST_AS_OF } from './lib/build.ts';
import { serveStatic } from './lib/serve.ts';

const OUT = join(ROOT, 'docs/screenshots');
const asOf = process.env['AS_OF'] || TEST_AS_OF;
const contentDir = process.env['LEDGER_CONTENT_DIR'] ? resolve(process.env['LEDGER_CONTENT_DIR']) : undefined;
const WIDTH = 1280;
/** Long pages (a treaty's 165 participants) are cut here: the top of a page is what a reader sees first. */
const MAX_HEIGHT = 1800;
/** Treaties shot in light, dark and on a phone as well: the cases issue 15 added. */
const NEW_CASES = ['npt', 'cfe-treaty', 'new-start'];
/** A phone's column is long: enough to reach a treaty's map and its close-up. */
const PHONE_MAX_HEIGHT = 2600;

/** One page of each type, preferring the story's entries (Poland, the Ottawa Convention) where present. */
function pickPages(): [string, string][] {
  const ledger = ledgerFromDisk(ROOT, asOf, contentDir);
  const prefer = <T>(map: Map<string, T>, id: string, sorted: { id: string }[]) => (map.has(id) ? id : sorted[0]?.id);
  const treaty = prefer(ledger.treaties, 'ottawa-convention', ledger.sorted.treaties);
  const country = prefer(ledger.countries, 'poland', ledger.sorted.countries);
  const cited = [...ledger.citationsByBriefing.values()].flat()[0];
  const claim = cited ?? ledger.sorted.claims[0]?.id;
  const source = prefer(ledger.sources, 'untc-xxvi-5', ledger.sorted.sources);
  const briefing = ledger.sorted.briefings[0]?.id;
  const pages: [string, string | undefined][] = [
    ['home', '/'],
    ['treaty', treaty && pathFor('treaties', treaty)],
    ['country', country && pathFor('countries', country)],
    ['claim', claim && pathFor('claims', claim)],
    ['source', source && pathFor('sources', source)],
    ['briefing', briefing && pathFor('briefings', briefing)],
    ['treaties-index', '/treaties/'],
    ['countries-index', '/countries/'],
    ['claims-index', '/claims/'],
    ['sources-index', '/sources/'],
    ['briefings-index', '/briefings/'],
    ['not-found', '/no-such-page/'],
    ...NEW_CASES.filter((id) => ledger.treaties.has(id)).map((id): [string, string] => [
      `treaty-${id}`,
      pathFor('treaties', id),
    ]),
  ];
  for (const [type, path] of pages) if (!path) console.warn(`screenshots: no ${type} in the content; skipped`);
  return pages.filter((p): p is [string, string] => p[1] !== undefined);
}

async function shoot(browser: Browser, siteUrl: string, pages: [string, string][]) {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      colorScheme: scheme,
      viewport: { width: WIDTH, height: 900 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    for (const [type, path] of pages) {
      await page.goto(new URL(path.slice(1), siteUrl).href);
      const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
      const file = join(OUT, `${type}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: WIDTH, height } });
      console.log(`  ${relative(ROOT, file)}`);
    }
    await context.close();
  }
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await phone.newPage();
  // A phone (390 px): the top of a treaty (counts, date control, map and its close-up), a country, a
  // briefing, and the treaties with new cases.
  for (const [type, path] of pages.filter(
    ([type]) => ['treaty', 'country', 'briefing'].includes(type) || NEW_CASES.some((id) => type === `treaty-${id}`),
  )) {
    await page.goto(new URL(path.slice(1), siteUrl).href);
    const height = Math.min(PHONE_MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
    const file = join(OUT, `${type}-phone-light.png`);
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: 390, height } });
    console.log(`  ${relative(ROOT, file)}`);
  }
  await shootSearchOnPhone(page, siteUrl);
  await phone.close();
  const briefing = pages.find(([type]) => type === 'briefing');
  if (briefing) {
    // As printed: the end of the article, where "Sources cited" becomes footnotes with URLs.
    const print = await browser.newContext({ viewport: { width: 800, height: 1100 }, deviceScaleFactor: 1 });
    const printed = await print.newPage();
    await printed.emulateMedia({ media: 'print' });
    await printed.goto(new URL(briefing[1].slice(1), siteUrl).href);
    const box = await printed.locator('#sources-cited').boundingBox();
    if (box) {
      const height = Math.min(MAX_HEIGHT, Math.ceil(box.height) + 40);
      await printed.screenshot({
        path: join(OUT, 'briefing-print.png'),
        fullPage: true,
        clip: { x: 0, y: Math.max(0, box.y - 20), width: 800, height },
      });
      console.log('  docs/screenshots/briefing-print.png');
    }
    await print.close();
  }
  const treaty = pages.find(([type]) => type === 'treaty');
  if (treaty) {
    // A treaty page as printed: counts, map and chart in print colours (a print preview).
    const print = await browser.newContext({ viewport: { width: 800, height: 1100 }, deviceScaleFactor: 1 });
    const printed = await print.newPage();
    await printed.emulateMedia({ media: 'print' });
    await printed.goto(new URL(treaty[1].slice(1), siteUrl).href);
    await printed.screenshot({
      path: join(OUT, 'treaty-print.png'),
      fullPage: true,
      clip: { x: 0, y: 0, width: 800, height: MAX_HEIGHT },
    });
    console.log('  docs/screenshots/treaty-print.png');
    await print.close();
  }
}

/** Search on a phone: a question a reader brings, answered (status line, labels), as the results first show. */
async function shootSearchOnPhone(page: Page, siteUrl: string) {
  await page.goto(new URL('search/?q=Ukraine+Ottawa+withdrawal', siteUrl).href);
  await page.waitForFunction(
    () => /^(No results|\d+ results?)/.test(document.querySelector('[data-search-page-status]')?.textContent ?? ''),
    null,
    { timeout: 20_000 },
  );
  // Two screens: the answer, then the first results with their verdict and standing labels.
  const height = Math.min(2 * 844, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.screenshot({
    path: join(OUT, 'search-phone-light.png'),
    fullPage: true,
    clip: { x: 0, y: 0, width: 390, height },
  });
  console.log('  docs/screenshots/search-phone-light.png');
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  let dist = process.env['SCREENSHOT_DIST'] ? resolve(process.env['SCREENSHOT_DIST']) : undefined;
  if (!dist) {
    console.log(`the site for AS_OF=${asOf}${contentDir ? `, content ${contentDir}` : ''}…`);
    dist = (await reuseOrBuild({ name: 'screenshots', base: '/', asOf, ...(contentDir ? { contentDir } : {}) })).outDir;
  }
  const site = await serveStatic(dist, '/');
  const browser = await launchBrowser();
  try {
    await shoot(browser, site.url, pickPages());
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
