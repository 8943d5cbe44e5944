/**
 * Browsers ask for an icon on every page. Without one they ask the host's root for /favicon.ico:
 * a 404 in the console under a sub-path (and a failure in the browser gates with Debian's
 * Chromium). Every page names the site's own icon, under the base path, and the file is there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_BUILDS } from '../../scripts/lib/build.ts';
import { buildDir, listFiles, page } from '../support/site.ts';

describe.each(Object.values(SITE_BUILDS))('the icon in the $name build (BASE_PATH=$base)', ({ name, base }) => {
  it('is named by every page, under the base path, and exists', () => {
    const pages = listFiles(buildDir(name)).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const path = `/${file.replace(/index\.html$/, '')}`;
      const href = page(name, path).querySelector('link[rel="icon"]')?.getAttribute('href');
      expect(href, file).toBe(`${base}favicon.svg`);
    }
    expect(existsSync(join(buildDir(name), 'favicon.svg'))).toBe(true);
  });
});
