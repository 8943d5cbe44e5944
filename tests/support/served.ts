/**
 * A built site served by the plain static server and a Chromium to open it, started once for a
 * `describe` block and closed after it. Call inside the block; read `.site` and `.browser` in tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import type { StaticSite } from '../../scripts/lib/serve.ts';

export interface ServedInBrowser {
  readonly site: StaticSite;
  readonly browser: Browser;
}

export function servedInBrowser(serve: () => Promise<StaticSite>): ServedInBrowser {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serve();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('servedInBrowser: the site and browser start in beforeAll; read them inside a test');
    return value;
  };
  return {
    get site() {
      return started(site);
    },
    get browser() {
      return started(browser);
    },
  };
}
