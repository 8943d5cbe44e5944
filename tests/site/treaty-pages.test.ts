/**
 * The treaty pages of issue 15 — the NPT (191 participants, three depositaries), the CFE Treaty (a
 * withdrawal, suspensions), the INF Treaty and New START (two parties: a timeline instead of a world
 * map and a membership chart) — with the treaties index by topic, the home page's ends and
 * accessions, and a country page with every treaty; read from the built HTML (AS_OF 3 Feb 2026),
 * then opened in Chromium at 1280 and 390 px.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { pathFor } from '../../src/lib/urls/routes.ts';
import { formatViolations, runAxe, watchPage } from '../support/gates/a11y.ts';
import { servedInBrowser } from '../support/served.ts';
import { buildDir, page, text } from '../support/site.ts';
import { realLedger } from '../support/ledger.ts';

const ledger = realLedger();
const treatyPage = (id: string) => page('root', pathFor('treaties', id));
const row = (treaty: string, country: string) => treatyPage(treaty).querySelector(`tr[data-country="${country}"]`);

describe('the "in it when it ended" tile', () => {
  const tile = (build: 'root' | 'latest') =>
    page(build, pathFor('treaties', 'new-start')).querySelector('li[data-count="treaty-ended"]');

  it('is hidden before the treaty ends: New START on 3 Feb 2026 had not expired', () => {
    expect(tile('root')?.hasAttribute('hidden')).toBe(true);
    expect(tile('root')?.hasAttribute('data-asof-hide-zero')).toBe(true);
  });

  it('shows the states in it at the end once it has ended (today’s edition)', () => {
    expect(tile('latest')?.hasAttribute('hidden')).toBe(false);
    expect(text(tile('latest'))).toBe('2 in it when it ended');
  });
});

describe('a bilateral treaty: the parties over time instead of map and chart', () => {
  it.each(['new-start', 'inf-treaty'])('%s has a timeline, no world map, no membership chart', (id) => {
    const html = treatyPage(id);
    expect(html.querySelector('#timeline [data-party-timeline]')).not.toBeNull();
    expect(html.querySelector('#map')).toBeNull();
    expect(html.querySelector('#over-time')).toBeNull();
    expect(html.querySelector('[data-asof-map]')).toBeNull();
    // Two parties: the count section is not "Ratifications", and no "signed, never consented".
    expect(text(html.querySelector('#counts-heading'))).toBe('The parties');
    expect(html.querySelector('[data-count="signatories"]')).toBeNull();
    // No depositary, so no "Signed" column that would read "—" for states that did sign.
    expect(html.querySelectorAll('table[data-participants] thead th').map((th) => text(th))).not.toContain('Signed');
  });

  it('New START: signature, ratifications, entry into force, extension, suspension claims, expiry (scheduled on 3 Feb 2026)', () => {
    const items = treatyPage('new-start').querySelectorAll('[data-party-timeline] > li');
    expect(
      items.map((li) => `${li.getAttribute('data-timeline-kind')} ${li.getAttribute('data-parties') ?? '-'}`),
    ).toEqual([
      'signature -',
      'consent russia',
      'consent united-states',
      'entry-into-force -',
      'extension -',
      'step russia',
      'step russia',
      'end -',
    ]);
    expect(text(items[4])).toContain('The parties extend the treaty until 5 February 2026');
    expect(items.filter((li) => li.querySelector('[data-suspension-claimed]'))).toHaveLength(2);
    expect(text(items.at(-1))).toMatch(/^5 February 2026 ?scheduled ?The treaty expires/);
    // The reports of the expiry were published after 3 Feb 2026: the dated edition shows no "source:" without one.
    expect(text(items.at(-1))).not.toContain('source:');
    // The Russian suspension is in the counts panel too.
    expect(text(treatyPage('new-start').querySelector('[data-suspensions]'))).toContain('Russia');
  });

  it('INF: the US notice, its withdrawal taking effect and the termination', () => {
    const items = treatyPage('inf-treaty').querySelectorAll('[data-party-timeline] > li');
    const kinds = items.map((li) => li.getAttribute('data-timeline-kind'));
    expect(kinds[0]).toBe('signature');
    expect(kinds).toContain('withdrawal-notice');
    expect(kinds.slice(-2)).toEqual(['withdrawal-effective', 'end']);
    expect(text(items.at(-1))).toContain('The treaty is terminated');
    expect(items.at(-1)?.querySelectorAll('a[href^="/sources/"]').length).toBeGreaterThan(0);
  });
});

describe('the NPT: 191 participants, every deposit with its depositary, the doubts shown', () => {
  it('lists every participant', () => {
    expect(treatyPage('npt').querySelectorAll('table[data-participants] tbody tr')).toHaveLength(
      ledger.participantsByTreaty.get('npt')!.length,
    );
    expect(ledger.participantsByTreaty.get('npt')!.length).toBe(191);
  });

  it('shows each signature and instrument with where it was deposited (Afghanistan)', () => {
    const deposits = row('npt', 'afghanistan')!
      .querySelectorAll('[data-deposits]')
      .map((d) => text(d));
    expect(deposits).toEqual(['London, Moscow, Washington', 'Washington; Moscow 5 Feb 1970; London 5 Mar 1970']);
  });

  it('marks a disputed consent date (Andorra: deposits ten years apart) and says so in the counts', () => {
    const andorra = row('npt', 'andorra')!;
    expect(andorra.querySelector('[data-disputed]')?.getAttribute('data-disputed')).toBe('years-apart');
    expect(text(andorra.querySelector('[data-disputed]'))).toBe('date disputed deposits years apart');
    const reviewed = ledger.participantsByTreaty.get('npt')!.filter((p) => p.review).length;
    expect(treatyPage('npt').querySelector('[data-disputed-consents]')?.getAttribute('data-disputed-consents')).toBe(
      String(reviewed),
    );
  });

  it('shows the DPRK’s 2003 withdrawal as announced and disputed, counted as a contracting state', () => {
    expect(text(row('npt', 'north-korea')?.querySelector('[data-withdrawal-disputed]'))).toBe(
      'announced 10 Jan 2003 (disputed; no depositary records it)',
    );
    expect(text(treatyPage('npt').querySelector('[data-disputed-withdrawal="north-korea"]'))).toContain(
      'announced its withdrawal on 10 January 2003',
    );
    expect(text(row('npt', 'north-korea')?.querySelector('td:last-child'))).toContain('Withdrawal disputed');
  });

  it('names the record date, its basis and the known gaps', () => {
    const record = treatyPage('npt').querySelector('dd[data-record-as-at]');
    expect(record?.getAttribute('data-record-as-at')).toBe('2026-08-22');
    expect(text(record)).toContain('survivalscores');
    expect(record?.querySelectorAll('[data-gap]').length).toBeGreaterThan(0);
  });
});

describe('the CFE Treaty', () => {
  it('counts the states that claim a suspension as parties, and names them', () => {
    const html = treatyPage('cfe-treaty');
    const suspended = html.querySelector('[data-suspensions]');
    expect(suspended?.getAttribute('data-suspensions')).toBe('8');
    expect(text(suspended)).toContain('A suspension is not a withdrawal');
    expect(text(row('cfe-treaty', 'russia')?.querySelector('td:last-child'))).toContain('Withdrawn');
    expect(html.querySelector('#map')).not.toBeNull();
  });

  it('says the record is complete to 7 Nov 2023 and which suspensions are not recorded', () => {
    const record = treatyPage('cfe-treaty').querySelector('dd[data-record-as-at]');
    expect(record?.getAttribute('data-record-as-at')).toBe('2023-11-07');
    expect(text(record)).toContain("any other state's suspension is not recorded");
  });
});

describe('the treaties index by topic', () => {
  const index = () => page('root', '/treaties/');
  const inGroup = (topic: string) =>
    index()
      .querySelectorAll(`[data-topic="${topic}"] [data-treaty]`)
      .map((li) => li.getAttribute('data-treaty'));

  it('puts a treaty under each of its topics and every treaty in the comparison table', () => {
    expect(inGroup('bilateral')).toEqual(['inf-treaty', 'new-start']);
    expect(inGroup('nuclear-weapons')).toEqual(expect.arrayContaining(['inf-treaty', 'new-start', 'npt']));
    expect(inGroup('confidence-building')).toContain('open-skies-treaty');
    expect(index().querySelectorAll('table[data-treaties] tbody tr')).toHaveLength(ledger.treaties.size);
    // The topic links lead to the groups.
    for (const a of index().querySelectorAll('nav[aria-labelledby="topics-heading"] a'))
      expect(index().getElementById((a.getAttribute('href') ?? '').slice(1))).not.toBeNull();
  });

  it('gives each row the date its record is complete to', () => {
    const asAt = (id: string) =>
      index().querySelector(`tr[data-treaty="${id}"] [data-record-as-at]`)?.getAttribute('data-record-as-at');
    expect(asAt('npt')).toBe('2026-08-22');
    expect(asAt('cfe-treaty')).toBe('2023-11-07');
    expect(asAt('new-start')).toBe('none');
    expect(asAt('ottawa-convention')).toBe(ledger.participation.get('ottawa-convention')?.data.statusAsAt);
  });
});

describe('the home page’s changes cover the new treaties', () => {
  const home = () => page('root', '/');
  it('announces New START’s expiry two days ahead and lists the INF Treaty’s termination', () => {
    const ends = home().querySelectorAll('[data-changes="treaty-ends"] li');
    expect(ends.map((li) => li.getAttribute('data-treaty'))).toEqual(['new-start', 'inf-treaty']);
    expect(text(ends[0])).toBe('New START: expires at the end of 5 February 2026, when its term runs out (in 2 days)');
    expect(text(ends[1])).toContain('INF Treaty: terminated on 2 August 2019');
  });

  it('lists the past year’s accessions, the new treaties’ among them', () => {
    const consents = home()
      .querySelectorAll('[data-changes="consents"] li')
      .map((li) => `${li.getAttribute('data-treaty')}:${li.getAttribute('data-country')}`);
    expect(consents).toEqual(expect.arrayContaining(['bwc:kiribati', 'treaty-of-rarotonga:marshall-islands']));
  });
});

describe('a country page lists every treaty', () => {
  it('the United States: one row per treaty, and the bilateral ones name their sources', () => {
    const html = page('root', '/countries/united-states/');
    expect(html.querySelectorAll('tbody tr[data-treaty]')).toHaveLength(ledger.treaties.size);
    for (const id of ['new-start', 'inf-treaty'])
      expect(
        html.querySelectorAll(`tr[data-treaty="${id}"] [data-field="source"] a`).length,
        `${id} row has a source`,
      ).toBeGreaterThan(0);
  });
});

describe('downloads and feeds for the new treaties', () => {
  type Row = Record<string, unknown>;
  const rows = (dataset: string): Row[] =>
    (JSON.parse(readFileSync(join(buildDir('root'), 'data', `${dataset}.json`), 'utf8')) as { rows: Row[] }).rows;
  const NEW = [
    'npt',
    'bwc',
    'partial-test-ban-treaty',
    'outer-space-treaty',
    'seabed-treaty',
    'treaty-of-tlatelolco',
    'treaty-of-rarotonga',
    'treaty-of-bangkok',
    'treaty-of-pelindaba',
    'treaty-of-semipalatinsk',
    'cfe-treaty',
    'open-skies-treaty',
    'inf-treaty',
    'new-start',
    'geneva-protocol',
  ];

  it('treaties: each new treaty with its depositaries, its end and its record date', () => {
    const treaties = new Map(rows('treaties').map((r) => [r['id'], r]));
    for (const id of NEW) expect(treaties.has(id), id).toBe(true);
    expect((treaties.get('npt')?.['depositaries'] as string[]).map((d) => /\((\w+)\)$/.exec(d)?.[1])).toEqual([
      'London',
      'Moscow',
      'Washington',
    ]);
    expect(treaties.get('npt')?.['record_as_at']).toBe('2026-08-22');
    expect(treaties.get('new-start')?.['depositaries']).toEqual([]);
    expect([treaties.get('inf-treaty')?.['end_kind'], treaties.get('inf-treaty')?.['end_date']]).toEqual([
      'terminated',
      '2019-08-02',
    ]);
    expect([treaties.get('new-start')?.['end_kind'], treaties.get('new-start')?.['end_date']]).toEqual([
      'expired',
      '2026-02-05',
    ]);
  });

  it('participation: every deposit with its depositary, the status "treaty ended", the disputed flags', () => {
    const participation = rows('participation');
    const find = (treaty: string, country: string) =>
      participation.find((r) => r['treaty'] === treaty && r['country'] === country);
    for (const id of NEW)
      expect(participation.filter((r) => r['treaty'] === id).length, id).toBe(
        ledger.participantsByTreaty.get(id)?.length,
      );
    expect(find('npt', 'afghanistan')?.['deposits']).toEqual([
      '1968-07-01 signature London',
      '1968-07-01 signature Moscow',
      '1968-07-01 signature Washington',
      '1970-02-04 ratification Washington',
      '1970-02-05 ratification Moscow',
      '1970-03-05 ratification London',
    ]);
    expect(find('npt', 'afghanistan')?.['consent_depositary']).toBe('Washington');
    expect(find('npt', 'andorra')?.['consent_review']).toEqual(['years-apart']);
    expect(find('npt', 'north-korea')?.['flags']).toEqual(['withdrawal-disputed']);
    expect(find('cfe-treaty', 'russia')?.['status']).toBe('withdrawn');
    expect(find('cfe-treaty', 'russia')?.['consent_depositary']).toBe('The Hague');
    for (const country of ['united-states', 'russia', 'belarus', 'kazakhstan', 'ukraine'])
      expect(find('inf-treaty', country)?.['status'], country).toBe('treaty-ended');
    // On 3 Feb 2026 New START is still in force: both are parties, Russia flagged.
    expect(find('new-start', 'russia')?.['status']).toBe('party');
    expect(find('new-start', 'russia')?.['flags']).toEqual(['suspension-claimed']);
    // The CSV has the same column.
    const csv = readFileSync(join(buildDir('root'), 'data', 'participation.csv'), 'utf8');
    expect(csv.split('\n')[0]).toContain(',deposits,');
    expect(csv).toContain('1968-07-01 signature London;1968-07-01 signature Moscow');
  });

  it('a feed for each new treaty, the INF Treaty’s with its termination', () => {
    for (const id of NEW) {
      const feed = readFileSync(join(buildDir('root'), 'feeds', 'treaties', `${id}.xml`), 'utf8');
      expect(feed.match(/<entry>/g)?.length ?? 0, id).toBeGreaterThan(0);
    }
    const inf = readFileSync(join(buildDir('root'), 'feeds', 'treaties', 'inf-treaty.xml'), 'utf8');
    expect(inf).toContain('United States, INF Treaty: The treaty was terminated');
    expect(inf).toContain('United States, INF Treaty: Notice of withdrawal given');
  });
});

describe('in Chromium', () => {
  const served = servedInBrowser(() => serveStatic(buildDir('root'), '/'));
  const cases = ['npt', 'cfe-treaty', 'new-start'].flatMap((id) =>
    [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ].map((viewport) => [id, viewport.width, viewport] as const),
  );

  it.each(cases)(
    '%s at %i px: no sideways scroll, key facts there, the timeline or the map',
    async (id, _, viewport) => {
      const tab = await served.browser.newPage({ viewport });
      await tab.goto(`${served.site.url}${pathFor('treaties', id).slice(1)}`);
      const widths = await tab.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll, 'page wider than the window').toBeLessThanOrEqual(widths.client);
      // The title and the counts are in the first screen.
      const h1 = await tab.locator('h1').boundingBox();
      expect(h1 && h1.y + h1.height).toBeLessThanOrEqual(viewport.height);
      expect(await tab.locator('#counts [data-count="bound"]').isVisible()).toBe(true);
      await tab.locator('#facts').scrollIntoViewIfNeeded();
      expect(await tab.locator('#facts dl').isVisible()).toBe(true);
      // Nothing in the key facts is cut off sideways.
      const facts = await tab.locator('#facts').boundingBox();
      expect(facts && facts.x + facts.width).toBeLessThanOrEqual(viewport.width);
      if (viewport.width === 1280) {
        // On a laptop the participants table fits without scrolling sideways: deposits and the DPRK's
        // disputed withdrawal wrap inside their cells instead of widening the table.
        const table = await tab.evaluate(() => {
          const scroller = document.querySelector('table[data-participants]')?.closest('.table-scroll');
          return scroller ? { scroll: scroller.scrollWidth, client: scroller.clientWidth } : null;
        });
        expect(table).not.toBeNull();
        expect(table!.scroll, 'participants table wider than its box').toBeLessThanOrEqual(table!.client + 1);
      }
      if (id === 'new-start') {
        const timeline = tab.locator('[data-party-timeline]');
        await timeline.scrollIntoViewIfNeeded();
        expect(await timeline.isVisible()).toBe(true);
        const box = await timeline.boundingBox();
        expect(box && box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(await tab.locator('#map').count()).toBe(0);
      } else {
        expect(await tab.locator('#map svg').first().isVisible()).toBe(true);
      }
      await tab.close();
    },
  );
});

describe('the gates on the new pages, under /ledger/', () => {
  const served = servedInBrowser(() => serveStatic(buildDir('ledger'), '/ledger/'));
  const paths = ['npt', 'cfe-treaty', 'new-start', 'inf-treaty'].map((id) => pathFor('treaties', id).slice(1));

  it.each(paths.flatMap((path) => (['light', 'dark'] as const).map((scheme) => [path, scheme] as const)))(
    '/ledger/%s in %s: no axe violation, no CSP violation, no console error or failed request',
    async (path, colorScheme) => {
      const context = await served.browser.newContext({ colorScheme });
      const tab = await context.newPage();
      const csp: string[] = [];
      await tab.exposeFunction('reportViolation', (v: string) => csp.push(v));
      await tab.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { reportViolation(v: string): void }).reportViolation(
            `${e.violatedDirective} ${e.blockedURI}`,
          );
        });
      });
      const watch = watchPage(tab);
      const url = `${served.site.url}${path}`;
      await tab.goto(url, { waitUntil: 'networkidle' });
      const violations = await runAxe(tab);
      await context.close();
      expect(violations, formatViolations(url, violations)).toEqual([]);
      expect(csp).toEqual([]);
      expect(watch.problems).toEqual([]);
    },
  );
});
