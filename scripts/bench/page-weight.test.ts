import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { fileForPath, gzipSize, pageWeight } from './page-weight.ts';

const dist = mkdtempSync(join(tmpdir(), 'ledger-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
};

const css = 'body{color:#222;font-family:system-ui}'.repeat(40);
const page = `<!doctype html><html><head>
<link rel="stylesheet" href="/ledger/_astro/site.css">
<link rel="stylesheet" href="/ledger/_astro/site.css?v=2">
<link rel="preload stylesheet" href="../../_astro/print.css">
<link rel="icon" href="/ledger/favicon.svg">
<link rel="stylesheet" href="https://fonts.example.org/x.css">
<script type="module" src="/ledger/_astro/search.js"></script>
<style>main{margin:0}</style></head><body><main>${'<p>Poland withdrew.</p>'.repeat(50)}</main></body></html>`;
write('countries/poland/index.html', page);
write('_astro/site.css', css);
write('_astro/print.css', '@media print{nav{display:none}}');
write('_astro/search.js', 'export const x = 1;'.repeat(20));
write('index.html', '<link rel="stylesheet" href="/missing.css">');

describe('pageWeight', () => {
  const w = pageWeight(dist, '/countries/poland/', { base: '/ledger/' });

  it('measures the gzip size of the HTML and of each linked stylesheet and script, once each', () => {
    expect(w.html).toEqual({
      url: '/countries/poland/',
      file: 'countries/poland/index.html',
      raw: Buffer.byteLength(page),
      gzip: gzipSync(page, { level: 9 }).length,
    });
    expect(w.css.map((f) => f.file)).toEqual(['_astro/site.css', '_astro/print.css']);
    expect(w.css[0]).toMatchObject({ raw: css.length, gzip: gzipSize(css) });
    expect(w.js.map((f) => f.file)).toEqual(['_astro/search.js']);
  });

  it('adds them up: HTML + CSS, and everything', () => {
    const cssGzip = w.css.reduce((n, f) => n + f.gzip, 0);
    expect(w.htmlCss.gzip).toBe(w.html.gzip + cssGzip);
    expect(w.total.gzip).toBe(w.html.gzip + cssGzip + (w.js[0]?.gzip ?? 0));
    expect(w.total.raw).toBeGreaterThan(w.total.gzip);
  });

  it('reports real gzip output (it decompresses to the file)', () => {
    expect(gunzipSync(gzipSync(css, { level: 9 })).toString()).toBe(css);
    expect(gzipSize(css, 1)).toBeGreaterThanOrEqual(gzipSize(css, 9));
  });

  it('fails on a linked file that is not in dist, and on links outside the base path', () => {
    expect(() => pageWeight(dist, '/')).toThrow(/missing\.css is not in/);
    expect(() => pageWeight(dist, '/countries/poland/', { base: '/other/' })).toThrow(/outside the base path/);
    expect(() => pageWeight(dist, '/countries/nowhere/')).toThrow(/not in/);
  });
});

describe('fileForPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/countries/poland/', 'countries/poland/index.html'],
    ['/countries/poland', 'countries/poland/index.html'],
    ['/countries/poland/?x=1#a', 'countries/poland/index.html'],
    ['/404.html', '404.html'],
    ['/_astro/a.css', '_astro/a.css'],
  ])('%s → %s', (path, file) => expect(fileForPath(path)).toBe(file));
});
