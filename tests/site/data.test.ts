/**
 * Data others can reuse, checked on real builds: the downloads (nothing lost, CSV ⇄ JSON, every
 * JSON valid against its schema, sizes on /data/ true), the Atom feeds, the sitemap and robots.txt,
 * canonical and social tags, JSON-LD, "Cite this page", and byte-identical output — between the
 * root and /ledger/ builds, and between two builds of the fixtures, one with the clock moved on.
 */
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_NAMES, getDataset } from '../../src/lib/publish/export-datasets.ts';
import { fromCsvCell } from '../../src/lib/publish/exports.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { BUILDS_DIR, outDirFor, ROOT, reuseOrBuild, TEST_AS_OF } from '../../scripts/lib/build.ts';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { buildDir, listFiles, page, text } from '../support/site.ts';
import { realLedger } from '../support/ledger.ts';

const ledger = realLedger();
const read = (dir: string, path: string) => readFileSync(join(dir, path.replace(/^\//, '')), 'utf8');
const json = (dir: string, path: string) => JSON.parse(read(dir, path));
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link', 'url', 'sitemap'].includes(name),
});

/** The page URLs of a build's sitemap: the index, then each sitemap file it names (valid XML, each). */
function sitemapLocs(dir: string, base: string): string[] {
  const index = read(dir, 'sitemap-index.xml');
  expect(XMLValidator.validate(index), 'sitemap-index.xml').toBe(true);
  const files = (xml.parse(index).sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
  expect(files.length).toBeGreaterThan(0);
  return files.flatMap((loc) => {
    const file = loc.slice(`${originOf(dir)}${base}`.length);
    expect(file, loc).toMatch(/^sitemap-\d+\.xml$/);
    const body = read(dir, file);
    expect(XMLValidator.validate(body), file).toBe(true);
    return (xml.parse(body).urlset.url as { loc: string }[]).map((u) => u.loc);
  });
}

/** The origin the build was made for, from the sitemap address in robots.txt. */
const originOf = (dir: string) => new URL(/^Sitemap: (\S+)$/m.exec(read(dir, 'robots.txt'))?.[1] ?? '').origin;

/** The file an absolute URL of the site points at, or undefined if it leaves the site. */
function fileFor(dir: string, base: string, url: string): string | undefined {
  const prefix = `${originOf(dir)}${base}`;
  if (!url.startsWith(prefix)) return undefined;
  const path = url.slice(prefix.length).replace(/[?#].*$/, '');
  return join(dir, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
}

const htmlPages = (dir: string) =>
  listFiles(dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && f !== '404.html');
const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

describe.each([
  ['root', '/'],
  ['ledger', '/ledger/'],
] as const)('the %s build', (name, base) => {
  const dir = () => buildDir(name);

  describe('downloads', () => {
    it('loses nothing: one row per entry, participant and event', () => {
      const count = (dataset: string) => json(dir(), `data/${dataset}.json`).count;
      expect(count('countries')).toBe(ledger.countries.size);
      expect(count('treaties')).toBe(ledger.treaties.size);
      expect(count('claims')).toBe(ledger.claims.size);
      expect(count('sources')).toBe(ledger.sources.size);
      expect(count('events')).toBe(ledger.events.length);
      const rows = json(dir(), 'data/participation.json').rows as { treaty: string; country: string }[];
      const keys = new Set(rows.map((r) => `${r.treaty}:${r.country}`));
      expect(keys.size).toBe(rows.length);
      for (const p of ledger.participation.values()) {
        for (const row of p.data.participants)
          expect(keys.has(`${p.data.treaty}:${row.country}`), `${p.data.treaty}:${row.country}`).toBe(true);
      }
      expect(rows.length).toBe([...ledger.participantsByTreaty.values()].flat().length);
      for (const dataset of DATASET_NAMES)
        expect(json(dir(), `data/${dataset}.json`).rows).toHaveLength(count(dataset));
    });

    it.each(DATASET_NAMES)('%s.csv parses back to %s.json, RFC 4180 with CRLF and no BOM', (dataset) => {
      const csv = read(dir(), `data/${dataset}.csv`);
      expect(csv.charCodeAt(0)).not.toBe(0xfeff);
      expect(csv.endsWith('\r\n')).toBe(true);
      const { rows } = json(dir(), `data/${dataset}.json`);
      const records = parseCsv(csv, { columns: true, record_delimiter: '\r\n', bom: false }) as Record<
        string,
        string
      >[];
      const columns = getDataset(ledger, dataset).columns;
      expect(Object.keys(records[0] ?? rows[0] ?? {})).toEqual(columns.map((c) => c.name));
      expect(records).toHaveLength(rows.length);
      records.forEach((record, i) => {
        const back = Object.fromEntries(columns.map((c) => [c.name, fromCsvCell(c.type, record[c.name] ?? '')]));
        expect(back, `${dataset} row ${i}`).toEqual(rows[i]);
      });
    });

    it.each(DATASET_NAMES)('%s.json validates against the schema it names', (dataset) => {
      const data = json(dir(), `data/${dataset}.json`);
      const schemaFile = fileFor(dir(), base, data.schema);
      expect(schemaFile && existsSync(schemaFile), data.schema).toBe(true);
      const schema = JSON.parse(readFileSync(schemaFile!, 'utf8'));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats.default(ajv);
      const validate = ajv.compile(schema);
      expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(data).toMatchObject({ asOf: TEST_AS_OF, licence: { url: expect.stringMatching(/^https:\/\//) } });
    });

    it('/data/ links every file with its true size, rows and columns', () => {
      const doc = page(name, '/data/');
      expect(text(doc.querySelector('[data-testid="as-of"]'))).toBe('3 February 2026');
      const links = doc.querySelectorAll('table.downloads a[data-bytes]');
      expect(links).toHaveLength(DATASET_NAMES.length * 3);
      for (const a of links) {
        const href = a.getAttribute('href') ?? '';
        expect(href.startsWith(`${base}data/`), href).toBe(true);
        const file = join(dir(), href.slice(base.length));
        expect(statSync(file).size, href).toBe(Number(a.getAttribute('data-bytes')));
      }
      for (const dataset of DATASET_NAMES) {
        const row = doc.querySelector(`tr[data-dataset="${dataset}"]`);
        expect(Number(text(row?.querySelector('[data-rows]')))).toBe(json(dir(), `data/${dataset}.json`).count);
        const names = doc.querySelectorAll(`table[data-columns="${dataset}"] tbody th`).map((th) => text(th));
        expect(names).toEqual(read(dir(), `data/${dataset}.csv`).split('\r\n')[0]?.split(','));
      }
    });

    it('/data/ says that CSV text cells a spreadsheet would run get an apostrophe, the one difference from JSON', () => {
      const note = text(page(name, '/data/').querySelector('#csv-formulas'));
      expect(note).toContain('is written with an apostrophe in front of it');
      expect(note).toContain('This is the one place where the CSV differs from the pages and the JSON');
    });
  });

  describe('feeds', () => {
    const feeds = () => listFiles(dir()).filter((f) => f.startsWith('feeds/'));

    it('has a feed for briefings, each treaty and each country', () => {
      expect(feeds()).toEqual(
        [
          'feeds/briefings.xml',
          ...[...ledger.countries.keys()].map((id) => `feeds/countries/${id}.xml`),
          ...[...ledger.treaties.keys()].map((id) => `feeds/treaties/${id}.xml`),
        ].sort(),
      );
    });

    it('every feed is well-formed Atom whose links resolve to files in the build', () => {
      for (const file of feeds()) {
        const body = read(dir(), file);
        expect(XMLValidator.validate(body), file).toBe(true);
        const feed = xml.parse(body).feed;
        expect(feed['@xmlns'], file).toBe('http://www.w3.org/2005/Atom');
        expect(feed.id).toMatch(/^tag:[^,]+,2026:\/feeds\//);
        expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
        expect(feed.author.name).toBe('Treaty Ledger');
        const self = feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href'];
        expect(fileFor(dir(), base, self)).toBe(join(dir(), file));
        const entries = (feed.entry ?? []) as Record<string, unknown>[];
        expect(new Set(entries.map((e) => e['id'])).size).toBe(entries.length);
        for (const e of entries) {
          expect(e['updated']).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
          // Event feeds stop at the as-of date (later events have not happened yet for this build);
          // briefings are publications and keep their own dates.
          if (file !== 'feeds/briefings.xml') {
            expect(
              String(e['updated']) <= `${TEST_AS_OF}T00:00:00Z`,
              `${file}: ${e['title']} is dated after the as-of date`,
            ).toBe(true);
          }
          for (const link of e['link'] as Record<string, string>[]) {
            const target = fileFor(dir(), base, link['@href'] ?? '');
            expect(target && existsSync(target), `${file}: ${link['@href']}`).toBe(true);
          }
        }
      }
    });

    it('treaty and country pages advertise their feeds', () => {
      const check = (path: string, feed: string) => {
        const hrefs = page(name, path)
          .querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')
          .map((l) => l.getAttribute('href') ?? '');
        expect(hrefs.map((h) => fileFor(dir(), base, h))).toEqual([
          join(dir(), feed),
          join(dir(), 'feeds/briefings.xml'),
        ]);
      };
      for (const id of ledger.treaties.keys()) check(`/treaties/${id}/`, `feeds/treaties/${id}.xml`);
      for (const id of ledger.countries.keys()) check(`/countries/${id}/`, `feeds/countries/${id}.xml`);
    });
  });

  describe('sitemap, robots, canonical and social tags', () => {
    it('the sitemap lists every page of the build once and nothing else', () => {
      const locs = sitemapLocs(dir(), base);
      expect(new Set(locs).size, 'a page listed twice').toBe(locs.length);
      for (const loc of locs) {
        const file = fileFor(dir(), base, loc);
        expect(file && file.endsWith('index.html') && existsSync(file), loc).toBe(true);
      }
      const listed = new Set(locs.map((l) => fileFor(dir(), base, l)));
      for (const f of htmlPages(dir())) expect(listed.has(join(dir(), f)), f).toBe(true);
      expect(listed.size).toBe(htmlPages(dir()).length);
    });

    it('robots.txt points to the sitemap under the base path', () => {
      const robots = read(dir(), 'robots.txt');
      expect(robots).toContain(`Sitemap: ${originOf(dir())}${base}sitemap-index.xml`);
      expect(robots).toContain(`Allow: ${base}`);
    });

    it('every page has one absolute canonical URL (its own), OpenGraph and Twitter tags and a PNG preview', () => {
      for (const f of htmlPages(dir())) {
        const doc = parseHtml(read(dir(), f));
        const canonical = doc.querySelectorAll('link[rel="canonical"]');
        expect(canonical, f).toHaveLength(1);
        expect(canonical[0]?.getAttribute('href')).toBe(`${originOf(dir())}${base}${pathOf(f).slice(1)}`);
        const meta = (key: string) =>
          doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
        expect(meta('og:title'), f).not.toBe('');
        expect(meta('og:description'), f).not.toBe('');
        expect(meta('og:url')).toBe(canonical[0]?.getAttribute('href'));
        expect(meta('twitter:card')).toBe('summary_large_image');
        const image = fileFor(dir(), base, meta('og:image'));
        expect(image && existsSync(image), meta('og:image')).toBe(true);
        const png = readFileSync(image!);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
          Number(meta('og:image:width')),
          Number(meta('og:image:height')),
        ]);
      }
    });
  });

  describe('JSON-LD and citations', () => {
    const blocks = (path: string) =>
      page(name, path)
        .querySelectorAll('script[type="application/ld+json"]')
        .map((s) => JSON.parse(s.textContent));

    it('names the right schema.org type on each kind of page', () => {
      for (const id of ledger.countries.keys())
        expect(blocks(`/countries/${id}/`).map((b) => b['@type'])).toEqual(['Country']);
      for (const id of ledger.treaties.keys())
        expect(blocks(`/treaties/${id}/`).map((b) => b['@type'])).toEqual(['Legislation']);
      for (const [id, claim] of ledger.claims) {
        const [ld] = blocks(`/claims/${id}/`);
        expect(ld).toMatchObject({
          '@type': 'Claim',
          text: claim.data.statement,
          datePublished: claim.data.made,
          author: { name: claim.data.claimant.name },
        });
        expect(ld.appearance.length).toBeGreaterThan(0);
      }
      for (const id of ledger.briefings.keys())
        expect(blocks(`/briefings/${id}/`).map((b) => b['@type'])).toEqual(['Article']);
      expect(blocks('/data/')[0]).toMatchObject({
        '@type': 'Dataset',
        distribution: expect.arrayContaining([expect.objectContaining({ encodingFormat: 'text/csv' })]),
      });
    });

    it('every entry page offers a citation with the as-of date that works without JavaScript', () => {
      const pages = [
        ...[...ledger.countries.keys()].map((id) => `/countries/${id}/`),
        ...[...ledger.claims.keys()].map((id) => `/claims/${id}/`),
      ];
      for (const path of pages) {
        const cite = page(name, path).querySelector('.cite-this');
        expect(text(cite?.querySelector('.cite-apa')), path).toMatch(
          // Pages that show statuses name the depositary record's date too (issue 20); claims show none.
          path.startsWith('/claims/')
            ? /^Treaty Ledger\. \(2026, February 3\)\. .+ \[Data as of 3 February 2026\]\. Retrieved on the day you read this, from https?:\/\//
            : /^Treaty Ledger\. \(2026, February 3\)\. .+ \[(Statuses on 3 February 2026, from the depositary’s record as at \d{1,2} [A-Z][a-z]+ \d{4}|Data as of 3 February 2026)\]\. Retrieved on the day you read this, from https?:\/\//,
        );
        // node-html-parser keeps <pre> content as raw HTML: parse it again to read the text.
        const [bibtex, csl] = cite?.querySelectorAll('pre').map((pre) => parseHtml(pre.innerHTML).textContent) ?? [];
        expect(bibtex).toMatch(/^@misc\{treatyledger-[a-z]+-[a-z0-9-]+,\n/);
        expect(JSON.parse(csl ?? '')[0]).toMatchObject({
          URL: `${originOf(dir())}${base}${path.slice(1)}`,
          accessed: { literal: 'on the day you read this' },
        });
      }
    });
  });
});

describe('the citation script in a browser', () => {
  it('fills in the reader’s date, inline, with no script fetched', async () => {
    const site = await serveStatic(buildDir('ledger'), '/ledger/');
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const scripts: string[] = [];
      tab.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      const id = [...ledger.countries.keys()][0];
      await tab.goto(`${site.url}countries/${id}/`);
      const dates = await tab.evaluate(() => {
        const d = new Date();
        const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        return { iso, apa: d.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' }) };
      });
      expect(await tab.textContent('.cite-apa')).toContain(`Retrieved ${dates.apa}, from`);
      expect(await tab.textContent('.cite-this pre code')).toContain(`Accessed ${dates.iso}}`);
      expect(scripts).toEqual([]);
      // The citation's date script shares the page's one inline bootstrap (with search): ≤ 1 KB gzip in all.
      const inline = await tab.$$eval('script:not([type*="json"])', (els) =>
        els.map((e) => e.textContent ?? '').join(''),
      );
      expect(gzipSync(inline).length).toBeLessThanOrEqual(1024);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});

describe('byte-identical output', () => {
  /** What may differ between two builds: only the base path inside absolute URLs. */
  const published = (dir: string) =>
    listFiles(dir).filter(
      (f) =>
        (f.startsWith('data/') && f !== 'data/index.html') || f.startsWith('feeds/') || /^sitemap-.+\.xml$/.test(f),
    );

  it('the root and /ledger/ builds differ only in the base path of absolute URLs', () => {
    const [root, ledgerBuild] = [buildDir('root'), buildDir('ledger')];
    const origin = originOf(root);
    expect(published(ledgerBuild)).toEqual(published(root));
    expect(published(root)).toEqual(expect.arrayContaining(['sitemap-index.xml', 'sitemap-0.xml']));
    // Otherwise the comparison below would hold vacuously.
    expect(read(ledgerBuild, 'data/countries.json')).toContain(
      `"schema": "${origin}/ledger/data/schema/countries.json"`,
    );
    for (const f of published(root)) {
      const a = read(root, f);
      const b = read(ledgerBuild, f);
      if (f.endsWith('.csv')) expect(b, f).toBe(a);
      else expect(b.replaceAll(`${origin}/ledger/`, `${origin}/`), f).toBe(a);
    }
  });

  describe('two builds of the fixtures, one with the clock three years on', () => {
    const fixtures = join(ROOT, 'tests/fixtures/content');
    const names = ['exports-fixture', 'exports-fixture-later-clock'] as const;

    beforeAll(async () => {
      const hook = join(BUILDS_DIR, 'later-clock.mjs');
      mkdirSync(BUILDS_DIR, { recursive: true });
      writeFileSync(
        hook,
        `const Real = Date; const shift = 1000 * 86400000;
globalThis.Date = class extends Real { constructor(...a) { if (a.length) super(...a); else super(Real.now() + shift); } static now() { return Real.now() + shift; } };\n`,
      );
      for (const [i, buildName] of names.entries()) {
        const env: Record<string, string> =
          i === 1 ? { NODE_OPTIONS: `--import=${new URL(`file://${hook}`).href}` } : {};
        await reuseOrBuild({ name: buildName, base: '/ledger/', contentDir: fixtures, env });
      }
    });

    it('writes the same downloads, feeds and sitemap, byte for byte', () => {
      const [a, b] = names.map(outDirFor) as [string, string];
      expect(published(a).length).toBeGreaterThan(20);
      expect(published(b)).toEqual(published(a));
      for (const f of published(a)) expect(read(b, f), f).toBe(read(a, f));
    });

    it('gives a briefing an Article with its claims and sources as citations, and a feed entry', () => {
      const dir = outDirFor(names[0]);
      const ld = parseHtml(read(dir, 'briefings/exit/index.html'))
        .querySelectorAll('script[type="application/ld+json"]')
        .map((s) => JSON.parse(s.textContent));
      expect(ld).toEqual([
        expect.objectContaining({
          '@type': 'Article',
          headline: 'Four states leave the mine ban',
          datePublished: '2025-03-20',
          citation: [
            expect.objectContaining({
              '@type': 'Claim',
              url: 'https://treaty-ledger.example.org/ledger/claims/four-states-announce-ottawa-exit/',
            }),
            expect.objectContaining({
              '@type': 'NewsArticle',
              publisher: { '@type': 'Organization', name: 'Reuters' },
            }),
            expect.objectContaining({
              '@type': 'CreativeWork',
              publisher: { '@type': 'Organization', name: 'United Nations Treaty Collection' },
            }),
          ],
        }),
      ]);
      const doc = parseHtml(read(dir, 'briefings/exit/index.html'));
      expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
      expect(doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content')).toBe('2025-03-20');
      const feed = xml.parse(read(dir, 'feeds/briefings.xml')).feed;
      expect(feed.entry).toHaveLength(1);
      expect(feed.entry[0].link[0]['@href']).toBe('https://treaty-ledger.example.org/ledger/briefings/exit/');
      expect(existsSync(join(dir, 'briefings/exit/index.html'))).toBe(true);
    });
  });
});
