/**
 * A real Chromium for tests, through playwright-core. A system Chromium is preferred
 * (CHROMIUM_PATH, then /usr/bin/chromium); otherwise the binary inside @sparticuz/chromium,
 * which npm ci brings on Linux. Flags: no sandbox (tests may run as root) and no background
 * networking (these machines have no outside network).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export async function chromiumPath(): Promise<string> {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return sparticuz.executablePath();
}

/**
 * `lang` sets the browser's own language (`--lang`, and LANGUAGE for Linux builds), which is what
 * orders the fields of a date input; a context's `locale` only sets navigator.language. A Chromium
 * that ships no pack for the language falls back to en-US.
 */
export async function launchBrowser(options: { lang?: string } = {}): Promise<Browser> {
  const { lang } = options;
  return chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      ...(lang ? [`--lang=${lang}`] : []),
    ],
    ...(lang ? { env: { ...process.env, LANGUAGE: lang.replace('-', '_') } } : {}),
  });
}
