/**
 * Search as a reader uses it: the built site under /ledger/ from a plain static server, with a
 * strict Content-Security-Policy (no inline script or style except by hash, WebAssembly allowed),
 * driven in Chromium. Plus the markup Pagefind reads, checked in the HTML.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { formatViolations, runAxe } from '../support/gates/a11y.ts';
import { BUILDS_DIR, reuseOrBuild, ROOT } from '../../scripts/lib/build.ts';
import { ALIAS_WEIGHT } from '../../src/lib/search/search-meta.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/serve.ts';
import { buildDir, listFiles, page as htmlPage } from '../support/site.ts';

/**
 * The policy the site is meant to run under, with the page's own inline hashes (as Astro's
 * security.csp emits them). Sent with every response, as a CDN header would be: Pagefind's worker
 * script then runs under it too, so its WebAssembly needs 'wasm-unsafe-eval' as well.
 */
function cspFor(html: string): string {
  const hashes = (tag: 'script' | 'style') =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
      .map((m) => m[1] ?? '')
      .filter((body) => body.trim())
      .map((body) => ` 'sha256-${createHash('sha256').update(body).digest('base64')}'`)
      .join('');
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${hashes('script')}`,
    "worker-src 'self'",
    `style-src 'self'${hashes('style')}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/** Serves a build under /ledger/ (or another base) with the CSP header on every response. */
function serveWithCsp(dir: string, base = '/ledger/'): Promise<StaticSite> {
  return serveStatic(dir, base, (path) => {
    const clean = decodeURIComponent(path.replace(/[?#].*$/, ''));
    const file = clean.endsWith('/') ? join(dir, clean, 'index.html') : join(dir, clean);
    const html = file.endsWith('.html') && existsSync(file) ? readFileSync(file, 'utf8') : '';
    return { 'Content-Security-Policy': cspFor(html) };
  });
}

interface Watched {
  page: Page;
  /** CSP violations and page errors: must stay empty. */
  problems: string[];
  /** Every response: URL, status, bytes on the wire (body + headers). */
  responses: { url: string; status: number; bytes: number }[];
}

async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const problems: string[] = [];
  const responses: Watched['responses'] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text()))
      problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    const sizes = await request.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
    responses.push({
      url: request.url(),
      status: response?.status() ?? 0,
      bytes: sizes.responseBodySize + sizes.responseHeadersSize,
    });
  });
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  return { page, problems, responses };
}

interface Shown {
  url: string;
  title: string;
  type: string;
}

/** The results a list shows, in order. */
async function shownResults(page: Page, list: string): Promise<Shown[]> {
  return page.$$eval(`${list} > li`, (items) =>
    items.map((li) => {
      const a = li.querySelector('a');
      return {
        url: a?.getAttribute('href') ?? '',
        title: a?.textContent?.trim() ?? '',
        type: (li as HTMLElement).dataset['type'] ?? '',
      };
    }),
  );
}

const FINAL_STATUS = /^(No results|\d+ results?)\b/;

/** Waits until the search page has said how many results there are; what it shows then. */
async function pageOutcome(page: Page): Promise<{ status: string; results: Shown[] }> {
  const status = page.locator('[data-search-page-status]');
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(FINAL_STATUS);
  return {
    status: (await status.textContent()) ?? '',
    results: await shownResults(page, '[data-search-page-results]'),
  };
}

/** Opens /search/ with a query string and waits for the outcome. */
async function searchPage(page: Page, site: StaticSite, query: string): Promise<{ status: string; results: Shown[] }> {
  await page.goto(`${site.url}search/${query}`);
  return pageOutcome(page);
}

/** Types into the header dialog's field and waits for its announcement. */
async function dialogSearch(page: Page, words: string): Promise<Shown[]> {
  const input = page.locator('#search-dialog-input');
  await input.fill(words);
  await expect
    .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 })
    .toContain(`“${words}”`);
  return shownResults(page, '[data-search-results]');
}

/** What a CDN with gzip would send for these responses: text gzipped, Pagefind's pre-compressed files as they are. */
function gzipBytes(dir: string, urls: string[]): number {
  let total = 0;
  for (const url of urls) {
    const path = decodeURIComponent(new URL(url).pathname.replace(/^\/ledger\//, ''));
    const file = path === '' || path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
    const body = readFileSync(file);
    total +=
      body[0] === 0x1f && body[1] === 0x8b
        ? body.length
        : /\.wasm|\.pagefind$/.test(file)
          ? body.length
          : gzipSync(body).length;
  }
  return total;
}

describe('search on the site served under /ledger/ (plain static server, strict CSP)', () => {
  let site: StaticSite;
  let browser: Browser;
  let context: BrowserContext;
  const dir = () => buildDir('ledger');

  beforeAll(async () => {
    site = await serveWithCsp(dir());
    browser = await launchBrowser();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await site?.close();
  });

  it('runs under the policy: an inline style attribute is refused and reported', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}countries/poland/`);
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await expect.poll(() => problems.join('\n')).toMatch(/Content Security Policy/);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).not.toBe('rgb(255, 0, 0)');
    await page.close();
  });

  it('finds a treaty by its other names: "mine ban" puts the Ottawa Convention in the top 3', async () => {
    const { page, problems } = await watchedPage(context);
    const { results } = await searchPage(page, site, '?q=mine+ban');
    expect(results.slice(0, 3).map((r) => r.url)).toContain('/ledger/treaties/ottawa-convention/');
    for (const [words, first] of [
      ['APMBC', '/ledger/treaties/ottawa-convention/'],
      ['Ottawa Treaty', '/ledger/treaties/ottawa-convention/'],
      ['cluster', '/ledger/treaties/convention-on-cluster-munitions/'],
      ['Polska', '/ledger/countries/poland/'],
    ] as const) {
      const found = await searchPage(page, site, `?q=${encodeURIComponent(words)}`);
      expect(found.results[0]?.url, words).toBe(first);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('"Lithuania cluster" finds Lithuania and the cluster-munitions convention among the top 5', async () => {
    const { page, problems } = await watchedPage(context);
    const { results } = await searchPage(page, site, '?q=Lithuania+cluster');
    const top = await Promise.all(
      results.slice(0, 5).map(async (r) => {
        // What the result is about: its address and title, and the treaties it is filed under.
        const html = readFileSync(join(dir(), r.url.replace(/^\/ledger\//, ''), 'index.html'), 'utf8');
        const treaties = [...html.matchAll(/data-pagefind-filter="treaty">([^<]+)</g)].map((m) => m[1]);
        return `${r.url} ${r.title} ${treaties.join(' ')}`;
      }),
    );
    expect(
      top.some((about) => /lithuania/i.test(about) && /cluster|\bccm\b/i.test(about)),
      top.join('\n'),
    ).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the type facet leaves only that type, and the URL says so', async () => {
    const { page, problems } = await watchedPage(context);
    const before = await searchPage(page, site, '?q=Poland');
    expect(new Set(before.results.map((r) => r.type)).size).toBeGreaterThan(1);
    await page.getByRole('checkbox', { name: /^Claims/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('claim');
    await expect.poll(() => shownResults(page, '[data-search-page-results]')).not.toEqual(before.results);
    const claims = (await pageOutcome(page)).results;
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((r) => r.type === 'claim' && r.url.startsWith('/ledger/claims/'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a shared search URL shows the same results after a reload', async () => {
    const { page, problems } = await watchedPage(context);
    for (const query of [
      '?q=Poland&type=briefing',
      '?q=Ottawa&type=claim&country=Poland',
      '?type=country&region=Europe',
    ]) {
      const first = await searchPage(page, site, query);
      const type = new URLSearchParams(query).get('type');
      expect(
        first.results.every((r) => r.type === type),
        query,
      ).toBe(true);
      expect(first.results.length, query).toBeGreaterThan(0);
      await page.reload();
      expect(await pageOutcome(page), query).toEqual(first);
      // The controls show the search too.
      expect(await page.locator('#search-page-input').inputValue()).toBe(new URLSearchParams(query).get('q') ?? '');
      if (type) expect(await page.locator(`input[name="type"][value="${type}"]`).isChecked()).toBe(true);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keyboard only: Tab to the button, type, arrow to a result, Enter follows it', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}treaties/ottawa-convention/`);
    let tabs = 0;
    // Skip link, site name, the navigation, then the search button.
    while (!(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))) && tabs++ < 15)
      await page.keyboard.press('Tab');
    expect(tabs).toBeLessThan(15);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.type('Polska');
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 })
      .toMatch(/1 result for “Polska”/);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/ledger/countries/poland/');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.press('Tab'); // "All results"
    await page.keyboard.press('Tab'); // "Close"
    await page.keyboard.press('Tab'); // the first result
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/ledger/countries/poland/');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}countries/poland/`);
    expect(await page.locator('h1').textContent()).toBe('Poland');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keyboard only: "/" opens the dialog, Escape closes it and gives focus back', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}countries/lithuania/`);
    const dialog = page.locator('dialog[data-search-dialog]');
    await page.keyboard.press('/');
    // The dialog's script loads on this first use: allow for a busy machine.
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    expect(await page.locator('#search-dialog-input').inputValue()).toBe(''); // the "/" is not typed into it
    await dialogSearch(page, 'cluster');
    await page.keyboard.press('Escape');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    // Opened from nowhere in particular, focus goes to the search button.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    // Opened from the button, focus goes back to the button; the words are kept.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await page.locator('#search-dialog-input').inputValue()).toBe('cluster');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    // "/" typed into a field is a character, not a shortcut.
    await page.keyboard.press('Enter');
    await page.keyboard.type('a/b');
    expect(await page.locator('#search-dialog-input').inputValue()).toBe('a/b');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('Enter in the dialog field opens the search page with the words, where the search runs again', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}claims/four-states-announce-ottawa-exit/`);
    await page.keyboard.press('/');
    const inDialog = await dialogSearch(page, 'mine ban');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}search/?q=mine+ban`);
    const { results } = await pageOutcome(page);
    expect(results.slice(0, inDialog.length)).toEqual(inDialog);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('announces results to screen readers and links to the search page with the words', async () => {
    const { page } = await watchedPage(context);
    await page.goto(`${site.url}`);
    await page.locator('[data-search-open]').click();
    const results = await dialogSearch(page, 'Ottawa');
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    // The dialog shows the first 8 and says how many there are.
    const said = (await status.textContent()) ?? '';
    const total = Number(/^(\d+) results? for “Ottawa”\./.exec(said)?.[1]);
    expect(results.length).toBe(Math.min(total, 8));
    expect(said).toBe(`${total} results for “Ottawa”.${total > 8 ? ' Showing the first 8.' : ''}`);
    expect(await page.locator('a[data-search-more]').getAttribute('href')).toBe('/ledger/search/?q=Ottawa');
    await page.locator('#search-dialog-input').fill('zzzqqq');
    await expect.poll(() => status.textContent()).toBe('No results for “zzzqqq”. Try other or fewer words.');
    await page.close();
  });

  it('loads nothing for search until the reader opens it, and then stays within budget', async () => {
    const fresh = await browser.newContext(); // an empty cache, as for a first visit
    const { page, problems, responses } = await watchedPage(fresh);
    await page.goto(`${site.url}countries/poland/`);
    await page.waitForLoadState('networkidle');
    expect(responses.map((r) => r.url).filter((u) => /pagefind|search-dialog|\/search\//.test(u))).toEqual([]);

    const since = (n: number) => responses.slice(n);
    // Responses are recorded asynchronously: wait until none has arrived for half a second.
    const settle = async () => {
      let seen = -1;
      while (seen !== responses.length) {
        seen = responses.length;
        await page.waitForTimeout(500);
      }
    };
    let mark = responses.length;
    await page.keyboard.press('/');
    await dialogSearch(page, 'mine ban');
    await settle();
    const first = since(mark);
    mark = responses.length;
    await dialogSearch(page, 'Polska');
    await settle();
    const second = since(mark);

    for (const r of [...first, ...second]) {
      expect(r.status, r.url).toBe(200);
      expect(new URL(r.url).pathname.startsWith('/ledger/'), r.url).toBe(true);
    }
    const wire = (list: typeof first) => list.reduce((n, r) => n + r.bytes, 0);
    const gz = (list: typeof first) =>
      gzipBytes(
        dir(),
        list.map((r) => r.url),
      );
    const report = {
      firstQuery: { requests: first.length, wireBytes: wire(first), gzipBytes: gz(first) },
      secondQuery: { requests: second.length, wireBytes: wire(second), gzipBytes: gz(second) },
      indexBytesOnDisk: listFiles(join(dir(), 'pagefind')).reduce(
        (n, f) => n + statSync(join(dir(), 'pagefind', f)).size,
        0,
      ),
      files: first.map((r) => `${new URL(r.url).pathname} ${r.bytes}`),
    };
    console.log(`search transfer (${dir()}):\n${JSON.stringify(report, null, 2)}`);
    expect(first.some((r) => r.url.includes('/pagefind/'))).toBe(true);
    expect(report.firstQuery.gzipBytes).toBeLessThanOrEqual(150 * 1024);
    expect(report.secondQuery.gzipBytes).toBeLessThanOrEqual(20 * 1024);
    expect(problems).toEqual([]);
    await fresh.close();
  });

  it('without JavaScript the search page says so and links to the lists', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.url}search/?q=Poland`);
    await expect.poll(() => page.locator('main').textContent()).toContain('needs JavaScript');
    expect(await page.locator('form[data-search-page]').isVisible()).toBe(false);
    const links = await page
      .locator('main nav a')
      .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([
      ['Briefings', '/ledger/briefings/'],
      ['Treaties', '/ledger/treaties/'],
      ['Countries', '/ledger/countries/'],
      ['Claims', '/ledger/claims/'],
      ['Sources', '/ledger/sources/'],
    ]);
    // The header button still leads to search: it submits to the search page.
    await page.goto(`${site.url}countries/poland/`);
    await page.locator('[data-search-open]').click();
    await page.waitForURL(/\/ledger\/search\/\??$/);
    await noJs.close();
  });
});

/** The names readers type for the treaties of issue 15, and the page each must find. */
const TREATY_NAMES: [words: string, treaty: string][] = [
  ['NPT', 'npt'],
  ['Non-Proliferation Treaty', 'npt'],
  ['BWC', 'bwc'],
  ['BTWC', 'bwc'],
  ['Outer Space Treaty', 'outer-space-treaty'],
  ['PTBT', 'partial-test-ban-treaty'],
  ['LTBT', 'partial-test-ban-treaty'],
  ['Partial Test Ban Treaty', 'partial-test-ban-treaty'],
  ['Limited Test Ban Treaty', 'partial-test-ban-treaty'],
  ['Treaty of Tlatelolco', 'treaty-of-tlatelolco'],
  ['Rarotonga', 'treaty-of-rarotonga'],
  ['Bangkok', 'treaty-of-bangkok'],
  ['Pelindaba', 'treaty-of-pelindaba'],
  ['Semipalatinsk', 'treaty-of-semipalatinsk'],
  ['CFE', 'cfe-treaty'],
  ['Open Skies', 'open-skies-treaty'],
  ['INF', 'inf-treaty'],
  ['New START', 'new-start'],
  ['ДСНВ', 'new-start'],
  ['СНВ-III', 'new-start'],
];

/** The searches of issue 17: the country page in the top 3, with its status in the treaty the words name. */
const COUNTRY_QUESTIONS: [words: string, country: string, answer: string][] = [
  [
    'Ukraine Ottawa withdrawal',
    'ukraine',
    'Ukraine — Ottawa Convention: party since 1 Jun 2006; suspension claimed 2025',
  ],
  ['ukraine landmines', 'ukraine', 'Ukraine — Ottawa Convention: party since 1 Jun 2006; suspension claimed 2025'],
  ['Poland mines', 'poland', 'Poland — Ottawa Convention: withdrawal pending (effective 20 Feb 2026)'],
];

const VIEWPORTS = [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const;

/** The answer box's lines, as read. */
async function answerLines(page: Page, box: string): Promise<string[]> {
  return page.$$eval(`${box}:not([hidden]) p[data-search-answer-line]`, (ps) =>
    ps.map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

describe.each(VIEWPORTS)('search that answers, on a %s screen (Chromium, site under /ledger/)', (_, viewport) => {
  let site: StaticSite;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    site = await serveWithCsp(buildDir('ledger'));
    browser = await launchBrowser();
    context = await browser.newContext({ viewport });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await site?.close();
  });

  it('each name readers type puts its treaty in the top 3', async () => {
    const { page, problems } = await watchedPage(context);
    const misses: string[] = [];
    for (const [words, treaty] of TREATY_NAMES) {
      const { results } = await searchPage(page, site, `?q=${encodeURIComponent(words)}`);
      const top = results.slice(0, 3).map((r) => r.url);
      if (!top.includes(`/ledger/treaties/${treaty}/`)) misses.push(`${words} → ${top.join(', ')}`);
    }
    expect(misses).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a name two treaties share ("Nuclear Test Ban Treaty") leads to both, and says so', async () => {
    const { page, problems } = await watchedPage(context);
    const { results } = await searchPage(page, site, '?q=Nuclear+Test+Ban+Treaty');
    const top = results.slice(0, 3).map((r) => r.url);
    expect(top).toContain('/ledger/treaties/ctbt/');
    expect(top).toContain('/ledger/treaties/partial-test-ban-treaty/');
    const note = page.locator('[data-search-page-answer] [data-search-ambiguous]');
    expect(await note.textContent()).toMatch(/can mean 2 treaties: .*\(1996\) and .*\(1963\)/);
    expect(await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')).sort())).toEqual([
      '/ledger/treaties/ctbt/',
      '/ledger/treaties/partial-test-ban-treaty/',
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(COUNTRY_QUESTIONS)(
    '"%s" puts the country in the top 3 with its status in one line',
    async (words, country, answer) => {
      const { page, problems } = await watchedPage(context);
      const { results } = await searchPage(page, site, `?q=${encodeURIComponent(words)}`);
      expect(results.slice(0, 3).map((r) => r.url)).toContain(`/ledger/countries/${country}/`);
      expect(await answerLines(page, '[data-search-page-answer]')).toEqual([answer]);
      // The line links to both pages, and fits the screen.
      const line = page.locator('[data-search-page-answer] p[data-search-answer-line]');
      expect(await line.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        `/ledger/countries/${country}/`,
        '/ledger/treaties/ottawa-convention/',
      ]);
      const box = await line.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('the dialog answers too: "Poland mines" shows the status line and Poland among the first 3', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}treaties/ottawa-convention/`);
    await page.keyboard.press('/');
    const results = await dialogSearch(page, 'Poland mines');
    expect(results.slice(0, 3).map((r) => r.url)).toContain('/ledger/countries/poland/');
    expect(await answerLines(page, '[data-search-answer]')).toEqual([
      'Poland — Ottawa Convention: withdrawal pending (effective 20 Feb 2026)',
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('"Ukraine Ottawa withdrawal": the claim that answers it in the top 3, above weaker ones; verdicts and standings as labels', async () => {
    const { page, problems } = await watchedPage(context);
    const { results } = await searchPage(page, site, '?q=Ukraine+Ottawa+withdrawal');
    const urls = results.map((r) => r.url);
    expect(urls.slice(0, 3)).toContain('/ledger/claims/ukraine-still-a-party/');
    // The state-controlled outlet's headline Pagefind ranks first for these words comes after the claim.
    const headline = urls.indexOf('/ledger/sources/estonia-izru-2025-06/');
    if (headline >= 0) expect(headline).toBeGreaterThan(urls.indexOf('/ledger/claims/ukraine-still-a-party/'));
    const claim = page.locator('[data-search-page-results] > li[data-type="claim"]').first();
    const verdict = claim.locator('.search-result__meta .verdict');
    expect(await verdict.getAttribute('class')).toMatch(/\bverdict--[a-z-]+\b/);
    expect(await verdict.textContent()).toMatch(/^(Accurate|Imprecise|Disputed|False|Unverified|Not rated)$/);
    // A label, not plain text: it has its own box with a background or a border.
    const style = await verdict.evaluate((e) => {
      const s = getComputedStyle(e);
      return { display: s.display, background: s.backgroundColor, border: s.borderTopStyle };
    });
    expect(style.display).toBe('inline-block');
    expect(style.background !== 'rgba(0, 0, 0, 0)' || style.border !== 'none').toBe(true);
    const sources = await searchPage(page, site, '?q=Ottawa&type=source');
    expect(sources.results.length).toBeGreaterThan(0);
    const standing = page
      .locator('[data-search-page-results] > li[data-type="source"] .search-result__meta .standing')
      .first();
    expect(await standing.getAttribute('data-standing')).toMatch(/^[a-z-]+$/);
    expect(await standing.evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('solid');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the answer and the labelled results pass axe (WCAG 2.2 AA), light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const themed = await browser.newContext({ viewport, colorScheme });
      const page = await themed.newPage();
      await searchPage(page, site, '?q=Ukraine+Ottawa+withdrawal');
      expect(await answerLines(page, '[data-search-page-answer]')).toHaveLength(1);
      expect(await page.locator('[data-search-page-results] .verdict').count()).toBeGreaterThan(0);
      const violations = await runAxe(page);
      expect(violations, formatViolations(`${colorScheme} ${page.url()}`, violations)).toEqual([]);
      await themed.close();
    }
  });

  it('keyboard: Enter on the search page puts focus on the results; ↓/↑ move through them, sections right after their result', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}search/`);
    await expect
      .poll(() => page.locator('[data-search-page-status]').textContent(), { timeout: 20_000 })
      .toMatch(/^Type words/);
    const input = page.locator('#search-page-input');
    await input.focus();
    await page.keyboard.type('Ukraine Ottawa withdrawal');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-search-page-results]') !== null), {
        timeout: 20_000,
      })
      .toBe(true);
    // Every link in reading order (the answer's, then each result's, its sections right after it), by position.
    const LINKS = '[data-search-page-answer] a[href], [data-search-page-results] a[href]';
    const order = await page.$$eval(LINKS, (as) => as.map((a) => a.getAttribute('href')));
    const focused = () =>
      page.$$eval(LINKS, (as) => {
        const at = as.indexOf(document.activeElement as HTMLAnchorElement);
        return at >= 0 ? at : (document.activeElement?.id ?? '');
      });
    const first = await focused();
    if (typeof first !== 'number') throw new Error(`focus is on ${first}, not a link`);
    // The first result's own link, after the answer's links.
    expect(
      await page.evaluate(() => document.activeElement === document.querySelector('[data-search-page-results] > li a')),
    ).toBe(true);
    expect(first).toBe(order.length - (await page.locator('[data-search-page-results] a[href]').count()));
    expect(first).toBeGreaterThan(0); // the answer's links come first
    for (let i = 1; i <= 4 && first + i < order.length; i++) {
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe(first + i);
    }
    for (let i = Math.min(4, order.length - 1 - first) - 1; i >= -first; i--) {
      await page.keyboard.press('ArrowUp');
      expect(await focused()).toBe(first + i);
    }
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-page-input');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('search over an index in shards (root build, SEARCH_SHARD_PAGES=25) answers as one index does (/ledger/ build)', () => {
  let sharded: StaticSite;
  let single: StaticSite;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    sharded = await serveWithCsp(buildDir('root'), '/');
    single = await serveWithCsp(buildDir('ledger'));
    browser = await launchBrowser();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await sharded?.close();
    await single?.close();
  });

  const pageCount = (index: string) =>
    Object.values(
      (
        JSON.parse(readFileSync(join(index, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        }
      ).languages,
    ).reduce((sum, l) => sum + l.page_count, 0);

  it('keeps claims and sources in shards listed for the browser, every page in one index, no second copy of the scripts', () => {
    const bundle = join(buildDir('root'), 'pagefind');
    const { shards } = JSON.parse(readFileSync(join(bundle, 'shards.json'), 'utf8')) as { shards: string[] };
    expect(shards.filter((s) => s.startsWith('shards/claims-')).length).toBeGreaterThan(1);
    expect(shards.filter((s) => s.startsWith('shards/sources-')).length).toBeGreaterThan(1);
    for (const shard of shards) {
      const files = readdirSync(join(bundle, shard));
      expect(files, shard).toContain('pagefind-entry.json');
      expect(
        files.filter((f) => /^(pagefind\.js|pagefind-worker\.js|wasm\..*)$/.test(f)),
        shard,
      ).toEqual([]);
    }
    const total = pageCount(bundle) + shards.reduce((sum, s) => sum + pageCount(join(bundle, s)), 0);
    expect(total).toBe(pageCount(join(buildDir('ledger'), 'pagefind')));
    expect(JSON.parse(readFileSync(join(buildDir('ledger'), 'pagefind', 'shards.json'), 'utf8'))).toEqual({
      shards: [],
    });
  });

  /** Every result of a search (pressing "more" until all are shown), without the base path, and the facets' counts. */
  async function everything(page: Page, site: StaticSite, base: string, query: string) {
    const { status } = await searchPage(page, site, query);
    const more = page.locator('[data-search-page-more]');
    while (await more.isVisible()) {
      const before = await page.locator('[data-search-page-results] > li').count();
      await more.click();
      await expect.poll(() => page.locator('[data-search-page-results] > li').count()).toBeGreaterThan(before);
    }
    const results = await shownResults(page, '[data-search-page-results]');
    const facets = await page.$$eval('[data-search-facets] label', (labels) =>
      labels.map((l) => l.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
    return { status, urls: results.map((r) => r.url.replace(base, '/')).sort(), facets };
  }

  it('the same searches find the same pages with the same counts, and every shard loads without an error', async () => {
    const a = await watchedPage(context);
    const b = await watchedPage(context);
    // Words every shard knows, or knows nothing of. (A word that no page of a shard has can match a
    // short word that starts it there — "landmine" finds "la" in two French texts in the sources'
    // shards — which is Pagefind's per-index fallback: BENCHMARKS.md › Search index in shards.)
    for (const query of [
      '?q=Poland',
      '?q=withdrawal&type=claim',
      '?q=parliament',
      '?q=Kazakhstan',
      '?type=source&country=Lithuania',
    ]) {
      const inShards = await everything(a.page, sharded, '/', query);
      const inOne = await everything(b.page, single, '/ledger/', query);
      expect(inShards.urls.length, query).toBeGreaterThan(0);
      expect(inShards, query).toEqual(inOne);
    }
    // The claims and the sources came from their shards: every shard's entry file was fetched.
    const fetched = a.responses.filter((r) => r.status === 200).map((r) => new URL(r.url).pathname);
    const { shards } = JSON.parse(readFileSync(join(buildDir('root'), 'pagefind', 'shards.json'), 'utf8')) as {
      shards: string[];
    };
    for (const shard of shards) expect(fetched, shard).toContain(`/pagefind/${shard}pagefind-entry.json`);
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    await a.page.close();
    await b.page.close();
  });
});

describe('search filters by topic', () => {
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await serveWithCsp(buildDir('ledger'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('?type=treaty&topic=nuclear-testing lists exactly the treaties filed under that topic, and the control shows it', async () => {
    const treaties = readdirSync(join(buildDir('ledger'), 'treaties'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(buildDir('ledger'), 'treaties', d.name, 'index.html')))
      .map((d) => d.name);
    const filed = treaties.filter((id) =>
      htmlPage('ledger', `/treaties/${id}/`)
        .querySelectorAll('[data-pagefind-filter="topic"]')
        .some((e) => e.textContent === 'nuclear-testing'),
    );
    expect(filed.length).toBeGreaterThan(1);
    const page = await browser.newPage();
    const { results } = await searchPage(page, site, '?type=treaty&topic=nuclear-testing');
    expect(results.map((r) => r.url).sort()).toEqual(filed.map((id) => `/ledger/treaties/${id}/`).sort());
    const select = page.locator('select[name="topic"]');
    expect(await select.inputValue()).toBe('nuclear-testing');
    expect(await select.locator('option:checked').textContent()).toMatch(/^Nuclear testing \(\d+\)$/);
    // Choosing another topic changes the URL and the results.
    await select.selectOption('landmines');
    await expect.poll(() => new URL(page.url()).searchParams.get('topic')).toBe('landmines');
    await expect
      .poll(async () => (await pageOutcome(page)).results.map((r) => r.url))
      .toContain('/ledger/treaties/ottawa-convention/');
    await page.close();
  });
});

describe('what Pagefind indexes reads as text', () => {
  /** Every indexed page's text, as Pagefind stored it (fragments are gzipped JSON). */
  function fragments(): { url: string; content: string }[] {
    const dir = join(buildDir('ledger'), 'pagefind', 'fragment');
    return readdirSync(dir).map((f) => {
      const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    });
  }

  it('no term runs into its description ("PublisherNews.Az"), on any page with a definition list', () => {
    const all = fragments();
    expect(all.length).toBeGreaterThan(100);
    const joined: string[] = [];
    let pairs = 0;
    for (const { url, content } of all) {
      const root = htmlPage('ledger', url.replace(/^\/ledger/, ''));
      for (const dt of root.querySelectorAll('main dt')) {
        const dd = dt.nextElementSibling;
        if (dd?.tagName !== 'DD') continue;
        const term = dt.textContent.replace(/\s+/g, ' ').trim();
        const value = dd.textContent.replace(/\s+/g, ' ').trim().slice(0, 12);
        if (!term || !value) continue;
        pairs++;
        if (content.includes(`${term}${value}`)) joined.push(`${url}: ${term}${value}`);
      }
      const run = /(Publisher|Published|Link|Language|Standing|Claimant|Made|Kind|About)(?=[A-Z0-9])/.exec(content);
      if (run) joined.push(`${url}: …${content.slice(Math.max(0, run.index - 20), run.index + 30)}…`);
    }
    expect(pairs).toBeGreaterThan(100);
    expect(joined.slice(0, 10)).toEqual([]);
  });

  it('a source’s excerpt in the results reads as words', async () => {
    const site = await serveWithCsp(buildDir('ledger'));
    const browser = await launchBrowser();
    const page = await browser.newPage();
    await searchPage(page, site, '?q=News.Az&type=source');
    const excerpts = await page.$$eval('[data-search-page-results] .search-result__excerpt', (ps) =>
      ps.map((p) => p.textContent ?? ''),
    );
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) expect(text).not.toMatch(/[a-z.)](Published|Link|Language|Standing)|\d{4}Link/);
    await browser.close();
    await site.close();
  });
});

describe('the markup Pagefind reads', () => {
  const dir = () => buildDir('ledger');

  it('every entry page is indexed from its main content, typed, with filters and metadata', () => {
    const pages = listFiles(dir()).filter((f) =>
      /^(treaties|countries|claims|sources|briefings)\/[^/]+\/index\.html$/.test(f),
    );
    expect(pages.length).toBeGreaterThan(5);
    const TYPES: Record<string, string> = {
      treaties: 'treaty',
      countries: 'country',
      claims: 'claim',
      sources: 'source',
      briefings: 'briefing',
    };
    for (const file of pages) {
      const root = htmlPage('ledger', `/${file.replace(/index\.html$/, '')}`);
      const bodies = root.querySelectorAll('[data-pagefind-body]');
      expect(
        bodies.map((b) => b.tagName),
        file,
      ).toEqual(['MAIN']);
      const filter = (key: string) =>
        root.querySelectorAll(`[data-pagefind-filter="${key}"]`).map((e) => e.textContent);
      expect(filter('type'), file).toEqual([TYPES[file.split('/')[0] ?? '']]);
      expect(root.querySelector('[data-pagefind-meta="summary"]')?.textContent.trim(), file).toBeTruthy();
      expect(root.querySelector('header')?.getAttribute('data-pagefind-ignore'), file).toBe('all');
    }
  });

  it('aliases are indexed with weight and hidden from readers', () => {
    const ottawa = htmlPage('ledger', '/treaties/ottawa-convention/').querySelector('[data-search-aliases]');
    expect(ottawa?.getAttribute('data-pagefind-weight')).toBe(String(ALIAS_WEIGHT));
    expect(ottawa?.hasAttribute('hidden')).toBe(true);
    expect(ottawa?.textContent).toContain('APMBC');
    expect(ottawa?.textContent).toContain('Mine Ban Treaty');
    expect(htmlPage('ledger', '/countries/poland/').querySelector('[data-search-aliases]')?.textContent).toContain(
      'Polska',
    );
  });

  it('the search page is not itself indexed', () => {
    expect(htmlPage('ledger', '/search/').querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
  });

  it('every page carries one search bootstrap of at most 1 KB gzip, and no inline style attribute from search', () => {
    for (const path of ['/', '/countries/poland/', '/search/']) {
      const root = htmlPage('ledger', path);
      const inline = root
        .querySelectorAll('script')
        .filter((s) => !s.getAttribute('src') && s.textContent.includes('data-search-open'));
      const external = root
        .querySelectorAll('script[src]')
        .filter((s) => /SearchControl/.test(s.getAttribute('src') ?? ''));
      expect(inline.length + external.length, path).toBe(1);
      const code =
        inline[0]?.textContent ??
        readFileSync(join(dir(), (external[0]?.getAttribute('src') ?? '').replace(/^\/ledger\//, '')), 'utf8');
      expect(gzipSync(code).length, path).toBeLessThanOrEqual(1024);
      for (const el of root.querySelectorAll(
        '.search-control, .search-dialog, .search-page, .search-control *, .search-dialog *, .search-page *',
      )) {
        expect(el.getAttribute('style'), path).toBeUndefined();
      }
    }
  });
});

describe('briefings: sections as sub-results, and the briefing facet (fixture content)', () => {
  // The content is written afresh each run, always to the same folder (Astro's content cache
  // remembers the content folder's path); the build is reused while it is current.
  const temp = join(BUILDS_DIR, 'search-fixture');
  const outDir = join(temp, 'dist');
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    const content = join(temp, 'content');
    rmSync(content, { recursive: true, force: true });
    cpSync(join(ROOT, 'tests/fixtures/content'), content, { recursive: true });
    const briefing = join(content, 'briefings/exit.mdx');
    writeFileSync(
      briefing,
      `${readFileSync(briefing, 'utf8')}
## Why the Baltic states moved first

Estonia, Latvia and Lithuania deposited their instruments of withdrawal on the same day in June.

## How the Polish parliament voted

The Sejm backed the withdrawal by a large majority before the instrument went to New York.
`,
    );
    await reuseOrBuild({ name: 'search-fixture', base: '/ledger/', contentDir: content, outDir });
    site = await serveWithCsp(outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('a search that matches a section links to that heading', async () => {
    const page = await browser.newPage();
    await searchPage(page, site, '?q=Sejm+majority');
    const first = page.locator('[data-search-page-results] > li').first();
    expect(await first.getAttribute('data-type')).toBe('briefing');
    expect(await first.locator('.search-result__meta').textContent()).toBe('Briefing · 20 March 2025');
    const sections = await first
      .locator('.search-result__sections a')
      .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(sections).toContainEqual([
      'How the Polish parliament voted',
      '/ledger/briefings/exit/#how-the-polish-parliament-voted',
    ]);
    await first.locator('.search-result__sections a').first().click();
    await page.waitForURL(/\/ledger\/briefings\/exit\/#how-the-polish-parliament-voted$/);
    await page.close();
  });

  it('?q=Poland&type=briefing lists only briefings, the same after a reload', async () => {
    const page = await browser.newPage();
    const before = await searchPage(page, site, '?q=Poland&type=briefing');
    expect(before.results.map((r) => r.url)).toEqual(['/ledger/briefings/exit/']);
    await page.reload();
    expect(await pageOutcome(page)).toEqual(before);
    await page.close();
  });
});
