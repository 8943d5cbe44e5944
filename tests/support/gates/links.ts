/**
 * Link checker over a built site, as a CDN would serve it: every internal href/src/srcset and
 * #fragment must resolve to a file (and an element id), every external link must be a well-formed
 * http(s) URL. Each broken link is reported with the page it is on and, for entry pages, the
 * content file the page is built from.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles } from '../site.ts';

export interface BrokenLink {
  page: string;
  /** The content file behind the page, when it is an entry page. */
  source?: string | undefined;
  link: string;
  problem: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

const ENTRY_SOURCES: Record<string, string> = {
  briefings: 'src/content/briefings/{id}.mdx',
  claims: 'src/content/claims/{id}.md',
  countries: 'src/content/countries/{id}.md',
  treaties: 'src/content/treaties/{id}.md',
  sources: 'src/content/sources/{id}.md',
};

/** "/countries/poland/" → "src/content/countries/poland.md". */
export function sourceOfPage(sitePath: string): string | undefined {
  const m = /^\/([a-z]+)\/([^/]+)\/$/.exec(sitePath);
  if (!m) return undefined;
  const template = ENTRY_SOURCES[m[1] ?? ''];
  return template ? template.replace('{id}', m[2] ?? '') : undefined;
}

/** Checks every HTML page under `dir` (the site served at `base`). */
export function checkLinks(dir: string, base: string): LinkReport {
  const files = listFiles(dir);
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const idsCache = new Map<string, Set<string>>();
  const docs = new Map<string, HTMLElement>();
  const load = (file: string) => {
    let doc = docs.get(file);
    if (!doc) {
      doc = parse(readFileSync(join(dir, file), 'utf8'));
      docs.set(file, doc);
    }
    return doc;
  };
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set(
        load(file)
          .querySelectorAll('[id]')
          .map((el) => el.id),
      );
      for (const a of load(file).querySelectorAll('a[name]')) ids.add(a.getAttribute('name') ?? '');
      idsCache.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of htmlFiles) {
    const sitePath = `/${file.replace(/index\.html$/, '')}`;
    const pageUrl = new URL(`http://site${base.replace(/\/$/, '')}${sitePath}`);
    const doc = load(file);
    const refs: string[] = [];
    for (const el of doc.querySelectorAll('[href]')) refs.push(el.getAttribute('href') ?? '');
    for (const el of doc.querySelectorAll('[src]')) refs.push(el.getAttribute('src') ?? '');
    for (const el of doc.querySelectorAll('[srcset]')) {
      for (const part of (el.getAttribute('srcset') ?? '').split(',')) refs.push(part.trim().split(/\s+/)[0] ?? '');
    }
    for (const ref of refs) {
      links += 1;
      const report = (problem: string) =>
        broken.push({
          page: `${base.replace(/\/$/, '')}${sitePath}`,
          source: sourceOfPage(sitePath),
          link: ref,
          problem,
        });
      if (!ref) {
        report('empty link');
        continue;
      }
      let url: URL;
      try {
        url = new URL(ref, pageUrl);
      } catch {
        report('not a well-formed URL');
        continue;
      }
      if (url.protocol === 'mailto:') continue;
      if (url.origin !== 'http://site') {
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
          report(`external link with ${url.protocol} (only http and https allowed)`);
        else if (!/^https?:\/\/[^/\s]+\.[^/\s]+/.test(ref)) report('external link is not a well-formed http(s) URL');
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        report(`internal link outside the base path ${base}`);
        continue;
      }
      const rel = decodeURIComponent(url.pathname.slice(base.length));
      const target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
      if (!existsSync(join(dir, target)) && existsSync(join(dir, rel)) && statSync(join(dir, rel)).isDirectory()) {
        report('links to a folder without a trailing slash');
        continue;
      }
      if (!existsSync(join(dir, target))) {
        report(`no file ${target} in the build`);
        continue;
      }
      if (url.hash && url.hash.length > 1 && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(target).has(id)) report(`no element with id "${id}" on ${target}`);
      }
    }
  }
  return { pages: htmlFiles.length, links, broken };
}

export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  return broken.map((b) => `${b.page}${b.source ? ` (from ${b.source})` : ''}: ${b.link} — ${b.problem}`).join('\n');
}
