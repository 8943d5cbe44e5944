/**
 * Maps, charts and the "as of" control on the built site, served under /ledger/ like a CDN serves
 * it, in Chromium. The treaty page places the control and the map, the country page the control:
 * a page without them fails here, naming the component, rather than skipping the check (a skip
 * would hide a component dropped from its page).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchPage } from '../support/gates/a11y.ts';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { servedInBrowser } from '../support/served.ts';
import { buildDir, listFiles } from '../support/site.ts';

const TREATY = 'treaties/ottawa-convention/';
const COUNTRY = 'countries/poland/';

/** Fails, naming the page and the component, unless the built page carries the component. */
function expectComponent(path: string, marker: string, component: string): void {
  const file = join(buildDir('ledger'), path, 'index.html');
  if (!existsSync(file)) throw new Error(`No page /ledger/${path} in the ledger build (${file})`);
  if (!readFileSync(file, 'utf8').includes(marker))
    throw new Error(`/ledger/${path} has no ${component} (no ${marker} in its HTML): the page is meant to place it`);
}

describe('the "as of" control in the browser', () => {
  const served = servedInBrowser(() => serveStatic(buildDir('ledger'), '/ledger/'));

  /** Opens a page, recording script requests, CSP violations and page errors. */
  async function open(path: string, javaScriptEnabled = true) {
    const context = await served.browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const scripts: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation(v: string): void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    const watch = watchPage(page);
    await page.goto(`${served.site.url}${path}`, { waitUntil: 'networkidle' });
    return { page, scripts, violations, problems: watch.problems, close: () => context.close() };
  }

  const status = (page: Page, treaty: string, country: string) =>
    page.locator(`[data-asof-status="${treaty}:${country}"]`).first();

  it('the treaty page places the control and the map, the country page the control', () => {
    expectComponent(TREATY, 'data-asof-control', '<AsOfControl>');
    expectComponent(TREATY, 'data-asof-map=', '<TreatyMap>');
    expectComponent(COUNTRY, 'data-asof-control', '<AsOfControl>');
  });

  it('fetches no JavaScript until the control is used, then at most 10 KB gzip', async () => {
    expectComponent(TREATY, 'data-asof-control', '<AsOfControl>');
    const { page, scripts, violations, problems, close } = await open(TREATY);
    expect(scripts).toEqual([]);
    await page.getByLabel('Show statuses on').fill('2026-02-21');
    await expect.poll(() => status(page, 'ottawa-convention', 'poland').textContent()).toBe('Withdrawn');
    expect(scripts.length).toBeGreaterThan(0);
    const gzip = scripts.reduce(
      (sum, path) => sum + gzipSync(readFileSync(join(buildDir('ledger'), path.replace(/^\/ledger\//, '')))).length,
      0,
    );
    console.log(`as-of scripts fetched on use: ${scripts.join(', ')} — ${gzip} B gzip`);
    expect(gzip).toBeLessThanOrEqual(10 * 1024);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('changes Poland’s status on the treaty page when the date moves past 20 Feb 2026', async () => {
    expectComponent(TREATY, 'data-asof-control', '<AsOfControl>');
    const { page, close } = await open(TREATY);
    expect(await status(page, 'ottawa-convention', 'poland').textContent()).toBe('Withdrawal pending');
    await page.getByLabel('Show statuses on').fill('2026-02-19');
    await expect.poll(() => page.url()).toContain('asOf=2026-02-19');
    expect(await status(page, 'ottawa-convention', 'poland').getAttribute('data-status')).toBe('withdrawal-pending');
    await page.getByLabel('Show statuses on').fill('2026-02-20');
    await expect.poll(() => status(page, 'ottawa-convention', 'poland').getAttribute('data-status')).toBe('withdrawn');
    expectComponent(TREATY, 'data-asof-map=', '<TreatyMap>');
    expect(await page.locator('figure [data-asof-shape="ottawa-convention:poland"]').getAttribute('class')).toBe(
      'viz-s viz-s-withdrawn',
    );
    await close();
  });

  it('applies ?asOf= from the URL on load', async () => {
    expectComponent(TREATY, 'data-asof-control', '<AsOfControl>');
    const { page, close } = await open(`${TREATY}?asOf=2025-01-01`);
    await expect.poll(() => status(page, 'ottawa-convention', 'poland').textContent()).toBe('Party');
    expect(await status(page, 'ottawa-convention', 'estonia').textContent()).toBe('Party');
    await close();
  });

  it('without JavaScript keeps the build date’s statuses and hides the control', async () => {
    expectComponent(TREATY, 'data-asof-control', '<AsOfControl>');
    const { page, close } = await open(TREATY, false);
    expect(await status(page, 'ottawa-convention', 'poland').textContent()).toBe('Withdrawal pending');
    expect(await page.locator('[data-asof-control]').isVisible()).toBe(false);
    await close();
  });

  it('changes Poland’s status on its own page when the date moves past 20 Feb 2026', async () => {
    expectComponent(COUNTRY, 'data-asof-control', '<AsOfControl>');
    const { page, violations, close } = await open(COUNTRY);
    await page.getByLabel('Show statuses on').fill('2026-02-20');
    await expect.poll(() => status(page, 'ottawa-convention', 'poland').textContent()).toBe('Withdrawn');
    expect(violations).toEqual([]);
    await close();
  });
});

describe('sizes on the built pages', () => {
  const pages = listFiles(buildDir('ledger'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ file: f, text: readFileSync(join(buildDir('ledger'), f), 'utf8') }));
  const withMap = pages.filter((p) => p.text.includes('data-asof-map='));
  const withControl = pages.filter((p) => p.text.includes('data-asof-control'));

  it('each map SVG is at most 60 KB gzip', () => {
    expect(withMap.length, 'no page of the ledger build carries a map (data-asof-map=)').toBeGreaterThan(0);
    for (const { file, text } of withMap) {
      const svg = /<div class="viz viz-map"[\s\S]*?<svg[\s\S]*?<\/svg>/.exec(text)?.[0] ?? '';
      const gzip = gzipSync(svg).length;
      console.log(`${file}: map ${(svg.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
      expect(gzip, file).toBeLessThanOrEqual(60 * 1024);
    }
  });

  it('the as-of bootstrap is inline and small, and the control’s code is a file fetched on use', () => {
    expect(withControl.length, 'no page of the ledger build carries the as-of control').toBeGreaterThan(0);
    for (const { file, text } of withControl) {
      const inline = [...text.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
      const boot = inline.filter((code) => code.includes('data-asof-control'));
      expect(boot, file).toHaveLength(1);
      console.log(`${file}: as-of bootstrap ${Buffer.byteLength(boot[0]!)} B, ${gzipSync(boot[0]!).length} B gzip`);
      expect(Buffer.byteLength(boot[0]!), file).toBeLessThanOrEqual(1024);
      const url = /[`"']([^`"']*\/_astro\/as-of-main[^`"']*\.js)[`"']/.exec(boot[0]!)?.[1];
      expect(url, file).toBeDefined();
      expect(existsSync(join(buildDir('ledger'), url!.replace(/^\/ledger\//, ''))), url).toBe(true);
    }
  });
});
