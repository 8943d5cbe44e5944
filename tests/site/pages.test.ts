/**
 * The pages readers cite, checked from the built HTML (issue #3): Poland's dates and the headline
 * a reader sees first, treaty counts, backlinks from claims to the briefings citing them, claim
 * filters, every internal link resolving (at "/" and under "/ledger/"), accessibility in light and
 * dark, and the weight of a country page.
 *
 * Three builds: `root` and `ledger` (src/content, made by the global setup) and `story` (made here:
 * the test fixtures plus claims that disagree and a briefing with headings, repeated citations, a
 * status table and a timeline, under /ledger/), so briefings and claim relations are exercised
 * whatever src/content holds.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate, toIsoDate } from '../../src/lib/core/dates.ts';
import { treatyLife, treatyPhaseOn } from '../../src/lib/domain/treaty-life.ts';
import { claimsLinkingTo } from '../../src/lib/ledger/backlink-groups.ts';
import { getBacklinks, type Ledger } from '../../src/lib/ledger/ledger.ts';
import { CLAIM_FILTERS, claimFilterPath, pathFor, type ClaimFacet } from '../../src/lib/urls/routes.ts';
import { formatViolations, runAxe } from '../support/gates/a11y.ts';
import { validateHtml } from '../support/gates/html.ts';
import { checkLinks, formatBrokenLinks } from '../support/gates/links.ts';
import { BUILDS_DIR, ROOT, reuseOrBuild, TEST_AS_OF } from '../../scripts/lib/build.ts';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { servedInBrowser } from '../support/served.ts';
import { buildDir, listFiles, scriptsOnLoad, text } from '../support/site.ts';
import { realLedger, sharedLedger } from '../support/ledger.ts';

const STORY = join(BUILDS_DIR, 'pages-story');
const STORY_CONTENT = join(STORY, 'content');
const STORY_OUT = join(STORY, 'dist');
const STORY_BASE = '/ledger/';
/** The story build lists claims two to a page, so every list and filter has pages to walk. */
const STORY_PAGE_SIZE = 2;

interface Site {
  name: string;
  dir: string;
  base: string;
  ledger: Ledger;
}

const rootLedger = realLedger();
let sites: Record<'root' | 'ledger' | 'story', Site>;

/** The parsed page at a site path (without the base) in a build folder. */
function html(site: Site, path: string): HTMLElement {
  const file = join(site.dir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`No page ${path} in the ${site.name} build (${file})`);
  return parse(readFileSync(file, 'utf8'));
}

const hrefsIn = (el: HTMLElement, selector: string) =>
  el.querySelectorAll(selector).map((a) => a.getAttribute('href') ?? '');

beforeAll(async () => {
  writeStoryContent(STORY_CONTENT);
  await reuseOrBuild({
    name: 'pages-story',
    base: STORY_BASE,
    contentDir: STORY_CONTENT,
    outDir: STORY_OUT,
    env: { CLAIMS_PER_PAGE: String(STORY_PAGE_SIZE) },
  });
  sites = {
    root: { name: 'root', dir: buildDir('root'), base: '/', ledger: rootLedger },
    ledger: { name: 'ledger', dir: buildDir('ledger'), base: '/ledger/', ledger: rootLedger },
    story: { name: 'story', dir: STORY_OUT, base: STORY_BASE, ledger: sharedLedger(TEST_AS_OF, STORY_CONTENT) },
  };
}, 600_000);

describe('Poland’s page', () => {
  const row = () => html(sites.root, '/countries/poland/').querySelector('tr[data-treaty="ottawa-convention"]');
  const date = (field: string) => row()?.querySelector(`[data-field="${field}"] time`);

  it('lists the Ottawa Convention with its signature, consent, entry into force and withdrawal dates', () => {
    expect(text(row()?.querySelector('th'))).toBe('Ottawa Convention');
    const dates = ['signature', 'consent', 'entry-into-force', 'withdrawal-deposited', 'withdrawal-effective'].map(
      (f) => [date(f)?.getAttribute('datetime'), text(date(f))],
    );
    expect(dates).toEqual([
      ['1997-12-04', '4 December 1997'],
      ['2012-12-27', '27 December 2012'],
      ['2013-06-01', '1 June 2013'],
      ['2025-08-20', '20 August 2025'],
      ['2026-02-20', '20 February 2026'],
    ]);
    expect(text(row()?.querySelector('[data-field="withdrawal"]'))).toContain('C.N.421.2025');
    expect(row()?.querySelector('[data-status]')?.getAttribute('data-status')).toBe('withdrawal-pending');
  });

  it('says first, with the source one click away, that Poland is leaving the convention (PRODUCT.md §6)', () => {
    const highlight = html(sites.root, '/countries/poland/').querySelector(
      '[data-highlight][data-treaty="ottawa-convention"]',
    );
    expect(text(highlight)).toContain(
      'Leaving the Ottawa Convention: the withdrawal takes effect on 20 February 2026 (deposited 20 August 2025, C.N.421.2025). A party since 1 June 2013.',
    );
    expect(hrefsIn(highlight!, 'a')).toContain('/sources/untc-xxvi-5/');
  });

  describe('in a browser', () => {
    const served = servedInBrowser(() => serveStatic(sites.root.dir, '/'));

    it.each([
      ['a laptop', { width: 1280, height: 800 }],
      ['a phone', { width: 390, height: 844 }],
    ])('on %s the headline and its source link are in the first screen', async (_, viewport) => {
      const page = await served.browser.newPage({ viewport });
      await page.goto(`${served.site.url}countries/poland/`);
      const highlight = page.locator('[data-highlight][data-treaty="ottawa-convention"]');
      const box = await highlight.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await highlight.getByRole('link').first().click();
      await page.waitForURL(`${served.site.url}sources/untc-xxvi-5/`);
      await page.close();
    });
  });
});

describe('treaty pages', () => {
  const counts = (site: Site, treaty: string) => {
    const panel = html(site, pathFor('treaties', treaty)).querySelector('[data-counts]');
    const n = (token: string) => {
      const el = panel?.querySelector(`[data-count~="${token}"] strong`);
      return el ? Number(text(el)) : undefined;
    };
    return {
      panel,
      bound: n('bound'),
      parties: n('parties'),
      signatories: n('signatories'),
      withdrawn: n('withdrawn'),
      pending: n('withdrawals-pending'),
    };
  };

  it('show the counts of the as-of date: contracting states and parties (ratifications while not in force)', () => {
    for (const site of [sites.root, sites.story]) {
      for (const [id, expected] of site.ledger.countsAsOf) {
        // Parties are counted from the treaty's entry into force on (after its end: none).
        const data = site.ledger.treaties.get(id)?.data;
        const started = data && treatyPhaseOn(treatyLife(data), toIsoDate(TEST_AS_OF)) !== 'not-yet-in-force';
        const shown = counts(site, id);
        expect(shown.bound, `${site.name} ${id} contracting states`).toBe(expected.bound);
        expect(shown.parties, `${site.name} ${id} parties`).toBe(started ? expected.parties : undefined);
        // A bilateral treaty has no "signed, never consented" (issue 15): two parties, closed to others.
        expect(shown.signatories).toBe(data?.parties === 'bilateral' ? undefined : expected.signatoriesOnly);
        expect(shown.withdrawn).toBe(expected.withdrawn);
        // Shown even when zero, so the date control can count pending withdrawals for other dates.
        expect(shown.pending).toBe(expected.withdrawalsPending.length);
        expect(text(shown.panel)).toContain(formatDate(TEST_AS_OF));
      }
    }
  });

  it('list each pending withdrawal with the date it takes effect (Poland, Ottawa: 20 February 2026)', () => {
    const pending = html(sites.root, '/treaties/ottawa-convention/').querySelector('[data-pending="poland"]');
    expect(pending?.querySelector('time')?.getAttribute('datetime')).toBe('2026-02-20');
  });

  it('state the rules in words with their articles, and the depositary source with its status-as-at date', () => {
    const page = html(sites.root, '/treaties/ottawa-convention/');
    const facts = text(page.querySelector('#facts'));
    expect(facts).toContain('A withdrawal takes effect six months after the depositary receives it (Art. 20(3))');
    expect(facts).toContain('on the first day of the sixth month after the state deposits its instrument (Art. 17(2))');
    const source = page.querySelector('#sources [data-source="untc-xxvi-5"]');
    expect(text(source)).toContain('status as at 3 February 2026');
    expect(hrefsIn(source!, 'a')).toContain(
      'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26',
    );
  });

  it('list every participant in a table that reads without JavaScript', () => {
    for (const [id, participants] of sites.root.ledger.participantsByTreaty) {
      const page = html(sites.root, pathFor('treaties', id));
      const rows = page.querySelectorAll('table[data-participants] tbody tr');
      expect(rows.map((r) => r.getAttribute('data-country'))).toEqual(participants.map((p) => p.country));
      expect(scriptsOnLoad(page).fetched).toEqual([]);
    }
  });

  // FULL DATASET: these figures hold for the real UNTC data (status as at 3 February 2026) in
  // src/content/participation. Treaties are found by UNTC number. Without that data (fewer than 100
  // participants) the tests fail and say so, rather than skip: a skip would hide a lost import.
  const byUntc = (number: string) =>
    [...rootLedger.treaties.values()].find((t) => t.data.depositaries.some((d) => d.untc?.number === number))?.id ?? '';
  const participantCount = (number: string) => rootLedger.participantsByTreaty.get(byUntc(number))?.length ?? 0;
  const expectFullDataset = (number: string) =>
    expect(
      participantCount(number),
      `UNTC ${number}: the depositary's participants are missing from src/content/participation (run npm run import:untc)`,
    ).toBeGreaterThanOrEqual(100);

  it('full dataset: the Ottawa page shows 162 contracting states on 3 February 2026', () => {
    expectFullDataset('XXVI-5');
    expect(counts(sites.root, byUntc('XXVI-5')).bound).toBe(162);
  });

  it('full dataset: the cluster-munitions page shows 112 contracting states and 111 parties; Vanuatu in force from 1 March 2026', () => {
    expectFullDataset('XXVI-6');
    {
      const id = byUntc('XXVI-6');
      const shown = counts(sites.root, id);
      expect([shown.bound, shown.parties]).toEqual([112, 111]);
      const vanuatu = shown.panel?.querySelector('[data-awaiting="vanuatu"]');
      expect(text(vanuatu)).toContain('Vanuatu becomes a party on 1 March 2026');
    }
  });

  it('say "contracting states" and "parties", and a treaty not in force has ratifications (PRODUCT.md §2)', () => {
    const page = (id: string) => html(sites.root, pathFor('treaties', id));
    const ccm = rootLedger.countsAsOf.get('convention-on-cluster-munitions')!;
    const ccmPanel = text(page('convention-on-cluster-munitions').querySelector('[data-counts]'));
    expect(ccmPanel).toContain(`${ccm.bound} contracting states`);
    expect(ccmPanel).toContain(`${ccm.parties} parties`);
    expect(
      page('convention-on-cluster-munitions').querySelector('meta[name="description"]')?.getAttribute('content'),
    ).toContain(`${ccm.bound} contracting states; ${ccm.parties} parties.`);
    const ctbt = page('ctbt');
    const ratified = rootLedger.countsAsOf.get('ctbt')!.bound;
    expect(text(ctbt.querySelector('#counts-heading'))).toBe('Ratifications');
    expect(text(ctbt.querySelector('[data-counts]'))).toContain('it binds no state and has no parties');
    expect(ctbt.querySelector('meta[name="description"]')?.getAttribute('content')).toContain(
      `${ratified} ratifications; not in force.`,
    );
    const home = html(sites.root, '/');
    const card = (id: string) =>
      text(
        home
          .querySelectorAll('#treaties li')
          .find((li) => li.querySelector('a')?.getAttribute('href') === pathFor('treaties', id))
          ?.querySelector('.meta'),
      );
    expect(card('convention-on-cluster-munitions')).toBe(`${ccm.bound} contracting states; ${ccm.parties} parties`);
    expect(card('ctbt')).toBe(`${ratified} ratifications; not in force`);
  });
});

describe('claims and briefings', () => {
  it('a claim page links back to every briefing that cites it', () => {
    let citations = 0;
    for (const site of [sites.root, sites.story]) {
      for (const [briefing, claims] of site.ledger.citationsByBriefing) {
        for (const claim of claims) {
          citations += 1;
          const citedIn = hrefsIn(html(site, pathFor('claims', claim)), '#cited-in a');
          expect(citedIn, `${site.name}: ${claim} ← ${briefing}`).toContain(`${site.base}briefings/${briefing}/`);
        }
      }
    }
    expect(citations).toBeGreaterThanOrEqual(4);
  });

  it('a briefing numbers its citations in order of first use, links them to claim pages and shows the verdict', () => {
    const page = html(sites.story, '/briefings/cluster-exit/');
    const cites = page.querySelectorAll('sup.cite');
    expect(cites.map((c) => [c.getAttribute('data-citation'), c.getAttribute('data-claim')])).toEqual([
      ['1', 'lithuania-seimas-ccm-vote-99'],
      ['2', 'lithuania-seimas-ccm-vote-103'],
      ['3', 'lithuania-ccm-exit-effective'],
      ['1', 'lithuania-seimas-ccm-vote-99'],
    ]);
    expect(hrefsIn(page, 'sup.cite a')[0]).toBe('/ledger/claims/lithuania-seimas-ccm-vote-99/');
    expect(text(cites[0])).toBe('[1 · Imprecise]');
  });

  it('a briefing has contents, reading time, published and updated dates, subjects, and its sources cited at the end', () => {
    const page = html(sites.story, '/briefings/cluster-exit/');
    expect(hrefsIn(page, '.toc a')).toEqual(['#the-vote', '#the-withdrawal', '#timeline', '#sources-cited']);
    const meta = text(page.querySelector('article header'));
    expect(meta).toContain('Published 7 March 2025');
    expect(meta).toContain('Updated 10 March 2025');
    expect(meta).toMatch(/\d+ min read/);
    expect(hrefsIn(page.querySelector('article header')!, 'a')).toEqual([
      '/ledger/countries/lithuania/',
      '/ledger/treaties/convention-on-cluster-munitions/',
    ]);
    const cited = page.querySelectorAll('#sources-cited > ol > li');
    expect(cited.map((li) => [li.id, li.getAttribute('data-claim')])).toEqual([
      ['cite-1', 'lithuania-seimas-ccm-vote-99'],
      ['cite-2', 'lithuania-seimas-ccm-vote-103'],
      ['cite-3', 'lithuania-ccm-exit-effective'],
    ]);
    expect(hrefsIn(cited[0]!, 'a')).toContain(
      'https://news.az/news/lithuanian-parliament-backs-motion-to-quit-cluster-munitions-convention',
    );
  });

  it('<TreatyStatus> computes the status for its date and <Timeline> lists the country’s events with sources', () => {
    const page = html(sites.story, '/briefings/cluster-exit/');
    const table = page.querySelector('[data-treaty-status="convention-on-cluster-munitions"]');
    expect(table?.getAttribute('data-date')).toBe('2025-03-06');
    expect(table?.querySelector('tr[data-country="lithuania"] [data-status]')?.getAttribute('data-status')).toBe(
      'withdrawn',
    );
    const events = page.querySelectorAll('.briefing-body .timeline li');
    expect(events.map((e) => e.getAttribute('data-event-kind'))).toContain('withdrawal-effective');
    expect(events.every((e) => e.querySelector('a[href*="/sources/"]') !== null)).toBe(true);
  });

  it('a claim page shows claimant, date at its precision, verdict with reason, and every source', () => {
    const page = html(sites.story, '/claims/lithuania-seimas-ccm-vote-103/');
    expect(text(page.querySelector('[data-made]'))).toBe('July 2024');
    expect(page.querySelector('#verdict')?.getAttribute('data-verdict')).toBe('unverified');
    expect(text(page.querySelector('#verdict'))).toContain('Only Via Baltica gives 103');
    const source = page.querySelector('#sources [data-source="lithuania-ccm-viabaltica-2024-07"]');
    expect(text(source)).toContain('Via Baltica (BNS)');
    expect(hrefsIn(source!, 'a')).toEqual([
      'https://viabaltica.fi/lithuania-parliament-votes-for-leaving-cluster-bomb-ban',
      '/ledger/sources/lithuania-ccm-viabaltica-2024-07/',
    ]);
  });

  it('related claims show on both pages, named from each side', () => {
    const related = (id: string) =>
      html(sites.story, pathFor('claims', id))
        .querySelectorAll('#related li')
        .map((li) => `${text(li.querySelector('.tag'))} ${li.getAttribute('data-claim')}`);
    expect(related('lithuania-seimas-ccm-vote-99')).toEqual([
      'Contradicts lithuania-seimas-ccm-vote-103',
      'Supported by lithuania-ccm-exit-effective',
    ]);
    expect(related('lithuania-seimas-ccm-vote-103')).toEqual(['Contradicted by lithuania-seimas-ccm-vote-99']);
  });

  it('claim filter pages list exactly the claims with that verdict or kind, across their pages', () => {
    for (const site of [sites.root, sites.story]) {
      for (const facet of Object.keys(CLAIM_FILTERS) as ClaimFacet[]) {
        for (const value of CLAIM_FILTERS[facet]) {
          const items = listPages(site, claimFilterPath(facet, value)).flatMap((page) =>
            page.querySelectorAll('[data-claims] > li'),
          );
          const expected = [...site.ledger.claims.values()].filter(
            (c) => (facet === 'verdict' ? c.data.verdict.rating : c.data.kind) === value,
          );
          expect(items.map((li) => li.getAttribute(`data-${facet}`))).toEqual(expected.map(() => value));
          expect(items.map((li) => li.getAttribute('data-claim')).sort()).toEqual(expected.map((c) => c.id).sort());
        }
      }
    }
    const unverified = html(sites.story, claimFilterPath('verdict', 'unverified'));
    expect(unverified.querySelectorAll('[data-claims] > li').map((li) => li.getAttribute('data-claim'))).toEqual([
      'lithuania-seimas-ccm-vote-103',
    ]);
  });

  it('long claim lists come in pages linked in order, every claim on exactly one page, newest first', () => {
    const site = sites.story;
    const pages = listPages(site, '/claims/');
    const total = site.ledger.claims.size;
    expect(total).toBeGreaterThan(2 * STORY_PAGE_SIZE);
    expect(pages).toHaveLength(Math.ceil(total / STORY_PAGE_SIZE));
    const ids = pages.flatMap((page) =>
      page.querySelectorAll('[data-claims] > li').map((li) => li.getAttribute('data-claim')),
    );
    expect(ids).toEqual(site.ledger.sorted.claims.map((c) => c.id));
    expect(pages.every((page) => page.querySelectorAll('[data-claims] > li').length <= STORY_PAGE_SIZE)).toBe(true);

    const second = pages[1]!;
    expect(text(second.querySelector('h1'))).toBe(`Claims, page 2 of ${pages.length}`);
    expect(text(second.querySelector('title'))).toContain(`Claims, page 2 of ${pages.length}`);
    expect(text(second.querySelector('[data-page-range]'))).toBe(`Showing claims 3–4 of ${total}, newest first.`);
    const pager = second.querySelector('nav[data-pager]')!;
    expect(pager.getAttribute('aria-label')).toBe('Pages of claims');
    expect(pager.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/ledger/claims/');
    expect(pager.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/ledger/claims/page/3/');
    expect(pager.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/ledger/claims/page/2/');
    expect(hrefsIn(pager, 'a').at(-2)).toBe(`/ledger/claims/page/${pages.length}/`);
    // The filter it belongs to stays marked, as the list rather than the page.
    expect(second.querySelector('nav.filters a[aria-current]')?.getAttribute('href')).toBe('/ledger/claims/');
    expect(second.querySelector('nav.filters a[aria-current]')?.getAttribute('aria-current')).toBe('true');
    expect(
      html(site, '/claims/kind/fact/page/2/').querySelector('nav.filters a[aria-current]')?.getAttribute('href'),
    ).toBe('/ledger/claims/kind/fact/');
    // Page 1 of each list is the list's own URL: nothing links to /page/1/.
    expect(existsSync(join(site.dir, 'claims/page/1'))).toBe(false);
    // A list that fits on one page has no pager at all.
    expect(html(sites.root, '/claims/').querySelector('[data-pager]')).toBeNull();
    expect(html(sites.root, '/claims/').querySelector('[data-page-range]')).toBeNull();
  });

  it('a country or treaty page shows its newest claims up to the page size, and links to a paged list of all of them', () => {
    const site = sites.story;
    for (const [collection, id, about] of [
      ['countries', 'latvia', 'Latvia'],
      ['treaties', 'ottawa-convention', 'the Ottawa Convention'],
    ] as const) {
      const expected = claimsLinkingTo(site.ledger, getBacklinks(site.ledger, collection, id)).map((c) => c.id);
      expect(expected.length, id).toBeGreaterThan(2 * STORY_PAGE_SIZE);
      const entity = html(site, pathFor(collection, id)).querySelector('#claims')!;
      const shown = entity.querySelectorAll('ul.cards > li').map((li) => li.getAttribute('data-claim'));
      expect(shown).toEqual(expected.slice(0, STORY_PAGE_SIZE));
      const all = entity.querySelector('a[data-all-claims]');
      expect(all?.getAttribute('href')).toBe(`/ledger/${collection}/${id}/claims/`);
      expect(text(all)).toBe(`All ${expected.length} claims about ${about}`);

      const pages = listPages(site, `/${collection}/${id}/claims/`);
      expect(pages).toHaveLength(Math.ceil(expected.length / STORY_PAGE_SIZE));
      expect(
        pages.flatMap((page) => page.querySelectorAll('[data-claims] > li').map((li) => li.getAttribute('data-claim'))),
      ).toEqual(expected);
      expect(text(pages[0]!.querySelector('h1'))).toBe(`Claims about ${about}`);
      expect(text(pages[1]!.querySelector('h1'))).toBe(`Claims about ${about}, page 2 of ${pages.length}`);
    }
    // A country whose claims fit on its page has no list and no link to one.
    const estonia = html(site, '/countries/estonia/');
    expect(estonia.querySelectorAll('#claims ul.cards > li').length).toBeGreaterThan(0);
    expect(estonia.querySelector('a[data-all-claims]')).toBeNull();
    expect(existsSync(join(site.dir, 'countries/estonia/claims'))).toBe(false);
    // At the default page size (100) the shipped pages list every claim about them.
    const poland = html(sites.root, '/countries/poland/');
    expect(poland.querySelectorAll('#claims ul.cards > li').length).toBe(
      claimsLinkingTo(rootLedger, getBacklinks(rootLedger, 'countries', 'poland')).length,
    );
    expect(poland.querySelector('a[data-all-claims]')).toBeNull();
  });

  it('every link of the paginated story build resolves, and its HTML is valid', async () => {
    const links = checkLinks(sites.story.dir, STORY_BASE);
    expect(links.broken, formatBrokenLinks(links.broken)).toEqual([]);
    const valid = await validateHtml(sites.story.dir);
    expect(valid.errors, valid.report).toBe(0);
  });
});

/** Every page of a claims list, from its first page along the "next" links. */
function listPages(site: Site, first: string): HTMLElement[] {
  const pages: HTMLElement[] = [];
  let path: string | undefined = first;
  while (path) {
    const page = html(site, path);
    pages.push(page);
    const next = page.querySelector('nav[data-pager] a[rel="next"]')?.getAttribute('href');
    path = next ? next.slice(site.base.length - 1) : undefined;
    if (pages.length > 1000) throw new Error(`The pages of ${first} do not end`);
  }
  return pages;
}

describe('source pages', () => {
  it('list everything that rests on a source: claims, events, depositary records, treaties and memberships', () => {
    const rests = (id: string) => html(sites.story, pathFor('sources', id)).querySelector('[data-backlinks]');
    const reuters = rests('reuters-2025-03-18');
    expect(hrefsIn(reuters!, 'a')).toEqual([
      '/ledger/claims/four-states-announce-ottawa-exit/',
      '/ledger/countries/poland/#event-poland-apmbc-announcement-2025-03-18',
      '/ledger/countries/poland/#memberships',
    ]);
    expect(hrefsIn(rests('untc-xxvi-6')!, 'a')).toEqual(
      expect.arrayContaining([
        '/ledger/claims/lithuania-ccm-exit-effective/',
        '/ledger/treaties/convention-on-cluster-munitions/#participants',
        '/ledger/treaties/convention-on-cluster-munitions/',
      ]),
    );
  });

  it('the sources index groups sources by publisher', () => {
    const page = html(sites.story, '/sources/');
    const groups = page
      .querySelectorAll('main section')
      .map((s) => [text(s.querySelector('h2')), s.querySelectorAll('li').length]);
    expect(groups).toContainEqual(['United Nations Treaty Collection', 2]);
    expect(groups).toContainEqual(['Via Baltica (BNS)', 1]);
  });
});

describe('indexes and home', () => {
  it('the countries index groups countries by region with a worded status for every treaty', () => {
    for (const site of [sites.root, sites.story]) {
      const page = html(site, '/countries/');
      for (const [region, countries] of site.ledger.countriesByRegion) {
        const section = page
          .querySelectorAll('main section')
          .find((s) => text(s.querySelector('h2')).startsWith(region));
        const rows = section?.querySelectorAll('tbody tr') ?? [];
        expect(rows.map((r) => r.getAttribute('data-country'))).toEqual(countries.map((c) => c.id));
        for (const cell of rows.flatMap((r) => r.querySelectorAll('td')))
          expect(text(cell)).toMatch(/^(Party|Signed|Consented|Leaving|Left|Ended|Not joined)/);
      }
    }
    const poland = html(sites.root, '/countries/').querySelector(
      'tr[data-country="poland"] td[data-treaty="ottawa-convention"]',
    );
    expect(text(poland)).toBe('Leaving');
  });

  it('briefings are listed newest first', () => {
    const listed = html(sites.story, '/briefings/')
      .querySelectorAll('[data-briefings] > li')
      .map((li) => li.getAttribute('data-briefing'));
    expect(listed).toEqual(['exit', 'cluster-exit']);
  });

  it('home lists withdrawals pending with their dates, and has a plain GET search form to /search/', () => {
    for (const site of [sites.root, sites.ledger]) {
      const page = html(site, '/');
      const poland = page.querySelector('[data-changes="pending"] [data-country="poland"]');
      expect(
        poland
          ?.querySelectorAll('time')
          .map((t) => t.getAttribute('datetime'))
          .sort(),
      ).toEqual(['2025-08-20', '2026-02-20']);
      const form = page.querySelector('form[role="search"]');
      expect([
        form?.getAttribute('action'),
        form?.getAttribute('method'),
        form?.querySelector('input')?.getAttribute('name'),
      ]).toEqual([`${site.base}search/`, 'get', 'q']);
    }
  });

  it('the 404 page is a real one: helpful links that work from any depth, under the base path', async () => {
    const site = await serveStatic(sites.ledger.dir, '/ledger/');
    try {
      const response = await fetch(`${site.url}countries/atlantis/`);
      expect(response.status).toBe(404);
      const page = parse(await response.text());
      expect(text(page.querySelector('h1'))).toBe('Page not found');
      expect(hrefsIn(page, 'main a')).toEqual([
        '/ledger/',
        '/ledger/treaties/',
        '/ledger/countries/',
        '/ledger/claims/',
        '/ledger/briefings/',
        '/ledger/sources/',
      ]);
      expect(page.querySelector('[data-pagefind-body]')).toBeNull();
      const css = page.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
      expect((await fetch(`${site.origin}${css}`)).status).toBe(200);
    } finally {
      await site.close();
    }
  });
});

describe('every page', () => {
  const pages = (site: Site) => listFiles(site.dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  const ownPages = pages;

  it('says which date its statuses are for, indexes only its main content, and keeps backlinks out of the index', () => {
    for (const site of [sites.root, sites.story]) {
      for (const file of ownPages(site)) {
        const page = parse(readFileSync(join(site.dir, file), 'utf8'));
        expect(page.querySelector('[data-as-of]')?.getAttribute('data-as-of'), file).toBe(TEST_AS_OF);
        const body = page.querySelectorAll('[data-pagefind-body]');
        // Search indexes the pages of entries, the about and data pages; lists, filters, home,
        // search and 404 stay out, so results lead to the entries themselves.
        const indexed =
          /^(countries|treaties|claims|sources|briefings)\/[^/]+\/index\.html$/.test(file) ||
          ['about/index.html', 'data/index.html'].includes(file);
        expect(body.length, file).toBe(indexed ? 1 : 0);
        const entryPage = /^(countries|treaties|claims|sources|briefings)\/[^/]+\/index\.html$/.test(file);
        for (const list of page.querySelectorAll(
          entryPage ? '[data-backlinks], #claims, #briefings, #related' : '[data-backlinks]',
        )) {
          expect(list.getAttribute('data-pagefind-ignore'), `${file} ${list.id}`).not.toBeUndefined();
        }
        for (const chrome of page.querySelectorAll('header.site-header, footer.site-footer'))
          expect(chrome.hasAttribute('data-pagefind-ignore')).toBe(true);
      }
    }
  });

  it('fetches no script on load, has at most a 1 KB inline bootstrap, no style attributes, captions on tables, scoped headers, and focusable scrolling regions', () => {
    for (const site of [sites.root, sites.story]) {
      for (const file of ownPages(site)) {
        const page = parse(readFileSync(join(site.dir, file), 'utf8'));
        const scripts = scriptsOnLoad(page);
        // The search page is search itself: it loads its script at once. Every other page waits for use.
        if (file !== 'search/index.html') expect(scripts.fetched, file).toEqual([]);
        expect(scripts.inlineGzipBytes, file).toBeLessThanOrEqual(1024);
        expect(page.querySelectorAll('[style]'), file).toHaveLength(0);
        for (const table of page.querySelectorAll('table')) {
          expect(table.querySelector('caption'), file).not.toBeNull();
          for (const th of table.querySelectorAll('th'))
            expect(['col', 'row'], file).toContain(th.getAttribute('scope'));
        }
        for (const region of page.querySelectorAll('.table-scroll')) {
          expect([region.tagName, region.getAttribute('tabindex')]).toEqual(['SECTION', '0']);
          expect(page.getElementById(region.getAttribute('aria-labelledby') ?? '')?.tagName, file).toBe('CAPTION');
        }
      }
    }
  });
});

/** axe-core over every page type, light and dark, is the gate in tests/site/a11y.test.ts. */
describe('keyboard and print in a browser', () => {
  const served = servedInBrowser(() => serveStatic(sites.story.dir, STORY_BASE));

  it('the skip link moves focus to the main content, and focus is visible', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.site.url}countries/lithuania/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('the pages of the claims list pass axe and can be walked with the keyboard', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.site.url}claims/page/2/`);
    expect(formatViolations(page.url(), await runAxe(page))).toBe('');
    const next = page.locator('nav[data-pager] a[rel="next"]');
    await next.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${served.site.url}claims/page/3/`);
    await expect(page.locator('nav[data-pager] a[aria-current="page"]').textContent()).resolves.toBe('Page 3');
    await page.close();
  });

  it('printing a briefing writes each cited source’s URL after it', async () => {
    const page = await served.browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${served.site.url}briefings/cluster-exit/`);
    const after = await page
      .locator('#sources-cited a[href^="https://news.az"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(
      'https://news.az/news/lithuanian-parliament-backs-motion-to-quit-cluster-munitions-convention',
    );
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.close();
  });
});

/** The fixtures plus two claims that disagree, one that settles it, and a briefing citing them. */
function writeStoryContent(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'tests/fixtures/content'), dir, { recursive: true });
  mkdirSync(join(dir, 'briefings'), { recursive: true });
  const files: Record<string, string> = {
    'sources/lithuania-ccm-newsaz-2024-07-11.md': `---
kind: news-report
title: Lithuanian parliament backs motion to quit cluster munitions convention
publisher: News.Az
published: "2024-07-11"
url: https://news.az/news/lithuanian-parliament-backs-motion-to-quit-cluster-munitions-convention
standing: aggregator
---
`,
    'sources/lithuania-ccm-viabaltica-2024-07.md': `---
kind: news-report
title: Lithuania parliament votes for leaving cluster bomb ban
publisher: Via Baltica (BNS)
published: "2024-07"
url: https://viabaltica.fi/lithuania-parliament-votes-for-leaving-cluster-bomb-ban
standing: aggregator
---
`,
    'claims/lithuania-seimas-ccm-vote-99.md': `---
statement: Lithuania's parliament voted 99 to 1, with 3 abstentions, to leave the Convention on Cluster Munitions.
claimant: { name: News.Az, kind: outlet }
made: "2024-07-11"
subjects: { countries: [lithuania], treaties: [convention-on-cluster-munitions] }
kind: fact
sources:
  - source: lithuania-ccm-newsaz-2024-07-11
verdict:
  rating: imprecise
  reason: The vote to leave is borne out by the withdrawal the depositary records; the count differs between outlets.
relations:
  - { type: contradicts, claim: lithuania-seimas-ccm-vote-103 }
---
`,
    'claims/lithuania-seimas-ccm-vote-103.md': `---
statement: Lithuania's parliament voted 103 to 1, with 3 abstentions, to leave the Convention on Cluster Munitions.
claimant: { name: Via Baltica (BNS), kind: outlet }
made: "2024-07"
subjects: { countries: [lithuania], treaties: [convention-on-cluster-munitions] }
kind: fact
sources:
  - source: lithuania-ccm-viabaltica-2024-07
verdict:
  rating: unverified
  reason: Only Via Baltica gives 103; no parliamentary record is cited yet.
---
`,
    'claims/lithuania-ccm-exit-effective.md': `---
statement: Lithuania's withdrawal from the Convention on Cluster Munitions took effect on 6 March 2025, six months after its notice.
claimant: { name: United Nations Treaty Collection, kind: organization }
made: "2026-02-03"
subjects: { countries: [lithuania], treaties: [convention-on-cluster-munitions] }
kind: fact
sources:
  - { source: untc-xxvi-6, locator: end note 3 }
verdict:
  rating: accurate
  reason: The depositary records the notice of 6 September 2024 and its effect on 6 March 2025.
relations:
  - { type: supports, claim: lithuania-seimas-ccm-vote-99 }
---
`,
    // Enough claims that the claims list and the "fact" filter run to several pages.
    ...Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [
        `claims/latvia-ottawa-record-${i + 1}.md`,
        `---
statement: Check ${i + 1} of Latvia's Ottawa Convention record finds its withdrawal notice listed by the depositary.
claimant: { name: Treaty Ledger test desk, kind: organization }
made: "2025-07-${String(10 + i).padStart(2, '0')}"
subjects: { countries: [latvia], treaties: [ottawa-convention] }
kind: fact
sources:
  - { source: untc-xxvi-5, locator: end notes }
verdict:
  rating: accurate
  reason: The depositary lists Latvia's notice of withdrawal.
---
`,
      ]),
    ),
    'briefings/cluster-exit.mdx': `---
title: Lithuania leaves the cluster munitions ban
summary: The first state to withdraw from the Convention on Cluster Munitions, and a vote count two outlets disagree on.
published: "2025-03-07"
updated: "2025-03-10"
authors: [Treaty Ledger]
subjects:
  countries: [lithuania]
  treaties: [convention-on-cluster-munitions]
---

## The vote

The parliament backed leaving in July 2024 <Claim id="lithuania-seimas-ccm-vote-99" />, though another outlet
gives a different count <Claim id="lithuania-seimas-ccm-vote-103" />.

## The withdrawal

The withdrawal took effect six months after the notice <Claim id="lithuania-ccm-exit-effective" />, as the vote
had set out <Claim id="lithuania-seimas-ccm-vote-99" />.

<TreatyStatus treaty="convention-on-cluster-munitions" countries={["lithuania"]} asOf="2025-03-06" />

### Timeline

<Timeline country="lithuania" />

See the [depositary record](/sources/untc-xxvi-6/) and [Lithuania](/countries/lithuania/).
`,
  };
  for (const [path, body] of Object.entries(files)) writeFileSync(join(dir, path), body);
}
