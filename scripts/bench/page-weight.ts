/**
 * What one page costs a reader on the wire: the gzip size of its HTML and of every stylesheet and
 * script it links, read from a built dist/ folder (pure Node: fs + zlib, no server). Budget tests
 * call `pageWeight(dist, '/countries/poland/')` and compare `total.gzip` (or `css.gzip`) with a
 * limit. A linked file that is not in dist/ is an error, never counted as zero.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface FileWeight {
  /** As written in the page (href or src). */
  url: string;
  /** Path inside dist/. */
  file: string;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  html: FileWeight;
  /** Linked stylesheets (`<link rel="stylesheet">`), each counted once. Inline <style> is in the HTML. */
  css: FileWeight[];
  /** External scripts (`<script src>`), each counted once; `module` or not. Inline scripts are in the HTML. */
  js: FileWeight[];
  total: { raw: number; gzip: number };
  /** HTML + CSS only: what a content page must stay under. */
  htmlCss: { raw: number; gzip: number };
}

export interface PageWeightOptions {
  /** The base path the site was built with (BASE_PATH), e.g. "/ledger/"; default "/". */
  base?: string;
  /** zlib level, default 9 (what a static host that pre-compresses uses). */
  level?: number;
}

/** gzip size of some bytes. */
export function gzipSize(data: Buffer | string, level = 9): number {
  return gzipSync(data, { level }).length;
}

/** The file in dist/ that serves a site path ("/countries/poland/" → countries/poland/index.html). */
export function fileForPath(path: string): string {
  const clean = path.replace(/[?#].*$/, '').replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  return /\.[a-z0-9]+$/i.test(clean) ? clean : `${clean}/index.html`;
}

function weigh(dist: string, url: string, file: string, level: number): FileWeight {
  const abs = join(dist, file);
  if (!existsSync(abs) || !statSync(abs).isFile()) throw new Error(`${url} is not in ${dist} (looked for ${file})`);
  const bytes = readFileSync(abs);
  return { url, file, raw: bytes.length, gzip: gzipSize(bytes, level) };
}

/**
 * Weighs a page of a built site. `page` is the site path without the base ("/countries/poland/"),
 * or a file inside dist/ ("404.html").
 */
export function pageWeight(dist: string, page: string, options: PageWeightOptions = {}): PageWeight {
  const base = options.base ?? '/';
  const level = options.level ?? 9;
  const htmlFile = fileForPath(page);
  const html = weigh(dist, page, htmlFile, level);
  const root = parse(readFileSync(join(dist, htmlFile), 'utf8'));
  const pageDir = posix.dirname(`/${htmlFile}`);

  /** A URL in the page → a file in dist/, or undefined for another origin. */
  const resolve = (url: string): string | undefined => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
    let path = url.replace(/[?#].*$/, '');
    if (path.startsWith('/')) {
      if (!path.startsWith(base)) throw new Error(`${page} links ${url}, which is outside the base path ${base}`);
      path = `/${path.slice(base.length)}`;
    } else {
      path = posix.join(pageDir, path);
    }
    return fileForPath(path);
  };

  const collect = (
    selector: string,
    attribute: string,
    accept: (el: ReturnType<typeof root.querySelectorAll>[number]) => boolean,
  ) => {
    const seen = new Set<string>();
    const out: FileWeight[] = [];
    for (const el of root.querySelectorAll(selector)) {
      const url = el.getAttribute(attribute);
      if (!url || !accept(el)) continue;
      const file = resolve(url);
      if (!file || seen.has(file)) continue;
      seen.add(file);
      out.push(weigh(dist, url, file, level));
    }
    return out;
  };
  const css = collect('link', 'href', (el) =>
    (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet'),
  );
  const js = collect('script', 'src', () => true);
  const sum = (list: FileWeight[]) =>
    list.reduce((acc, f) => ({ raw: acc.raw + f.raw, gzip: acc.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const cssSum = sum(css);
  const jsSum = sum(js);
  return {
    page,
    html,
    css,
    js,
    htmlCss: { raw: html.raw + cssSum.raw, gzip: html.gzip + cssSum.gzip },
    total: { raw: html.raw + cssSum.raw + jsSum.raw, gzip: html.gzip + cssSum.gzip + jsSum.gzip },
  };
}
