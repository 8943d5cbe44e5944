/**
 * Markdown bodies of claims, countries, treaties and sources: parsed once (CommonMark + GFM) for
 * the integrity check (links, raw HTML) and rendered to safe HTML for pages.
 *
 * Rendering is a second wall behind the integrity check: raw HTML is dropped, the output is
 * sanitized (no scripts, no event handlers, only http(s), mailto and site links), and site links get
 * the base path, which Markdown written as "/countries/poland/" cannot know.
 *
 * MDX bodies (briefings) are parsed here too, and the same tree goes through the gate the caller
 * passes (the check's MDX gate, check/mdx-gate.ts): the scan carries what it found. A body that could nest deeper than
 * MAX_NESTING is measured before anything walks it recursively; one that does is not scanned or
 * rendered, and the scan says how deep it goes (`tooDeep`).
 */
import type { Root as HastRoot, Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import type { Expression } from 'estree';
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { handOver, handoffKey, peek, take } from '../core/handoff.ts';
import { MAX_NESTING, nestingBound, nestingDepth, quoteDepth } from '../core/text-safety.ts';
import { resolveSitePath, toSiteHref } from '../urls/routes.ts';

export interface BodyLink {
  url: string;
  /** 1-based line within the body. */
  line: number;
  /** Set for an image (`![alt](url)`), which the page loads rather than links to. */
  image?: true;
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
  /** MDX scanned with a gate: what it found (lines within the body); empty when the body passes. */
  gate?: BodyFinding[];
  /**
   * Set when the body nests deeper than MAX_NESTING: how deep (Infinity when the parser itself ran
   * out of stack). Nothing else is scanned, and the body is not rendered.
   */
  tooDeep?: number;
}

/** A problem a gate finds in a body; `line` counts from the body's first line. */
export interface BodyFinding {
  line: number;
  field: string;
  message: string;
  hint: string;
}

/** A rule over an MDX body's tree, run on the scan's own parse (the check's MDX gate). */
export type BodyGate = (tree: MdastRoot) => BodyFinding[];

export function parseMarkdown(body: string): MdastRoot {
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

export function parseMdx(body: string): MdastRoot {
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
export function scanBody(body: string, format: 'markdown' | 'mdx', gate?: BodyGate): BodyScan {
  if (!body.trim()) return { links: [], html: [], components: [], headings: [], words: 0 };
  if (format === 'markdown' && !MAY_LINK_OR_HTML.test(body) && nestingBound(body) <= MAX_NESTING) return lazyScan(body);
  return fullScan(body, format, gate);
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
export function fullScan(body: string, format: 'markdown' | 'mdx', gate?: BodyGate): BodyScan {
  const parsed = parseMeasured(body, format);
  return 'tooDeep' in parsed ? tooDeepScan(parsed.tooDeep) : scanTree(parsed.tree, format, gate);
}

/**
 * The body's tree, or how deep it nests when that is more than MAX_NESTING. Only a body whose text
 * allows such nesting (`nestingBound`) is measured; its parse may itself run out of stack.
 */
function parseMeasured(body: string, format: 'markdown' | 'mdx'): { tree: MdastRoot } | { tooDeep: number } {
  if (nestingBound(body) <= MAX_NESTING) return { tree: format === 'mdx' ? parseMdx(body) : parseMarkdown(body) };
  const quotes = quoteDepth(body);
  if (quotes > MAX_NESTING) return { tooDeep: quotes };
  let tree: MdastRoot;
  try {
    tree = format === 'mdx' ? parseMdx(body) : parseMarkdown(body);
  } catch (error) {
    if (error instanceof RangeError) return { tooDeep: Number.POSITIVE_INFINITY };
    throw error;
  }
  const depth = nestingDepth(tree);
  return depth > MAX_NESTING ? { tooDeep: depth } : { tree };
}

function tooDeepScan(depth: number): BodyScan {
  return { links: [], html: [], components: [], headings: [], words: 0, tooDeep: depth };
}

function scanTree(tree: MdastRoot, format: 'markdown' | 'mdx', gate?: BodyGate): BodyScan {
  const scan: BodyScan = { links: [], html: [], components: [], headings: [], words: 0 };
  if (format === 'mdx' && gate) scan.gate = gate(tree);
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'link':
      case 'definition':
        scan.links.push({ url: node.url, line });
        break;
      case 'image':
        scan.links.push({ url: node.url, line, image: true });
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
          // The literal value, read as the gate reads it; any other expression is the gate's to refuse.
          const value = attributeValue(attr);
          if (value !== undefined) attributes[attr.name] = value;
          if (attr.name === 'href' && typeof value === 'string') scan.links.push({ url: value, line });
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
 * Scans handed from the integrity check to `buildLedger` (core/handoff.ts): the check hands each
 * body's scan over, the ledger takes it back, so a body is parsed once per build. Keyed by the
 * body's format and exact text. Scans are read-only data.
 */
const scanKey = (body: string, format: 'markdown' | 'mdx') => handoffKey(format, body);
const preparedKey = (body: string, format: 'markdown' | 'mdx', renderBase: string | undefined) =>
  handoffKey(format, renderBase ?? '', body);
const renderKey = (body: string, base: string) => handoffKey(base, body);

/**
 * `scanBody`, handed over for `takeScan`. With `renderBase`, a Markdown body that has to be parsed
 * for its scan is also rendered from the same parse (`renderMarkdownSafe(body, renderBase)`), and
 * the HTML kept for the page that shows it: one parse per body per build.
 */
export function rememberScan(body: string, format: 'markdown' | 'mdx', renderBase?: string, gate?: BodyGate): BodyScan {
  const ready = take<ScanResult>('prepared-scan', preparedKey(body, format, renderBase));
  if (ready) {
    if ('error' in ready)
      throw Object.assign(
        new Error(ready.error.message),
        ready.error.line === undefined ? {} : { line: ready.error.line },
      );
    if (ready.html !== undefined && renderBase !== undefined)
      handOver('rendered-body', renderKey(body, renderBase), ready.html);
    return handOver('body-scan', scanKey(body, format), ready.scan);
  }
  let scan: BodyScan;
  if (renderBase !== undefined && format === 'markdown' && body.trim() && MAY_LINK_OR_HTML.test(body)) {
    const parsed = parseMeasured(body, 'markdown');
    if ('tooDeep' in parsed) scan = tooDeepScan(parsed.tooDeep);
    else {
      scan = scanTree(parsed.tree, 'markdown');
      handOver('rendered-body', renderKey(body, renderBase), safeHtml(parsed.tree, renderBase));
    }
  } else {
    scan = scanBody(body, format, gate);
  }
  return handOver('body-scan', scanKey(body, format), scan);
}

/** Whether scanning a body parses it, so that a worker thread can do it ahead (`prewarmContent`). */
export function scanParses(body: string, format: 'markdown' | 'mdx'): boolean {
  return body.trim() !== '' && (format === 'mdx' || MAY_LINK_OR_HTML.test(body) || nestingBound(body) > MAX_NESTING);
}

/** What `rememberScan` computes for a body that it parses, as plain data: the scan and HTML, or the parse error. */
export type ScanResult =
  { scan: BodyScan; html?: string | undefined } | { error: { message: string; line?: number | undefined } };

/** `rememberScan`'s work for one body that `scanParses`, done where it can be sent between threads. */
export function scanForTransfer(
  body: string,
  format: 'markdown' | 'mdx',
  renderBase?: string,
  gate?: BodyGate,
): ScanResult {
  try {
    if (renderBase !== undefined && format === 'markdown') {
      const parsed = parseMeasured(body, 'markdown');
      if ('tooDeep' in parsed) return { scan: tooDeepScan(parsed.tooDeep) };
      return { scan: scanTree(parsed.tree, 'markdown'), html: safeHtml(parsed.tree, renderBase) };
    }
    return { scan: fullScan(body, format, gate) };
  } catch (error) {
    const e = error as { message?: unknown; line?: unknown };
    return { error: { message: String(e.message), line: typeof e.line === 'number' ? e.line : undefined } };
  }
}

/** Hands a worker thread's `scanForTransfer` result to the `rememberScan` call of the check. */
export function rememberScanResult(
  body: string,
  format: 'markdown' | 'mdx',
  renderBase: string | undefined,
  result: ScanResult,
): void {
  handOver('prepared-scan', preparedKey(body, format, renderBase), result);
}

/** The scan handed over for this exact body (and forgets it), or a new scan. */
export function takeScan(body: string, format: 'markdown' | 'mdx'): BodyScan {
  return take<BodyScan>('body-scan', scanKey(body, format)) ?? scanBody(body, format);
}

/**
 * The literal value of an attribute: `name` (true), `name="text"`, or `name={["a", "b"]}` — an
 * array expression whose every element is a string literal, read from the estree. Anything else
 * (a template literal, an identifier, a call, a sequence, JSX) is undefined.
 */
export function attributeValue(attribute: MdxJsxAttribute): string | string[] | true | undefined {
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const program = value.data?.estree;
  if (!program || program.body.length !== 1) return undefined;
  const statement = program.body[0];
  if (statement?.type !== 'ExpressionStatement') return undefined;
  return stringArray(statement.expression);
}

function stringArray(expression: Expression): string[] | undefined {
  if (expression.type !== 'ArrayExpression') return undefined;
  const out: string[] = [];
  for (const element of expression.elements) {
    if (element === null || element.type !== 'Literal' || typeof element.value !== 'string') return undefined;
    out.push(element.value);
  }
  return out;
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
  return prerendered(body, base) ?? safeHtml(parseMarkdown(body), base);
}

/** The HTML the check rendered for this body and base, if it did (for tests). */
export function prerendered(body: string, base: string): string | undefined {
  return peek<string>('rendered-body', renderKey(body, base));
}

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
