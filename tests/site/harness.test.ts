/** The test harness itself: the built site served like a CDN under a sub-path opens in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/serve.ts';
import { buildDir } from '../support/site.ts';

describe('served under /ledger/ by a plain static server', () => {
  let site: StaticSite;
  let browser: Browser;
  beforeAll(async () => {
    site = await serveStatic(buildDir('ledger'), '/ledger/');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('opens Poland’s page and follows a link to a treaty', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}countries/poland/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Poland');
    await page.getByRole('link', { name: 'Ottawa Convention' }).first().click();
    await page.waitForURL(`${site.url}treaties/ottawa-convention/`);
    expect(await page.locator('h1').textContent()).toBe('Ottawa Convention');
  });

  it('answers outside the base path with 404', async () => {
    const response = await fetch(`${site.origin}/countries/poland/`);
    expect(response.status).toBe(404);
  });
});
