/**
 * The "as of" control in a real browser, without a site build: the control and a map rendered by
 * the Container API, the bootstrap and the control's code bundled by Vite (as the build bundles
 * them) and served under the URLs the rendered script points at, in Chromium.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { bundleModule, type Bundle } from '../../tests/support/bundle.ts';
import { ROOT } from '../../scripts/lib/build.ts';
import AsOfControl from '../components/viz/AsOfControl.astro';
import TreatyMap from '../components/viz/TreatyMap.astro';
import { realLedger } from '../../tests/support/ledger.ts';

const ORIGIN = 'http://viz.test';

describe('the as-of control in Chromium', () => {
  let browser: Browser;
  let client: Bundle;
  let boot: Bundle;
  let html: string;
  const requested: string[] = [];
  /** A typed date applies after a pause in typing (TYPING_PAUSE_MS), and the code loads on first use. */
  const WAIT = { timeout: 5000 };

  beforeAll(async () => {
    [client, boot] = await Promise.all([
      bundleModule(`${ROOT}src/client/as-of-main.ts`),
      bundleModule(`${ROOT}src/client/as-of-boot.ts`),
    ]);
    const container = await AstroContainer.create();
    const ledger = realLedger();
    const control = await container.renderToString(AsOfControl, { props: { ledger, treaties: ['ottawa-convention'] } });
    const map = await container.renderToString(TreatyMap, { props: { ledger, treaty: 'ottawa-convention' } });
    const counts =
      '<p>Contracting states: <span data-asof-count="ottawa-convention:bound">?</span>, parties: <span data-asof-count="ottawa-convention:parties">?</span></p>' +
      '<p data-asof-hide-zero hidden>withdrawn: <span data-asof-count="ottawa-convention:withdrawn">0</span></p>';
    // Poland's row as the treaty page's StatusLabel writes it, with the hooks of the contract.
    const label =
      '<p>Poland: <span class="status status--withdrawal-pending" data-status="withdrawal-pending" data-asof-status="ottawa-convention:poland">Withdrawal pending</span> <span class="note" data-asof-note="ottawa-convention:poland">takes effect 20 Feb 2026</span></p>';
    html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${control}${counts}${label}${map}</body></html>`;
    browser = await launchBrowser();
    // Reading the real content (23 treaties, 4,000+ deposits), two bundles and a browser launch: seconds, not ten.
  }, 60_000);
  afterAll(async () => browser?.close());

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      requested.push(url.pathname);
      const js = (body: string) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body });
      // The component's script, as the build makes it: the bootstrap, given the URL of the code.
      if (url.pathname.endsWith('AsOfControl.astro'))
        return js(`import { boot } from '/boot.js'; boot(document, '/as-of.js');`);
      if (url.pathname === '/boot.js') return js(boot.code);
      if (url.pathname === '/as-of.js') return js(client.code);
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    });
    requested.length = 0;
    await page.goto(`${ORIGIN}${path}`);
    return page;
  }

  const statusCell = (page: Page) => page.locator('[data-asof-status="ottawa-convention:poland"]').first();
  const polandShape = (page: Page) => page.locator('figure [data-asof-shape="ottawa-convention:poland"]');

  it('loads nothing but the bootstrap until the control is used', async () => {
    const page = await open('/treaties/ottawa-convention/');
    await expect.poll(() => page.locator('[data-asof-control]').isVisible()).toBe(true);
    expect(requested.some((p) => p === '/as-of.js')).toBe(false);
    await page.getByLabel('Show statuses on').fill('2026-02-21');
    await expect.poll(() => statusCell(page).textContent(), WAIT).toBe('Withdrawn');
    expect(requested).toContain('/as-of.js');
    await page.close();
  });

  it('changes Poland from withdrawal pending to withdrawn when the date passes 20 Feb 2026', async () => {
    const page = await open('/treaties/ottawa-convention/');
    expect(await statusCell(page).textContent()).toBe('Withdrawal pending');
    await page.getByLabel('Show statuses on').fill('2026-02-19');
    await expect.poll(() => statusCell(page).getAttribute('data-status')).toBe('withdrawal-pending');
    await page.getByLabel('Show statuses on').fill('2026-02-20');
    await expect.poll(() => statusCell(page).getAttribute('data-status')).toBe('withdrawn');
    expect(await polandShape(page).getAttribute('class')).toBe('viz-s viz-s-withdrawn');
    expect(await statusCell(page).getAttribute('class')).toBe('status status--withdrawn');
    expect(await page.locator('[data-asof-note="ottawa-convention:poland"]').textContent()).toBe('');
    expect(await polandShape(page).getAttribute('fill')).toBe('url(#viz-ottawa-convention-map-withdrawn)');
    expect(await polandShape(page).locator('title').textContent()).toBe('Poland — withdrawn (effective 20 Feb 2026)');
    // The close-up's Poland follows, and is not counted twice in the legend.
    expect(
      await page.locator('[data-closeup] [data-asof-shape="ottawa-convention:poland"]').getAttribute('class'),
    ).toBe('viz-s viz-s-withdrawn');
    // Estonia, Latvia, Lithuania (27 Dec 2025), Finland (10 Jan 2026) and now Poland.
    expect(await page.locator('[data-asof-legend="ottawa-convention:withdrawn"]').textContent()).toBe('5');
    // 162 contracting states on 3 Feb 2026 (the UNTC page header), less Poland.
    expect(await page.locator('[data-asof-count="ottawa-convention:bound"]').textContent()).toBe('161');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2026-02-20');
    expect(await page.locator('[data-asof-summary]').textContent()).toContain('Showing 20 February 2026');
    await page.close();
  });

  it('applies ?asOf= on load, and the reset button returns to the edition’s date', async () => {
    const page = await open('/treaties/ottawa-convention/?asOf=2025-01-01');
    await expect.poll(() => statusCell(page).textContent()).toBe('Party');
    expect(await page.locator('[data-asof-status="ottawa-convention:estonia"]').textContent()).toBe('Party');
    // 162 on 3 Feb 2026, plus the four withdrawn since, less the Marshall Islands (12 Mar 2025) and Tonga (25 Jun 2025).
    expect(await page.locator('[data-asof-count="ottawa-convention:bound"]').textContent()).toBe('164');
    // A tile that hides at zero: nobody had withdrawn from the Ottawa Convention by 1 Jan 2025 …
    expect(await page.locator('[data-asof-hide-zero]').isHidden()).toBe(true);
    expect(await page.getByLabel('Show statuses on').inputValue()).toBe('2025-01-01');
    await page.getByRole('button', { name: 'Back to 3 Feb 2026' }).click();
    await expect.poll(() => statusCell(page).textContent()).toBe('Withdrawal pending');
    // … and four had by 3 Feb 2026 (Estonia, Latvia, Lithuania, Finland): the tile shows.
    expect(await page.locator('[data-asof-hide-zero]').isVisible()).toBe(true);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('says plainly that later deposits may be missing for a date more than 90 days past the record', async () => {
    const page = await open('/treaties/ottawa-convention/?asOf=2026-12-31');
    await expect.poll(() => page.locator('[data-asof-summary]').textContent()).toContain('Showing 31 December 2026');
    expect(await page.locator('[data-asof-summary]').textContent()).toContain(
      'The record is 331 days older than that date: deposits, withdrawals and other changes recorded after 3 February 2026 may be missing.',
    );
    expect(await page.locator('[data-asof-summary]').textContent()).toContain(
      'Ottawa Convention: 161 contracting states; 161 parties',
    );
    await page.getByLabel('Show statuses on').fill('2026-03-01');
    await expect.poll(() => page.locator('[data-asof-summary]').textContent()).toContain('Showing 1 March 2026');
    expect(await page.locator('[data-asof-summary]').textContent()).not.toContain('may be missing');
    await page.close();
  });

  it('writes the label’s note for the date: “takes effect” while a withdrawal is pending', async () => {
    const page = await open('/treaties/ottawa-convention/?asOf=2025-09-01');
    await expect
      .poll(() => page.locator('[data-asof-note="ottawa-convention:poland"]').textContent())
      .toBe('takes effect 20 Feb 2026');
    expect(await page.locator('[data-asof-note="ottawa-convention:estonia"]').count()).toBe(0);
    await page.close();
  });

  it('moves by year with the slider', async () => {
    const page = await open('/treaties/ottawa-convention/');
    await page.getByLabel('or the end of year').fill('2012');
    await expect.poll(() => page.getByLabel('Show statuses on').inputValue()).toBe('2012-12-31');
    expect(await statusCell(page).textContent()).toBe('Consented, not yet in force');
    await page.close();
  });

  /** The date field, typed into as a reader does: click it, then the keys, in the field's own order. */
  async function typeDate(page: Page, keys: string) {
    await page.getByLabel('Show statuses on').click({ position: { x: 8, y: 8 } });
    await page.keyboard.type(keys);
  }

  /** Every summary the control writes while the test runs, and every value the field takes. */
  async function record(page: Page) {
    await page.evaluate(() => {
      const w = window as unknown as { shown: string[]; values: string[] };
      w.shown = [];
      w.values = [];
      const out = document.querySelector('[data-asof-summary]')!;
      new MutationObserver(() => w.shown.push(out.textContent ?? '')).observe(out, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      const input = document.querySelector<HTMLInputElement>('input[type="date"]')!;
      input.addEventListener('input', () => w.values.push(input.value));
    });
    return () =>
      page.evaluate(() => {
        const { shown, values } = window as unknown as { shown: string[]; values: string[] };
        return { shown, values };
      });
  }

  describe.each([
    ['en-US', { width: 390, height: 844 }],
    ['en-GB', { width: 390, height: 844 }],
    ['en-US', { width: 1280, height: 800 }],
    ['en-GB', { width: 1280, height: 800 }],
  ])('typing a date in a %s browser at %o', (lang, viewport) => {
    let localBrowser: Browser;
    beforeAll(async () => {
      localBrowser = await launchBrowser({ lang });
    });
    afterAll(async () => localBrowser?.close());

    async function openIn(path: string): Promise<Page> {
      const context = await localBrowser.newContext({ locale: lang, viewport });
      const page = await context.newPage();
      await page.route(`${ORIGIN}/**`, async (route) => {
        const url = new URL(route.request().url());
        const js = (body: string) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body });
        if (url.pathname.endsWith('AsOfControl.astro'))
          return js(`import { boot } from '/boot.js'; boot(document, '/as-of.js');`);
        if (url.pathname === '/boot.js') return js(boot.code);
        if (url.pathname === '/as-of.js') return js(client.code);
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      });
      await page.goto(`${ORIGIN}${path}`);
      return page;
    }

    it('01/01/2025 shows 1 January 2025 and nothing else on the way (no jump to the first date)', async () => {
      const page = await openIn('/treaties/ottawa-convention/');
      const seen = await record(page);
      await typeDate(page, '01/01/2025');
      await expect
        .poll(() => page.locator('[data-asof-summary]').textContent(), WAIT)
        .toContain('Showing 1 January 2025');
      const { shown, values } = await seen();
      // The field went 2026-01-03 … 0002-01-01 … 2025-01-01 as the keys came: none of those was shown.
      expect(values.at(-1)).toBe('2025-01-01');
      expect(shown.filter((t) => t.startsWith('Showing'))).toEqual([expect.stringContaining('Showing 1 January 2025')]);
      expect(await page.getByLabel('Show statuses on').inputValue()).toBe('2025-01-01');
      expect(await statusCell(page).textContent()).toBe('Party');
      expect(new URL(page.url()).searchParams.get('asOf')).toBe('2025-01-01');
      await page.close();
    });

    it('a date with day ≠ month goes in as the field orders it, and that exact date is shown', async () => {
      const page = await openIn('/treaties/ottawa-convention/');
      // The field's order is the browser's (a Chromium with no en-GB pack orders en-US): read it from a probe.
      await typeDate(page, '02/03/2025');
      await page.keyboard.press('Enter');
      const probe = await page.getByLabel('Show statuses on').inputValue();
      expect(['2025-02-03', '2025-03-02']).toContain(probe);
      const dayFirst = probe === '2025-03-02';
      await typeDate(page, dayFirst ? '21/02/2026' : '02/21/2026');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('[data-asof-summary]').textContent(), WAIT)
        .toContain('Showing 21 February 2026');
      expect(await statusCell(page).textContent()).toBe('Withdrawn');
      await page.close();
    });

    it('says “not yet adopted” before adoption and “not yet in force” before entry into force', async () => {
      const page = await openIn('/treaties/ottawa-convention/');
      await typeDate(page, '06/06/1990');
      await page.keyboard.press('Tab');
      await expect
        .poll(() => page.locator('[data-asof-summary]').textContent(), WAIT)
        .toContain('Ottawa Convention: not yet adopted (adopted 18 September 1997)');
      expect(await page.getByLabel('Show statuses on').inputValue()).toBe('1990-06-06');
      expect(await page.locator('[data-asof-count="ottawa-convention:bound"]').textContent()).toBe('0');
      await typeDate(page, '06/06/1998');
      await page.keyboard.press('Tab');
      await expect
        .poll(() => page.locator('[data-asof-summary]').textContent(), WAIT)
        .toContain('Ottawa Convention: not yet in force (in force from 1 March 1999)');
      expect(await page.locator('[data-asof-summary]').textContent()).toMatch(/; \d+ ratifications/);
      await page.close();
    });
  });

  it('a half-typed year is never applied; the field keeps what was typed', async () => {
    const page = await open('/treaties/ottawa-convention/');
    await page.getByLabel('Show statuses on').click({ position: { x: 8, y: 8 } });
    await page.keyboard.type('01/01/20');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('[data-asof-summary]').textContent(), WAIT).toContain('Finish the year');
    expect(await page.getByLabel('Show statuses on').inputValue()).toBe('0020-01-01');
    expect(await statusCell(page).textContent()).toBe('Withdrawal pending');
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('the year slider shows its value, its first and last years and ticks', async () => {
    const page = await open('/treaties/ottawa-convention/');
    const year = page.locator('[data-asof-year]');
    expect(await year.textContent()).toBe('2026');
    const ticks = await page.locator('datalist option').evaluateAll((o) => o.map((x) => x.getAttribute('value')));
    expect(ticks).toEqual(['1997', '2000', '2005', '2010', '2015', '2020', '2025', '2027']);
    expect(await page.locator('.viz-asof-ends').textContent()).toBe('19972027');
    await page.getByLabel('or the end of year').fill('2012');
    await expect.poll(() => year.textContent()).toBe('2012');
    await page.close();
  });

  it('fits the script budgets: ≤ 10 KB gzip for the control, ≤ 1 KB for the inline bootstrap', () => {
    console.log(
      `as-of client: ${client.bytes} B, ${client.gzip} B gzip; bootstrap: ${boot.bytes} B (${boot.gzip} B gzip)`,
    );
    expect(client.gzip).toBeLessThanOrEqual(10 * 1024);
    expect(boot.bytes).toBeLessThanOrEqual(1024);
  });
});
