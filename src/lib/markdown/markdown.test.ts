import { describe, expect, it } from 'vitest';
import {
  fullScan,
  prerendered,
  rememberScan,
  renderMarkdownSafe,
  scanBody,
  takeScan,
  type BodyScan,
} from './markdown.ts';
import { prng } from '../../../scripts/bench/corpus.ts';

/** A scan as plain data (reads the lazy fields). */
const plain = (scan: BodyScan) => ({ ...scan, headings: scan.headings, words: scan.words });

const BODIES = [
  'Plain text, two sentences. Nothing else.',
  '# Title\n\nSome *emphasis*, `code`, **strong** and a list:\n\n- one\n- two\n\n> quote\n\n1. first\n2. second',
  'A table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~struck~~ and a footnote.',
  'Setext heading\n==============\n\n    indented code with words\n\n```js\nconst x = 1;\n```',
  'See [Poland](/countries/poland/).',
  '![a map](/countries/poland/map.png)',
  '[ref]: /claims/x/\n\nUses [it][ref].',
  'Visit www.example.com today.',
  'Visit WWW.EXAMPLE.COM today.',
  'Mail someone@example.org please.',
  'Bare https://example.org/page and http://example.org.',
  'Autolink <https://example.org> here.',
  'Raw <b>html</b> here.',
  '<script>alert(1)</script>',
  'A colon: not a link. A bracket-free text with ampersand &amp; entity &#91;x&#93;(y).',
  'Footnote[^1].\n\n[^1]: The note.',
];

describe('scanBody: the shortcut for bodies without links', () => {
  it.each(BODIES)('is exactly the full scan for %j', (body) => {
    expect(plain(scanBody(body, 'markdown'))).toEqual(plain(fullScan(body, 'markdown')));
  });

  it('does not parse a body that cannot hold links or HTML until headings or words are read', () => {
    const scan = scanBody('# Heading\n\nJust words here.', 'markdown');
    expect(Object.getOwnPropertyDescriptor(scan, 'words')?.get).toBeTypeOf('function');
    expect(scan.links).toEqual([]);
    expect(scan.headings).toEqual([{ depth: 1, text: 'Heading' }]);
    expect(scan.words).toBe(4);
  });

  it('parses every body that has "[", "<", "@", "://" or "www."', () => {
    for (const body of BODIES.filter((b) => /[[<@]|:\/\/|www\./i.test(b))) {
      expect(Object.getOwnPropertyDescriptor(scanBody(body, 'markdown'), 'words')?.get, body).toBeUndefined();
    }
  });

  it('finds no link or HTML in random Markdown without those characters (the shortcut’s premise)', () => {
    const random = prng(7);
    let tested = 0;
    const alphabet = [
      'a',
      'w',
      'W',
      '.',
      ':',
      '/',
      '\\',
      '*',
      '_',
      '`',
      '~',
      '#',
      '-',
      '+',
      '=',
      '|',
      '!',
      '(',
      ')',
      ']',
      '>',
      '&',
      ';',
      '1',
      '2',
      ' ',
      ' ',
      '\n',
      '\n\n',
      'http',
      'mailto',
      'www',
      'ww.',
      'example.org',
      'x@',
      '\t',
    ];
    for (let i = 0; i < 400; i++) {
      let body = '';
      const length = 5 + Math.floor(random() * 60);
      for (let k = 0; k < length; k++) body += alphabet[Math.floor(random() * alphabet.length)];
      if (/[[<@]|:\/\/|www\./i.test(body)) continue;
      const scan = fullScan(body, 'markdown');
      expect({ body, links: scan.links, html: scan.html }).toEqual({ body, links: [], html: [] });
      expect(plain(scanBody(body, 'markdown'))).toEqual(plain(scan));
      tested++;
    }
    expect(tested).toBeGreaterThan(100);
  });

  it('always parses MDX (components need "<", and bad MDX must be reported)', () => {
    expect(() => scanBody('Text {unclosed', 'mdx')).toThrow();
  });
});

describe('rememberScan / takeScan', () => {
  it('hands the remembered scan over once, then scans again', () => {
    const body = `A body only this test uses: [link](/countries/poland/) ${Math.random()}`;
    const remembered = rememberScan(body, 'markdown');
    expect(takeScan(body, 'markdown')).toBe(remembered);
    const again = takeScan(body, 'markdown');
    expect(again).not.toBe(remembered);
    expect(again).toEqual(remembered);
  });

  it('keys by format and exact text', () => {
    const body = `Another body [x](/claims/a/) ${Math.random()}`;
    const remembered = rememberScan(body, 'markdown');
    expect(takeScan(`${body} `, 'markdown')).not.toBe(remembered);
    expect(takeScan(body, 'mdx')).not.toBe(remembered);
    expect(takeScan(body, 'markdown')).toBe(remembered);
  });
});

describe('renderMarkdownSafe: the second wall behind the integrity check', () => {
  it('drops raw HTML instead of passing it through', () => {
    const html = renderMarkdownSafe(
      'Text <script>alert(1)</script> and <img src=x onerror="alert(1)">\n\n<iframe src="https://e.org"></iframe>',
      '/',
    );
    expect(html).not.toMatch(/<script|onerror|<iframe/i);
    expect(html).toContain('Text');
  });

  it('removes javascript: and data: links but keeps http(s) and site links', () => {
    const html = renderMarkdownSafe(
      '[a](javascript:alert(1)) [b](data:text/html,x) [c](https://example.org/) [d](/countries/poland/)',
      '/ledger/',
    );
    expect(html).not.toMatch(/javascript:|data:/);
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="/ledger/countries/poland/"');
  });

  it('adds the base path and trailing slash to site links, keeping fragments', () => {
    expect(renderMarkdownSafe('[x](/treaties/ctbt#rules)', '/ledger/')).toContain(
      'href="/ledger/treaties/ctbt/#rules"',
    );
  });

  it('renders GFM tables and autolinks', () => {
    const html = renderMarkdownSafe('| a | b |\n|---|---|\n| 1 | 2 |\n\nsee https://example.org', '/');
    expect(html).toContain('<table>');
    expect(html).toContain('<a href="https://example.org">');
  });
});

describe('scanBody', () => {
  it('finds links, raw HTML and components with their lines', () => {
    const scan = scanBody('Intro\n\n<Claim id="x" />\n\n[p](/countries/poland/)', 'mdx');
    expect(scan.components).toEqual([{ name: 'Claim', attributes: { id: 'x' }, line: 3 }]);
    expect(scan.links).toEqual([{ url: '/countries/poland/', line: 5 }]);
  });

  it('reads literal arrays in component attributes', () => {
    const scan = scanBody('<TreatyStatus treaty="ctbt" countries={["russia", "united-states"]} />', 'mdx');
    expect(scan.components[0]?.attributes).toEqual({ treaty: 'ctbt', countries: ['russia', 'united-states'] });
  });

  it('reports raw HTML in Markdown', () => {
    expect(scanBody('a <b>bold</b>', 'markdown').html.map((h) => h.value)).toEqual(['<b>', '</b>']);
  });
});

describe('rendering from the check’s parse', () => {
  it('keeps the safe HTML of each Markdown body the check parses, for the base path of the build', () => {
    const body = `See [Poland](/countries/poland/) and <b>raw</b> ${Math.random()}`;
    const scan = rememberScan(body, 'markdown', '/ledger/');
    expect(scan).toEqual(fullScan(body, 'markdown'));
    const html = prerendered(body, '/ledger/');
    expect(html).toContain('<a href="/ledger/countries/poland/">Poland</a>');
    expect(html).not.toContain('<b>');
    expect(renderMarkdownSafe(body, '/ledger/')).toBe(html);
    expect(prerendered(body, '/')).toBeUndefined();
    expect(renderMarkdownSafe(body, '/')).toContain('<a href="/countries/poland/">');
  });

  it('renders nothing ahead for bodies it does not parse, or without a base', () => {
    const plainBody = `Only words ${Math.random()}`;
    rememberScan(plainBody, 'markdown', '/');
    expect(prerendered(plainBody, '/')).toBeUndefined();
    expect(renderMarkdownSafe(plainBody, '/')).toBe(`<p>${plainBody}</p>`);
    const linked = `[x](/claims/a/) ${Math.random()}`;
    rememberScan(linked, 'markdown');
    expect(prerendered(linked, '/')).toBeUndefined();
  });
});
