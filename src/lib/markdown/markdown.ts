/**
 * Markdown bodies of claims, countries, treaties and sources: parsed once (CommonMark + GFM) for
 * the integrity check (links, raw HTML) and rendered to safe HTML for pages.
 *
 * Rendering is a second wall behind the integrity check: raw HTML is dropped, the output is
 * sanitized (no scripts, no event handlers, only http(s), mailto and site links), and site links get
 * the base path, which Markdown written as "/countries/poland/" cannot know.
 */
import type { Root as HastRoot, Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import type { Root as MdastRoot } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { buildMemo } from '../core/build-memo.ts';
import { resolveSitePath, toSiteHref } from '../urls/routes.ts';

export interface BodyLink {
  url: string;
  /** 1-based line within the body. */
  line: number;
}

export interface BodyHtml {
  /** The raw HTML as written ("<script>", "<iframe …>"). */
  value: string;
  line: number;
}

export interface BodyComponent {
  name: string;
  /** Literal string attributes (`id="x"`) and literal arrays of strings (`countries={["a","b"]}`). */
  attributes: Record<string, string | string[] | true>;
  line: number;
}

export interface BodyScan {
  links: BodyLink[];
  html: BodyHtml[];
  components: BodyComponent[];
  headings: { depth: number; text: string }[];
  words: number;
}

export function parseMarkdown(body: string): MdastRoot {
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function parseMdx(body: string): MdastRoot {
  return fromMarkdown(body, {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  });
}

/**
 * A Markdown body without any of these cannot hold a link, an image, a definition, an autolink,
 * a GFM autolink literal (www., scheme://, e-mail) or raw HTML: every one of them needs "[", "<",
 * "@", "://" or "www." in the text.
 */
const MAY_LINK_OR_HTML = /[[<@]|:\/\/|www\./i;

/** Everything the integrity check and the link graph need from a body, from one parse. */
export function scanBody(body: string, format: 'markdown' | 'mdx'): BodyScan {
  if (!body.trim()) return { links: [], html: [], components: [], headings: [], words: 0 };
  if (format === 'markdown' && !MAY_LINK_OR_HTML.test(body)) return lazyScan(body);
  return fullScan(body, format);
}

/**
 * The scan of a body that has no links, HTML or components (Markdown has no components): those
 * lists are empty for certain, so nothing is parsed unless headings or words are read.
 */
function lazyScan(body: string): BodyScan {
  let full: BodyScan | undefined;
  const parsed = () => (full ??= fullScan(body, 'markdown'));
  return {
    links: [],
    html: [],
    components: [],
    get headings() {
      return parsed().headings;
    },
    get words() {
      return parsed().words;
    },
  };
}

/** The scan from a full parse, with no shortcut (exported for tests that prove the shortcut exact). */
export function fullScan(body: string, format: 'markdown' | 'mdx'): BodyScan {
  return scanTree(format === 'mdx' ? parseMdx(body) : parseMarkdown(body));
}

function scanTree(tree: MdastRoot): BodyScan {
  const scan: BodyScan = { links: [], html: [], components: [], headings: [], words: 0 };
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'link':
      case 'image':
      case 'definition':
        scan.links.push({ url: node.url, line });
        break;
      case 'html':
        scan.html.push({ value: node.value, line });
        break;
      case 'heading':
        scan.headings.push({ depth: node.depth, text: textOf(node) });
        break;
      case 'text':
        scan.words += node.value.split(/\s+/).filter(Boolean).length;
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attributes: BodyComponent['attributes'] = {};
        for (const attr of node.attributes) {
          if (attr.type !== 'mdxJsxAttribute') continue;
          if (attr.value === null || attr.value === undefined) attributes[attr.name] = true;
          else if (typeof attr.value === 'string') attributes[attr.name] = attr.value;
          else {
            const list = parseStringArray(attr.value.value);
            if (list) attributes[attr.name] = list;
            else if (/^\s*(['"])(.*)\1\s*$/.test(attr.value.value))
              attributes[attr.name] = attr.value.value.trim().slice(1, -1);
          }
          if (attr.name === 'href' && typeof attributes[attr.name] === 'string') {
            scan.links.push({ url: attributes[attr.name] as string, line });
          }
        }
        if (node.name) scan.components.push({ name: node.name, attributes, line });
        break;
      }
      default:
        break;
    }
  });
  return scan;
}

/**
 * Scans shared between the integrity check and `buildLedger`, which run in the same build
 * process (as separate module instances, hence globalThis): the check remembers each body's
 * scan, the ledger takes it back, so a body is parsed once per build. Keyed by the body's exact
 * text and format. Scans are read-only data.
 */
function sharedScans(): Map<string, BodyScan> {
  return buildMemo<string, BodyScan>('body-scans');
}

/**
 * `scanBody`, remembered for `takeScan`. With `renderBase`, a Markdown body that has to be parsed
 * for its scan is also rendered from the same parse (`renderMarkdownSafe(body, renderBase)`), and
 * the HTML kept for the page that shows it: one parse per body per build.
 */
export function rememberScan(body: string, format: 'markdown' | 'mdx', renderBase?: string): BodyScan {
  const preparedKey = `${format}\u0000${renderBase ?? ''}\u0000${body}`;
  const ready = prepared().get(preparedKey);
  if (ready) {
    prepared().delete(preparedKey);
    if ('error' in ready)
      throw Object.assign(
        new Error(ready.error.message),
        ready.error.line === undefined ? {} : { line: ready.error.line },
      );
    if (ready.html !== undefined && renderBase !== undefined)
      sharedRendered().set(renderKey(body, renderBase), ready.html);
    sharedScans().set(`${format}:${body}`, ready.scan);
    return ready.scan;
  }
  let scan: BodyScan;
  if (renderBase !== undefined && format === 'markdown' && body.trim() && MAY_LINK_OR_HTML.test(body)) {
    const tree = parseMarkdown(body);
    scan = scanTree(tree);
    sharedRendered().set(renderKey(body, renderBase), safeHtml(tree, renderBase));
  } else {
    scan = scanBody(body, format);
  }
  sharedScans().set(`${format}:${body}`, scan);
  return scan;
}

/** Whether scanning a body parses it, so that a worker thread can do it ahead (`prewarmContent`). */
export function scanParses(body: string, format: 'markdown' | 'mdx'): boolean {
  return body.trim() !== '' && (format === 'mdx' || MAY_LINK_OR_HTML.test(body));
}

/** What `rememberScan` computes for a body that it parses, as plain data: the scan and HTML, or the parse error. */
export type ScanResult =
  { scan: BodyScan; html?: string | undefined } | { error: { message: string; line?: number | undefined } };

/** `rememberScan`'s work for one body that `scanParses`, done where it can be sent between threads. */
export function scanForTransfer(body: string, format: 'markdown' | 'mdx', renderBase?: string): ScanResult {
  try {
    if (renderBase !== undefined && format === 'markdown') {
      const tree = parseMarkdown(body);
      return { scan: scanTree(tree), html: safeHtml(tree, renderBase) };
    }
    return { scan: fullScan(body, format) };
  } catch (error) {
    const e = error as { message?: unknown; line?: unknown };
    return { error: { message: String(e.message), line: typeof e.line === 'number' ? e.line : undefined } };
  }
}

/** Work done ahead by `prewarmContent`, by format, render base and body; `rememberScan` takes it. */
function prepared(): Map<string, ScanResult> {
  return buildMemo<string, ScanResult>('prepared-scans');
}

/** Keeps a worker thread's `scanForTransfer` result for the `rememberScan` call of the check. */
export function rememberScanResult(
  body: string,
  format: 'markdown' | 'mdx',
  renderBase: string | undefined,
  result: ScanResult,
): void {
  prepared().set(`${format}\u0000${renderBase ?? ''}\u0000${body}`, result);
}

/** The remembered scan of this exact body (and forgets it), or a new scan. */
export function takeScan(body: string, format: 'markdown' | 'mdx'): BodyScan {
  const key = `${format}:${body}`;
  const scans = sharedScans();
  const hit = scans.get(key);
  if (hit) {
    scans.delete(key);
    return hit;
  }
  return scanBody(body, format);
}

function parseStringArray(expression: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(expression.replace(/'/g, '"'));
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

function textOf(node: unknown): string {
  let out = '';
  visit(node as MdastRoot, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value;
  });
  return out;
}

const SAFE_SCHEMA = {
  ...defaultSchema,
  // GitHub's schema prefixes ids with "user-content-"; our footnote ids are our own, keep them readable.
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

/**
 * Safe HTML for a Markdown body: raw HTML dropped, sanitized, site links given the base path.
 * Links to site pages are written in Markdown as "/countries/poland/".
 */
export function renderMarkdownSafe(body: string, base: string): string {
  if (!body.trim()) return '';
  return sharedRendered().get(renderKey(body, base)) ?? safeHtml(parseMarkdown(body), base);
}

/** HTML rendered by the integrity check (see rememberScan), by base path and exact body text. */
function sharedRendered(): Map<string, string> {
  return buildMemo<string, string>('rendered-bodies');
}

/** The HTML the check rendered for this body and base, if it did (for tests). */
export function prerendered(body: string, base: string): string | undefined {
  return sharedRendered().get(renderKey(body, base));
}

const renderKey = (body: string, base: string) => `${base}\u0000${body}`;

function safeHtml(tree: MdastRoot, base: string): string {
  const hast = toHast(tree, { allowDangerousHtml: false }) as HastRoot;
  visit(hast, 'element', (el: Element) => {
    const href = el.properties['href'];
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
      el.properties['href'] = toSiteHref(base, href);
    }
  });
  return toHtml(sanitize(hast, SAFE_SCHEMA));
}

/**
 * Rendered body HTML without the links to entries a dated edition leaves out (src/lib/ledger/edition.ts):
 * the words stay, the link goes, so no page points at one that was not published.
 */
export function unlinkEntries(html: string, base: string, leftOut: ReadonlySet<string>): string {
  if (leftOut.size === 0 || !html.includes('<a ')) return html;
  const b = base.endsWith('/') ? base : `${base}/`;
  return html.replace(/<a\s+href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (link, href: string, inner: string) => {
    if (!href.startsWith(b)) return link;
    const target = resolveSitePath(`/${href.slice(b.length)}`);
    return target.kind === 'entry' && leftOut.has(`${target.collection}:${target.id}`) ? inner : link;
  });
}
