/** The test harness itself: the built site served like a CDN under a sub-path opens in Chromium. */
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { watchPage } from '../support/gates/a11y.ts';
import { servedInBrowser } from '../support/served.ts';
import { buildDir } from '../support/site.ts';

describe('served under /ledger/ by a plain static server', () => {
  const served = servedInBrowser(() => serveStatic(buildDir('ledger'), '/ledger/'));

  it('opens Poland’s page and follows a link to a treaty', async () => {
    const page = await served.browser.newPage();
    const response = await page.goto(`${served.site.url}countries/poland/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Poland');
    await page.getByRole('link', { name: 'Ottawa Convention' }).first().click();
    await page.waitForURL(`${served.site.url}treaties/ottawa-convention/`);
    expect(await page.locator('h1').textContent()).toBe('Ottawa Convention');
  });

  it('reports a resource the page asks for and does not get, naming it', async () => {
    const page = await served.browser.newPage();
    const watch = watchPage(page);
    await page.goto(`${served.site.url}countries/poland/`, { waitUntil: 'networkidle' });
    expect(watch.problems).toEqual([]);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'missing.png';
      img.alt = '';
      document.body.append(img);
    });
    await expect.poll(() => watch.problems.join('\n')).toContain(`${served.site.url}countries/poland/missing.png`);
    await page.close();
  });

  it('answers outside the base path with 404', async () => {
    const response = await fetch(`${served.site.origin}/countries/poland/`);
    expect(response.status).toBe(404);
  });
});
