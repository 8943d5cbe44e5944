/**
 * Small things a reader notices (issue 17, item 5), on the built site: a printed page starts with
 * the site's name and the page's address and leaves out toggles that would print as a bare line;
 * a claim's rank shows only when it is not "normal", with what ranks are for.
 */
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { RANK_NOTE } from '../../src/lib/domain/labels.ts';
import { pathFor } from '../../src/lib/urls/routes.ts';
import { realLedger } from '../support/ledger.ts';
import { servedInBrowser } from '../support/served.ts';
import { buildDir, page, text } from '../support/site.ts';

const ledger = realLedger();

describe('printing', () => {
  const served = servedInBrowser(() => serveStatic(buildDir('ledger'), '/ledger/'));

  it.each(['/treaties/ottawa-convention/', '/countries/poland/', '/claims/four-states-announce-ottawa-exit/'])(
    '%s prints the site name and its URL at the top, and no closed toggle or button',
    async (path) => {
      const context = await served.browser.newContext({ viewport: { width: 800, height: 1100 } });
      const tab = await context.newPage();
      await tab.goto(`${served.site.url}${path.slice(1)}`);
      const head = tab.locator('.print-head');
      expect(await head.isVisible()).toBe(false);
      await tab.emulateMedia({ media: 'print' });
      expect(await head.isVisible()).toBe(true);
      expect((await head.textContent())?.trim()).toBe(
        `Treaty Ledger · https://treaty-ledger.example.org/ledger${path}`,
      );
      const first = await tab.evaluate(() => {
        const visible = [...document.body.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().height > 0);
        return visible[0]?.className;
      });
      expect(first).toBe('print-head');
      const shown = await tab.evaluate(() =>
        [...document.querySelectorAll('details:not([open]), button')]
          .filter((e) => e.getBoundingClientRect().height > 0)
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(shown).toEqual([]);
      await context.close();
    },
  );
});

describe('claim pages', () => {
  it('show a rank only when it is not "normal", saying what ranks are for', () => {
    let normal = 0;
    let ranked = 0;
    for (const [id, claim] of ledger.claims) {
      const html = page('root', pathFor('claims', id));
      const rank = html.querySelector('[data-rank]');
      const labels = html.querySelectorAll('dt').map((dt) => text(dt));
      if (claim.data.rank === 'normal') {
        normal++;
        expect(rank, id).toBeNull();
        expect(labels, id).not.toContain('Rank');
      } else {
        ranked++;
        expect(labels, id).toContain('Rank');
        expect(text(rank), id).toContain(RANK_NOTE);
      }
    }
    expect(normal).toBeGreaterThan(0);
    expect(ranked).toBeGreaterThan(0);
  });
});
