/**
 * Gate: one page of every type, light and dark, has zero axe violations at WCAG 2.2 AA, loads
 * without console errors or failed requests, and can be used from the keyboard.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check/integrity.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { ROOT } from '../../scripts/lib/build.ts';
import { formatViolations, runAxe, watchPage } from '../support/gates/a11y.ts';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { servedInBrowser } from '../support/served.ts';
import { buildDir } from '../support/site.ts';

/** One page of each type; a type missing from the build fails the gate rather than leave it unchecked. */
function samplePages(): string[] {
  const { corpus } = checkProject(ROOT);
  const first = (c: 'briefings' | 'treaties' | 'countries' | 'claims' | 'sources', prefer?: string) => {
    // Entries dated after the build's AS_OF (a briefing published later) are not in that edition.
    const ids = [...corpus[c].keys()].filter((id) => existsSync(join(buildDir('ledger'), c, id, 'index.html')));
    const id = prefer && ids.includes(prefer) ? prefer : ids[0];
    if (!id) throw new Error(`src/content has no ${c}: the a11y gate needs one page of each type`);
    return [`${c}/${id}/`];
  };
  const fixed = [
    '',
    'about/',
    'search/',
    'data/',
    'briefings/',
    'treaties/',
    'countries/',
    'claims/',
    'sources/',
    '404.html',
  ];
  const missing = fixed.filter(
    (p) => !existsSync(join(buildDir('ledger'), p.endsWith('/') || p === '' ? `${p}index.html` : p)),
  );
  if (missing.length) throw new Error(`The ledger build has no ${missing.map((p) => `/${p}`).join(', ')}`);
  return [
    ...fixed,
    ...first('treaties', 'ottawa-convention'),
    ...first('countries', 'poland'),
    ...first('claims'),
    ...first('sources'),
    ...first('briefings'),
  ];
}

describe('accessibility in a real browser', () => {
  const served = servedInBrowser(() => serveStatic(buildDir('ledger'), '/ledger/'));

  const pages = samplePages();
  it('samples every page type that exists', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  describe.each(['light', 'dark'] as const)('%s colour scheme', (colorScheme) => {
    it.each(pages)('/ledger/%s has no violations, console errors or failed requests', async (path) => {
      const context = await served.browser.newContext({ colorScheme });
      const page = await context.newPage();
      const watch = watchPage(page);
      const url = `${served.site.url}${path}`;
      await page.goto(url, { waitUntil: 'networkidle' });
      const violations = await runAxe(page);
      await context.close();
      expect(violations, formatViolations(url, violations)).toEqual([]);
      expect(watch.problems).toEqual([]);
    });
  });

  it('the first Tab reaches a skip link that moves focus to the main content', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.site.url}countries/poland/`);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(first.text).toMatch(/skip to (main )?content/i);
    expect(first.href).toBe('#main');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    expect(inMain).toBe(true);
    await page.close();
  });
});

describe('the accessibility gate', () => {
  it('fails on an inaccessible colour pair in a built page, naming the page', async () => {
    const { cpSync, mkdtempSync, readdirSync, appendFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const temp = mkdtempSync(join(tmpdir(), 'ledger-contrast-'));
    cpSync(buildDir('ledger'), temp, { recursive: true });
    // Pale grey paragraphs on the page background, in the site's own stylesheet (inline styles are refused by the CSP).
    for (const css of readdirSync(join(temp, '_astro')).filter((f) => f.endsWith('.css')))
      appendFileSync(join(temp, '_astro', css), '\nmain p{color:#c8c8c8 !important}\n');
    const served = await serveStatic(temp, '/ledger/');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const url = `${served.url}countries/poland/`;
      await page.goto(url, { waitUntil: 'networkidle' });
      const violations = await runAxe(page);
      expect(violations.map((v) => v.id)).toContain('color-contrast');
      expect(formatViolations(url, violations)).toContain(`${url}: [color-contrast]`);
    } finally {
      await browser.close();
      await served.close();
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
