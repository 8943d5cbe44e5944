import { describe, expect, it } from 'vitest';
import { fullScan, rememberScan, scanBody, takeScan, type BodyScan } from './markdown.ts';
import { prng } from '../../scripts/bench/corpus.ts';

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

describe('scanBody', () => {
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
    const alphabet = ['a', 'w', 'W', '.', ':', '/', '\\', '*', '_', '`', '~', '#', '-', '+', '=', '|', '!', '(', ')', ']', '>', '&', ';', '1', '2', ' ', ' ', '\n', '\n\n', 'http', 'mailto', 'www', 'ww.', 'example.org', 'x@', '\t'];
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
