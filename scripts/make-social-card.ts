/**
 * Makes public/social/default.png, the link-preview image every page names (og:image,
 * twitter:image): 1200×630, the size OpenGraph and X/Twitter large cards expect. Run once after
 * changing the design below; the PNG is committed, so builds need no browser.
 *
 *   npx node scripts/make-social-card.ts
 *
 * Why a PNG made here and not an SVG made at build time: the big consumers of og:image (Facebook,
 * LinkedIn, X, Slack, iMessage) do not render SVG, and turning SVG into PNG during the build would
 * need a browser or a native image library in every build.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from './lib/browser.ts';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../public/social/default.png');

const rows: [string, string, string][] = [
  ['Signed', '4 Dec 1997', 'in'],
  ['Ratified', '27 Dec 2012', 'in'],
  ['In force', '1 Jun 2013', 'in'],
  ['Withdrawal', '20 Aug 2025', 'out'],
];

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: 1200px; height: 630px; background: #f6f3ec; color: #1c2430; font-family: 'DejaVu Serif', Georgia, serif; position: relative; overflow: hidden; }
  .rule { position: absolute; left: 0; top: 0; bottom: 0; width: 28px; background: #1c2430; }
  .rule::after { content: ''; position: absolute; left: 28px; top: 0; bottom: 0; width: 6px; background: #b3401f; }
  .text { position: absolute; left: 96px; top: 92px; width: 600px; }
  h1 { font-size: 84px; line-height: 1; letter-spacing: -1px; }
  p { margin-top: 30px; font-size: 34px; line-height: 1.3; color: #3a4350; }
  .mark { position: absolute; left: 96px; bottom: 70px; font: 22px 'DejaVu Sans', sans-serif; letter-spacing: 3px; text-transform: uppercase; color: #6b7380; }
  table { position: absolute; right: 80px; top: 120px; width: 380px; border-collapse: collapse; font: 24px 'DejaVu Sans', sans-serif; }
  td { padding: 17px 6px; border-bottom: 2px solid #d9d3c5; }
  tr:first-child td { border-top: 4px solid #1c2430; }
  td.date { text-align: right; font-family: 'DejaVu Sans Mono', monospace; font-size: 21px; color: #3a4350; }
  td.dot { width: 30px; }
  td.dot span { display: inline-block; width: 16px; height: 16px; border-radius: 50%; background: #1c2430; }
  td.dot span.out { background: none; border: 3px solid #b3401f; }
</style></head><body>
  <div class="rule"></div>
  <div class="text">
    <h1>Treaty Ledger</h1>
    <p>Who is in and who is out of the arms-control treaties, and on whose word.</p>
  </div>
  <table>${rows.map(([what, date, state]) => `<tr><td class="dot"><span class="${state}"></span></td><td>${what}</td><td class="date">${date}</td></tr>`).join('')}</table>
  <div class="mark">Depositary records · treaty rules · sourced claims</div>
</body></html>`;

const browser = await chromium.launch({
  executablePath: await chromiumPath(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  mkdirSync(dirname(OUT), { recursive: true });
  await page.screenshot({ path: OUT, type: 'png' });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
}
