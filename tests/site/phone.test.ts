/**
 * Reading on a phone (issue 17, items 3 and 4), on the built site in Chromium at 390×844 (and a
 * laptop's 1280 where it matters): no page scrolls sideways even with every <details> open; chart
 * text is 12 CSS px or more, laid out for the width rather than scaled; wide tables keep their first
 * column in view and show that they scroll; the treaty map offers a close-up of the region where the
 * story is and a list of the small states; the participants table sorts and filters, loading its
 * code only on first use, and the count tiles lead to the rows they count.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { pathFor } from '../../src/lib/urls/routes.ts';
import { realLedger } from '../support/ledger.ts';
import { servedInBrowser } from '../support/served.ts';
import { buildDir } from '../support/site.ts';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const ledger = realLedger();
const first = <T>(map: Map<string, T>) => [...map.keys()][0]!;

/** One page of every type; treaties of every kind (multilateral, bilateral and ended, not in force) and every briefing. */
const PAGES: string[] = [
  '/',
  '/treaties/',
  '/countries/',
  '/claims/',
  '/sources/',
  '/briefings/',
  '/search/',
  '/about/',
  '/data/',
  '/no-such-page/',
  ...['ottawa-convention', 'new-start', 'inf-treaty', 'ctbt', 'convention-on-cluster-munitions']
    .filter((id) => ledger.treaties.has(id))
    .map((id) => pathFor('treaties', id)),
  pathFor('countries', 'poland'),
  pathFor('countries', 'united-states'),
  pathFor('claims', ledger.claims.has('seimas-ccm-vote-99') ? 'seimas-ccm-vote-99' : first(ledger.claims)),
  pathFor('sources', 'untc-xxvi-5'),
  ...[...ledger.briefings.keys()].map((id) => pathFor('briefings', id)),
];

describe('on a phone', () => {
  const served = servedInBrowser(() => serveStatic(buildDir('root'), '/'));

  async function open(path: string, viewport = PHONE): Promise<Page> {
    const context = await served.browser.newContext({ viewport, isMobile: viewport === PHONE, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${served.site.url}${path.slice(1)}`);
    return page;
  }

  it('no page scrolls sideways at 390 px, with every <details> open', async () => {
    const wide: string[] = [];
    const page = await open('/');
    for (const path of PAGES) {
      await page.goto(`${served.site.url}${path.slice(1)}`, { waitUntil: 'domcontentloaded' });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) wide.push(`${path}: ${width} px wide`);
    }
    await page.context().close();
    expect(wide).toEqual([]);
  }, 300_000);

  /** The smallest chart text on a page, in CSS px as drawn (font size × the drawing's scale). */
  const smallestChartText = (page: Page) =>
    page.evaluate(() => {
      const sizes = [...document.querySelectorAll('svg text')].flatMap((text) => {
        const svg = text.closest('svg')!;
        const drawn = svg.getBoundingClientRect().width;
        if (drawn === 0) return []; // the other layout, not displayed
        return [parseFloat(getComputedStyle(text).fontSize) * (drawn / svg.viewBox.baseVal.width)];
      });
      return { count: sizes.length, min: Math.min(...sizes) };
    });

  it.each([
    ['a phone', PHONE],
    ['a narrow tablet', { width: 700, height: 900 }],
    ['a laptop', LAPTOP],
  ])('chart text is at least 12 CSS px on %s (treaty and country pages)', async (_, viewport) => {
    // New START (two parties) has a timeline instead of a chart; the NPT's chart spans 1968 to today.
    for (const path of ['/treaties/ottawa-convention/', '/treaties/npt/', '/countries/poland/']) {
      const page = await open(path, viewport);
      const { count, min } = await smallestChartText(page);
      expect(count, path).toBeGreaterThan(0);
      expect(min, path).toBeGreaterThanOrEqual(12);
      await page.context().close();
    }
  });

  it('the membership chart has a legend for its line styles', async () => {
    const page = await open('/treaties/ottawa-convention/');
    const legend = page.locator('.viz-lines li');
    expect(await legend.allTextContents()).toEqual(['162 contracting states', '162 parties', '0 signatories only']);
    const styles = await page
      .locator('.viz-lines path')
      .evaluateAll((paths) =>
        paths.map((p) => getComputedStyle(p).strokeDasharray + ' ' + getComputedStyle(p).strokeWidth),
      );
    expect(new Set(styles).size).toBe(3);
    await page.context().close();
  });

  it('the map offers a close-up of Europe, where the Ottawa exits are, with states a finger can tap', async () => {
    const page = await open('/treaties/ottawa-convention/');
    const closeUp = page.locator('[data-closeup]');
    expect(await closeUp.locator('summary').textContent()).toContain(
      'Europe, where the states leaving or gone are: Estonia, Finland, Latvia, Lithuania, Poland',
    );
    for (const country of ['poland', 'estonia', 'latvia', 'lithuania', 'finland']) {
      const world = (await page.locator(`figure [data-asof-shape="ottawa-convention:${country}"]`).boundingBox())!;
      const near = (await closeUp.locator(`[data-asof-shape="ottawa-convention:${country}"]`).boundingBox())!;
      // Latvia is 4 px tall on the world map at 390 px; in the close-up every one is 24 px or more.
      expect(Math.min(near.width, near.height), country).toBeGreaterThanOrEqual(24);
      expect(near.width, country).toBeGreaterThan(world.width * 2);
    }
    await closeUp.locator('[data-asof-shape="ottawa-convention:poland"]').click();
    await page.waitForURL(/\/countries\/poland\/$/);
    await page.context().close();
  });

  it('the map lists the small states drawn as circles, with their statuses', async () => {
    const page = await open('/treaties/ottawa-convention/');
    const list = page.locator('.viz-small-states');
    await list.locator('summary').click();
    const items = await list.locator('li').allTextContents();
    expect(items.length).toBeGreaterThan(10);
    expect(items.map((t) => t.replace(/\s+/g, ' ').trim())).toContain('Andorra Party');
    await page.context().close();
  });

  it('the participants table keeps its first column in view and shows that it scrolls', async () => {
    const page = await open('/treaties/ottawa-convention/');
    const region = page.locator('#participants .table-scroll');
    const box = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(box.scroll).toBeGreaterThan(box.client);
    expect(await region.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('gradient');
    const poland = page.locator('tr[data-country="poland"] th');
    const before = (await poland.boundingBox())!.x;
    await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    expect((await poland.boundingBox())!.x).toBe(before);
    // The status, the column a reader came for, is now in view beside the name.
    const status = (await page.locator('tr[data-country="poland"] [data-asof-status]').boundingBox())!;
    expect(status.x + status.width).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });
});

describe('the participants table', () => {
  const served = servedInBrowser(() => serveStatic(buildDir('root'), '/'));

  async function open(path: string, viewport = LAPTOP) {
    const context = await served.browser.newContext({ viewport });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${served.site.url}${path.slice(1)}`, { waitUntil: 'networkidle' });
    return { page, scripts };
  }
  const names = (page: Page) => page.locator('table[data-participants] tbody tr:not([hidden]) th').allTextContents();
  const column = (page: Page, i: number) =>
    page
      .locator('table[data-participants] tbody tr:not([hidden])')
      .evaluateAll(
        (rows, i) => rows.map((r) => r.children[i]?.querySelector('time')?.getAttribute('datetime') ?? ''),
        i,
      );

  it.each([
    ['a laptop', LAPTOP],
    ['a phone', PHONE],
  ])('on %s sorts by any column, both ways, loading its code on first use only', async (_, viewport) => {
    const { page, scripts } = await open('/treaties/ottawa-convention/', viewport);
    expect(scripts).toEqual([]);
    const rows = await names(page);
    expect(rows).toHaveLength(166);
    await page.getByRole('button', { name: 'Consent', exact: true }).click();
    await expect.poll(() => page.locator('th[aria-sort] .sort').textContent()).toBe('Consent');
    expect(scripts.length).toBeGreaterThan(0);
    const consent = (await column(page, 2)).filter(Boolean);
    expect(consent).toEqual([...consent].sort());
    expect(consent[0]).toBe('1997-12-03'); // Canada, Ireland and Mauritius ratified on the day it opened
    await page.getByRole('button', { name: 'Consent', exact: true }).click();
    await expect.poll(() => page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    const down = (await column(page, 2)).filter(Boolean);
    expect(down).toEqual([...consent].reverse().sort().reverse());
    // Blanks (states that acceded, never signing) stay last both ways.
    const signed = page.getByRole('button', { name: 'Signed', exact: true });
    await signed.click();
    const up = await column(page, 1);
    expect(up[0]).toBe('1997-12-03');
    expect(up.at(-1)).toBe('');
    await signed.click();
    await expect.poll(() => page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    const downSigned = await column(page, 1);
    expect(downSigned[0]).not.toBe('');
    expect(downSigned.at(-1)).toBe('');
    await page.getByRole('button', { name: 'Participant', exact: true }).click();
    await page.getByRole('button', { name: 'Participant', exact: true }).click();
    expect((await names(page))[0]).toBe('Zimbabwe');
    await page.getByRole('button', { name: 'Status', exact: true }).click();
    const statuses = await page
      .locator('table[data-participants] tbody tr [data-asof-status]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses.indexOf('withdrawal-pending')).toBeGreaterThan(statuses.lastIndexOf('party'));
    await page.context().close();
  });

  it('filters by status, and the count tiles link to the rows they count', async () => {
    const { page, scripts } = await open('/treaties/ottawa-convention/');
    expect(scripts).toEqual([]);
    const tile = page.locator('[data-count="withdrawn"] a');
    const count = Number(await tile.locator('strong').textContent());
    expect(count).toBe(4);
    await tile.click();
    await page.waitForURL(/status=withdrawn/);
    await expect.poll(() => names(page)).toEqual(['Estonia', 'Finland', 'Latvia', 'Lithuania']);
    expect(await page.locator('[data-shown]').textContent()).toBe('4 of 166 participants');
    await page.locator('[data-count="withdrawals-pending"] a').click();
    await page.waitForURL(/status=withdrawal-pending/);
    await expect.poll(() => names(page)).toEqual(['Poland']);
    await page.locator('[data-filter]').selectOption('');
    await expect.poll(async () => (await names(page)).length).toBe(166);
    expect(new URL(page.url()).searchParams.has('status')).toBe(false);
    await page.locator('[data-filter]').selectOption('signatory');
    await expect.poll(() => names(page)).toEqual([]);
    await page.context().close();
  });

  it('reads fully without JavaScript: every row, no buttons or filter shown', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.site.url}treaties/ottawa-convention/?status=withdrawn`);
    expect(await names(page)).toHaveLength(166);
    expect(await page.locator('th > .sort').first().isVisible()).toBe(false);
    expect(await page.locator('th .sort-label').first().isVisible()).toBe(true);
    expect(await page.locator('[data-filter]').isVisible()).toBe(false);
    await context.close();
  });
});
