#!/usr/bin/env node
/**
 * `npm run lighthouse [-- --dist <dir> --base /ledger/]`: Lighthouse (the version pinned in
 * package.json) over one page of each type of a built site, served by the same plain static server
 * the tests use, in the local Chromium (system Chromium if present, else @sparticuz/chromium).
 * Text files are served gzip-compressed (from .gz copies made here), as any CDN sends them.
 * Mobile form factor with Lighthouse's default throttling. Prints a Markdown table of the four
 * category scores for BENCHMARKS.md. Without --dist it builds the site first (AS_OF=2026-02-03).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './lib/browser.ts';
import { listFiles } from './lib/files.ts';
import { reuseOrBuild, ROOT } from './lib/build.ts';
import { serveStatic } from './lib/serve.ts';

const PAGES: [string, string][] = [
  ['Home', ''],
  ['Treaty', 'treaties/ottawa-convention/'],
  ['Country', 'countries/poland/'],
  ['Claim', 'claims/four-states-announce-ottawa-exit/'],
  ['Source', 'sources/untc-xxvi-5/'],
  ['Briefing', 'briefings/four-states-leave-the-mine-ban/'],
  ['Countries index', 'countries/'],
  ['Search', 'search/?q=mine+ban'],
  ['Data', 'data/'],
  ['About', 'about/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values } = parseArgs({ options: { dist: { type: 'string' }, base: { type: 'string', default: '/' } } });
let dist = values.dist;
const base = values.base ?? '/';
// A build per base path, reused while current (scripts/lib/build.ts › reuseOrBuild).
const buildName = base === '/' ? 'lighthouse' : `lighthouse-${base.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`;
dist ??= (await reuseOrBuild({ name: buildName, base })).outDir;

// A copy with .gz files beside the text files: the server sends those to browsers that accept gzip.
const served = mkdtempSync(join(tmpdir(), 'ledger-lighthouse-served-'));
cpSync(dist, served, { recursive: true });
for (const file of listFiles(served)) {
  if (/\.(html|css|js|json|svg|xml|txt)$/.test(file))
    writeFileSync(join(served, `${file}.gz`), gzipSync(readFileSync(join(served, file)), { level: 9 }));
}
const site = await serveStatic(served, base, () => ({}), { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: await chromiumPath(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as {
  version: string;
};
const rows: string[] = [];
try {
  for (const [label, path] of PAGES) {
    const result = await lighthouse(`${site.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`no Lighthouse result for ${path}`);
    const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    const failed = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id),
    );
    const lcp = lhr.audits['largest-contentful-paint']?.displayValue ?? '';
    rows.push(`| ${label} | \`/${path}\` | ${scores.join(' | ')} | ${lcp} | ${failed.join(', ') || '—'} |`);
    console.error(`${label}: ${scores.join(' / ')}`);
  }
} finally {
  chrome.kill();
  await site.close();
  rmSync(served, { recursive: true, force: true });
  if (!values.dist) rmSync(join(dist, '..'), { recursive: true, force: true });
}
console.log(
  `Lighthouse ${version}, mobile (default throttling), Chromium ${await browserVersion()}, served by a plain static server with gzip:\n`,
);
console.log('| page | path | performance | accessibility | best practices | SEO | LCP | audits below 100 |');
console.log('|---|---|---:|---:|---:|---:|---|---|');
console.log(rows.join('\n'));

async function browserVersion(): Promise<string> {
  const path = await chromiumPath();
  return new Promise((resolve) => {
    const child = spawn(path, ['--version', '--no-sandbox']);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', () => resolve(out.trim().replace(/^\D*/, '') || 'unknown'));
    child.on('error', () => resolve('unknown'));
  });
}
