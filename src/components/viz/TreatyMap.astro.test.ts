import { gzipSync } from 'node:zlib';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import TreatyMap from './TreatyMap.astro';
import { realLedger } from '../../../tests/support/ledger.ts';

describe('<TreatyMap>', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });
  const render = (date: string, base = '/') =>
    container.renderToString(TreatyMap, {
      props: { ledger: realLedger(date), treaty: 'ottawa-convention', base },
    });

  it('draws Poland as a linked, titled shape with the pending pattern on 3 Feb 2026', async () => {
    const html = parse(await render('2026-02-03', '/ledger/'));
    const poland = html.querySelector('[data-asof-shape="ottawa-convention:poland"]')!;
    expect(poland.tagName).toBe('A');
    expect(poland.getAttribute('href')).toBe('/ledger/countries/poland/');
    expect(poland.getAttribute('class')).toBe('viz-s viz-s-withdrawal-pending');
    expect(poland.getAttribute('fill')).toBe('url(#viz-ottawa-convention-map-withdrawal-pending)');
    expect(poland.querySelector('title')?.textContent).toBe('Poland — withdrawal pending (effective 20 Feb 2026)');
    expect(html.querySelector('#viz-ottawa-convention-map-withdrawal-pending')?.tagName).toBe('PATTERN');
    const estonia = html.querySelector('[data-asof-shape="ottawa-convention:estonia"]')!;
    expect(estonia.getAttribute('class')).toBe('viz-s viz-s-withdrawn');
  });

  it('colours both as parties on 1 Jan 2025, with a plain fill', async () => {
    const html = parse(await render('2025-01-01'));
    for (const id of ['poland', 'estonia']) {
      const el = html.querySelector(`[data-asof-shape="ottawa-convention:${id}"]`)!;
      expect(el.getAttribute('class')).toBe('viz-s viz-s-party');
      expect(el.getAttribute('fill')).toBeUndefined();
    }
  });

  it('has a legend with every status named and counted, and a table of participants', async () => {
    const html = parse(await render('2026-02-03'));
    const legend = html.querySelectorAll('.viz-legend li').map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(legend).toContain('Withdrawal pending (1)');
    expect(legend).toContain('Withdrawn (4)'); // Estonia, Latvia, Lithuania, Finland
    expect(legend.some((l) => l.startsWith('Not joined ('))).toBe(true);
    const row = html.querySelectorAll('details tr').find((tr) => tr.textContent.includes('Poland'))!;
    expect(row.querySelector('[data-asof-status="ottawa-convention:poland"]')?.textContent).toBe('Withdrawal pending');
    expect(row.querySelector('[data-asof-text="ottawa-convention:poland"]')?.textContent).toBe(
      'withdrawal pending (effective 20 Feb 2026)',
    );
  });

  it('has no inline style attributes and stays small', async () => {
    const html = await render('2026-02-03');
    expect(html).not.toMatch(/\sstyle=/);
    const svg = /<svg viewBox="0 0 960[\s\S]*?<\/svg>/.exec(html)![0];
    const gzip = gzipSync(svg).length;
    console.log(`Ottawa map SVG: ${(svg.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
    expect(gzip).toBeLessThan(60 * 1024);
  });
});
