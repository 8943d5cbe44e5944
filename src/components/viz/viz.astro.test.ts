/**
 * The chart components rendered with the Container API: what a reader sees in the markup, valid
 * HTML, no inline styles (CSP), and the size of each map.
 */
import { gzipSync } from 'node:zlib';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateFragment } from '../../../tests/support/html.ts';
import AsOfControl from './AsOfControl.astro';
import CountryTimeline from './CountryTimeline.astro';
import MembershipChart from './MembershipChart.astro';
import TreatyMap from './TreatyMap.astro';
import WithdrawalsPanel from './WithdrawalsPanel.astro';
import { fixtureLedger, realLedger } from '../../../tests/support/ledger.ts';

const text = (html: string) => parse(html).textContent.replace(/\s+/g, ' ').trim();

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('on the full Ottawa and CCM record', () => {
  const ledger = realLedger();

  it('the membership chart steps to 162 contracting states (Ottawa) and 112 (CCM), with its data table', async () => {
    const ottawa = await container.renderToString(MembershipChart, { props: { ledger, treaty: 'ottawa-convention' } });
    const desc = parse(ottawa).querySelector('desc')?.textContent ?? '';
    expect(desc).toContain('162 contracting states, 162 parties');
    expect(desc).toContain('27 Dec 2025: Estonia, Latvia and Lithuania withdraw.');
    expect(parse(ottawa).querySelectorAll('.viz-line-label-bound')[0]?.textContent).toBe('162 contracting states');
    const rows = parse(ottawa).querySelectorAll('details table')[0]!.querySelectorAll('tbody tr');
    expect(
      rows
        .at(-1)!
        .querySelectorAll('th, td')
        .map((c) => c.textContent),
    ).toEqual(['3 Feb 2026', '162', '162', '0', '4']);
    const ccm = await container.renderToString(MembershipChart, {
      props: { ledger, treaty: 'convention-on-cluster-munitions' },
    });
    expect(parse(ccm).querySelector('desc')?.textContent).toContain('112 contracting states, 111 parties');
  });

  it.each(['ottawa-convention', 'convention-on-cluster-munitions'])(
    'the %s map stays under 60 KB gzip',
    async (treaty) => {
      const html = await container.renderToString(TreatyMap, { props: { ledger, treaty, base: '/ledger/' } });
      const svg = /<svg viewBox="0 0 960[\s\S]*?<\/svg>/.exec(html)![0];
      const gzip = gzipSync(svg).length;
      console.log(
        `${treaty} map SVG: ${(svg.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip; whole component ${(gzipSync(html).length / 1024).toFixed(1)} KB gzip`,
      );
      expect(gzip).toBeLessThanOrEqual(60 * 1024);
      const shapes = parse(html).querySelectorAll('[data-asof-shape]');
      for (const p of ledger.participantsByTreaty.get(treaty)!) {
        expect(
          shapes.some((s) => s.getAttribute('data-asof-shape') === `${treaty}:${p.country}`),
          p.country,
        ).toBe(true);
      }
    },
  );

  it('renders valid HTML with no inline style attribute', async () => {
    const fragments = await Promise.all([
      container.renderToString(TreatyMap, { props: { ledger, treaty: 'ottawa-convention' } }),
      container.renderToString(MembershipChart, { props: { ledger, treaty: 'ottawa-convention' } }),
      container.renderToString(AsOfControl, { props: { ledger, treaties: ['ottawa-convention'] } }),
      container.renderToString(WithdrawalsPanel, { props: { ledger } }),
    ]);
    for (const html of fragments) {
      expect(html).not.toMatch(/\sstyle=/);
      expect(await validateFragment(html)).toEqual([]);
    }
  });
});

describe('the country timeline', () => {
  const ledger = fixtureLedger();

  it('lists Poland’s events by year with their sources, the withdrawal’s effect scheduled', async () => {
    const html = await container.renderToString(CountryTimeline, {
      props: { ledger, country: 'poland', base: '/ledger/' },
    });
    const page = parse(html);
    const items = page.querySelectorAll('.viz-events > li > ol > li').map((li) => text(li.toString()));
    expect(items).toContain(
      '20 August 2025 Ottawa Convention: Withdrawal deposited — C.N.421.2025.TREATIES-XXVI-5 (depositary record; source: United Nations Treaty Collection, 3 Feb 2026)',
    );
    expect(items.find((i) => i.startsWith('20 February 2026'))).toContain('(scheduled)');
    expect(items.find((i) => i.startsWith('1 June 2013'))).toContain(
      'Entered into force for the state — computed from Art. 17(2) (computed;',
    );
    expect(page.querySelector('a[href="/ledger/sources/reuters-2025-03-18/"]')).not.toBeNull();
    expect(page.querySelectorAll('rect.viz-band').map((r) => r.getAttribute('class'))).toContain(
      'viz-band viz-s viz-s-withdrawal-pending',
    );
    expect(html).not.toMatch(/\sstyle=/);
    expect(await validateFragment(html)).toEqual([]);
  });

  it('describes the picture in words, and leaves the list out where the page has its own', async () => {
    const html = await container.renderToString(CountryTimeline, { props: { ledger, country: 'poland', list: false } });
    const page = parse(html);
    expect(page.querySelector('.viz-events')).toBeNull();
    // Two drawings, wide and a phone's, each described; the patterns sit in a hidden <svg> of their own.
    const drawings = page.querySelectorAll('svg.viz-chart');
    expect(drawings.map((d) => [d.classList.contains('viz-chart--wide'), d.getAttribute('role')])).toEqual([
      [true, 'img'],
      [false, 'img'],
    ]);
    expect(page.querySelector('desc')?.textContent).toContain('Ottawa Convention: signatory from 4 Dec 1997,');
    expect(await validateFragment(html)).toEqual([]);
  });
});

describe('the withdrawals panel', () => {
  it('says Poland leaves the Ottawa Convention on 20 February 2026, in 17 days', async () => {
    const html = await container.renderToString(WithdrawalsPanel, {
      props: { ledger: realLedger() },
    });
    const items = parse(html)
      .querySelectorAll('li')
      .map((li) => text(li.toString()));
    expect(items[0]).toBe(
      'Poland leaves the Ottawa Convention on 20 February 2026 (in 17 days); notice deposited 20 Aug 2025.',
    );
    expect(items).toContain('Estonia left the Ottawa Convention on 27 December 2025; notice deposited 27 Jun 2025.');
  });

  it('says so when nothing is pending', async () => {
    const html = await container.renderToString(WithdrawalsPanel, {
      props: { ledger: realLedger('2024-01-01') },
    });
    expect(text(html)).toContain('No withdrawal is pending.');
  });
});
