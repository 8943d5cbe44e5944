/**
 * The sitemap integration at the size that matters: more pages than one sitemap file may list.
 * Runs @astrojs/sitemap's own hooks with the site's options on 64,015 pages (what the 50k-claim
 * benchmark corpus builds: BENCHMARKS.md), under a base path, and reads back what it wrote: two
 * files of 45,000 and 19,015 pages and an index naming them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ledgerSitemap from './sitemap.ts';
import { SITEMAP_ENTRY_LIMIT } from '../lib/publish/sitemap.ts';

const PAGES = 64_015;
const SITE = 'https://treaty-ledger.example.org';
const BASE = '/ledger/';
const dir = mkdtempSync(join(tmpdir(), 'ledger-sitemap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Hooks = AstroIntegration['hooks'];
type Args = {
  'astro:routes:resolved': Parameters<NonNullable<Hooks['astro:routes:resolved']>>[0];
  'astro:config:done': Parameters<NonNullable<Hooks['astro:config:done']>>[0];
  'astro:build:done': Parameters<NonNullable<Hooks['astro:build:done']>>[0];
};
type Arg<K extends keyof Args> = Args[K];
const silent = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

/** Page names as Astro hands them to astro:build:done: no leading slash, a trailing one. */
const pageNames = [
  '',
  '404/',
  ...Array.from({ length: PAGES - 1 }, (_, i) => `claims/claim-${String(i).padStart(6, '0')}/`),
];
const expected = new Set([`${SITE}${BASE}`, ...pageNames.slice(2).map((name) => `${SITE}${BASE}${name}`)]);

const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

/** Runs the integration's hooks as an Astro build would, writing the sitemap for `names` into `out`. */
async function writeSitemapOf(out: string, names: string[]): Promise<void> {
  const { hooks } = ledgerSitemap();
  await hooks['astro:routes:resolved']?.({ routes: [] } as unknown as Arg<'astro:routes:resolved'>);
  await hooks['astro:config:done']?.({
    config: { site: SITE, base: BASE, trailingSlash: 'always', build: { format: 'directory' } },
  } as unknown as Arg<'astro:config:done'>);
  await hooks['astro:build:done']?.({
    dir: pathToFileURL(`${out}/`),
    pages: names.map((pathname) => ({ pathname })),
    logger: silent,
  } as unknown as Arg<'astro:build:done'>);
}

beforeAll(() => writeSitemapOf(dir, pageNames), 120_000);

describe(`the sitemap of ${PAGES.toLocaleString('en')} pages`, () => {
  it('is an index of sitemap files, each at most 45,000 pages', () => {
    expect(readdirSync(dir).sort()).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    const index = read('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const listed = (parser.parse(index).sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
    expect(listed).toEqual([0, 1].map((i) => `${SITE}${BASE}sitemap-${i}.xml`));
    const sizes = [0, 1].map((i) => (parser.parse(read(`sitemap-${i}.xml`)).urlset.url as unknown[]).length);
    expect(sizes).toEqual([SITEMAP_ENTRY_LIMIT, PAGES - SITEMAP_ENTRY_LIMIT]);
  });

  it('lists every page once, as an absolute URL under the base path, and not the 404 page', () => {
    const locs: string[] = [];
    for (const i of [0, 1]) {
      const xml = read(`sitemap-${i}.xml`);
      expect(XMLValidator.validate(xml), `sitemap-${i}.xml`).toBe(true);
      expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
      for (const url of parser.parse(xml).urlset.url as { loc: string; lastmod?: string }[]) {
        expect(url.lastmod).toBeUndefined();
        locs.push(url.loc);
      }
    }
    expect(locs.length).toBe(expected.size);
    expect(new Set(locs)).toEqual(expected);
    expect(locs.some((l) => l.endsWith('/404/'))).toBe(false);
  });

  it('writes the same bytes for the same pages in another order', async () => {
    const first = ['sitemap-index.xml', 'sitemap-0.xml', 'sitemap-1.xml'].map(read);
    const again = mkdtempSync(join(tmpdir(), 'ledger-sitemap-again-'));
    try {
      await writeSitemapOf(again, [...pageNames].reverse());
      const second = ['sitemap-index.xml', 'sitemap-0.xml', 'sitemap-1.xml'].map((f) =>
        readFileSync(join(again, f), 'utf8'),
      );
      expect(second).toEqual(first);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
