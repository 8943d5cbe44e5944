/**
 * Gate: a strict security posture. Every page carries a hashed Content-Security-Policy without
 * 'unsafe-inline' for scripts; pages served with the _headers a CDN would apply load without a
 * single CSP violation; no inline event handlers or style attributes; external links that open
 * new tabs are safe.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { watchPage } from '../support/gates/a11y.ts';
import { headersFor, parseHeadersFile } from '../support/gates/headers.ts';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { servedInBrowser } from '../support/served.ts';
import { buildDir, listFiles, page } from '../support/site.ts';

const htmlPages = () => listFiles(buildDir('ledger')).filter((f) => f.endsWith('.html'));

describe('Content-Security-Policy in every page', () => {
  it('is a meta tag with script hashes and no unsafe-inline for scripts', () => {
    for (const file of htmlPages()) {
      const doc = page('ledger', `/${file.replace(/index\.html$/, '')}`);
      const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc, file).toContain("'self'");
      expect(scriptSrc, file).not.toContain('unsafe-inline');
      expect(csp, file).toContain("object-src 'none'");
      expect(csp, file).toContain("worker-src 'self' blob:");
      expect(scriptSrc, file).toContain("'wasm-unsafe-eval'");
    }
  });

  it('pages have no inline event handlers, javascript: URLs or style attributes', () => {
    for (const file of htmlPages()) {
      const html = readFileSync(join(buildDir('ledger'), file), 'utf8');
      expect(html, file).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
      expect(html, file).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i);
      expect(html, file).not.toMatch(/<[a-z][^>]*\sstyle\s*=/i);
    }
  });

  it('links that open a new tab carry rel="noopener noreferrer"', () => {
    for (const file of htmlPages()) {
      const doc = page('ledger', `/${file.replace(/index\.html$/, '')}`);
      for (const a of doc.querySelectorAll('a[target="_blank"]')) {
        expect(a.getAttribute('rel') ?? '', `${file}: ${a.getAttribute('href')}`).toMatch(/noopener/);
        expect(a.getAttribute('rel') ?? '', `${file}: ${a.getAttribute('href')}`).toMatch(/noreferrer/);
      }
    }
  });
});

describe('served with the _headers a CDN applies', () => {
  const rules = parseHeadersFile(join(buildDir('ledger'), '_headers'));

  const served = servedInBrowser(() => serveStatic(buildDir('ledger'), '/ledger/', (path) => headersFor(rules, path)));

  it('the headers file carries frame-ancestors and the hardening headers, but no second script policy', () => {
    const all = headersFor(rules, '/countries/poland/');
    expect(all['Content-Security-Policy']).toBe("frame-ancestors 'none'");
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(all['Referrer-Policy']).toBeTruthy();
    expect(all['Permissions-Policy']).toBeTruthy();
  });

  it.each(['', 'countries/poland/', 'treaties/ottawa-convention/', 'search/'])(
    '/ledger/%s loads with no CSP violation',
    async (path) => {
      const p = await served.browser.newPage();
      const violations: string[] = [];
      await p.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await p.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { reportViolation(v: string): void }).reportViolation(
            `${e.violatedDirective} ${e.blockedURI}`,
          );
        });
      });
      const watch = watchPage(p);
      const response = await p.goto(`${served.site.url}${path}`, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
      await p.close();
      expect(violations).toEqual([]);
      expect(watch.problems).toEqual([]);
    },
  );
});

describe('the CSP gate', () => {
  it('catches an injected inline script in a built page', async () => {
    const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const temp = mkdtempSync(join(tmpdir(), 'ledger-csp-'));
    cpSync(buildDir('ledger'), temp, { recursive: true });
    const file = join(temp, 'countries/poland/index.html');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('</main>', '<script>document.title = "injected"</script></main>'),
    );
    const served = await serveStatic(temp, '/ledger/');
    const browser = await launchBrowser();
    try {
      const p = await browser.newPage();
      const violations: string[] = [];
      await p.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await p.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { reportViolation(v: string): void }).reportViolation(e.violatedDirective);
        });
      });
      await p.goto(`${served.url}countries/poland/`, { waitUntil: 'networkidle' });
      expect(await p.title()).not.toBe('injected');
      expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    } finally {
      await browser.close();
      await served.close();
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
