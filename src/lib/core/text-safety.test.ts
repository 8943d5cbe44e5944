import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import {
  decodeUtf8,
  describeControlChar,
  escapeForReport,
  findControlChars,
  firstInvalidUtf8,
  hasControlChars,
  MAX_NESTING,
  nestingBound,
  quoteDepth,
  nestingDepth,
  safeReportLine,
} from './text-safety.ts';

const chr = (code: number) => String.fromCharCode(code);
/** CommonMark + GFM, as src/lib/markdown parses bodies (core tests import nothing above core). */
const parseMarkdown = (body: string) =>
  fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

describe('control characters', () => {
  const forbidden = [
    ...Array.from({ length: 0x20 }, (_, i) => i).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
    0x7f,
    0x202a,
    0x202b,
    0x202c,
    0x202d,
    0x202e,
    0x2066,
    0x2067,
    0x2068,
    0x2069,
  ];

  it.each(forbidden)('finds U+%s with its line and column', (code) => {
    const text = `first line\nab${chr(code)}c`;
    expect(findControlChars(text)).toEqual([{ index: 13, codePoint: code, line: 2, column: 3 }]);
    expect(hasControlChars(text)).toBe(true);
  });

  it('allows tab, LF, CRLF and every other character, including C1 controls, marks and emoji', () => {
    const text = 'a\tb\nc\r\nd \u00a0é\u0085\u200e\u200f\u2028€😀\uFEFF';
    expect(findControlChars(text)).toEqual([]);
    expect(hasControlChars(text)).toBe(false);
  });

  it('finds a CR that is not directly before LF, and counts lines by LF only', () => {
    expect(findControlChars('a\rb\r\n\r')).toEqual([
      { index: 1, codePoint: 13, line: 1, column: 2 },
      { index: 5, codePoint: 13, line: 2, column: 1 },
    ]);
    expect(hasControlChars('a\rb')).toBe(true);
    expect(hasControlChars('a\r\nb')).toBe(false);
  });

  it('agrees with hasControlChars on every code point of the ranges and their neighbours', () => {
    for (let code = 0; code < 0x2100; code++) {
      if (code === 0x0d) continue;
      expect(hasControlChars(`x${chr(code)}y`), codePointLabel(code)).toBe(
        findControlChars(`x${chr(code)}y`).length > 0,
      );
    }
  });

  it('names what it found', () => {
    expect(describeControlChar(0x0b)).toBe('U+000B (a control character)');
    expect(describeControlChar(0)).toBe('U+0000 (a NUL character)');
    expect(describeControlChar(0x202e)).toBe('U+202E (RIGHT-TO-LEFT OVERRIDE, a bidirectional control)');
    expect(describeControlChar(0x0d)).toBe('U+000D (a carriage return without a line feed)');
  });
});

function codePointLabel(code: number) {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

describe('UTF-8', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);

  it('decodes UTF-8 and strips a byte-order mark, saying it was there', () => {
    expect(decodeUtf8(new TextEncoder().encode('Fin\nland ä'))).toEqual({ ok: true, text: 'Fin\nland ä', bom: false });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: 'a', bom: true });
  });

  it('refuses Latin-1, naming the line of the first bad byte', () => {
    // "title: Fin\nland Ä" in Latin-1: Ä is 0xC4 followed by a newline, not a continuation byte.
    const latin1 = bytes(...[...'title: x\nFinland '].map((c) => c.charCodeAt(0)), 0xc4, 0x0a);
    expect(decodeUtf8(latin1)).toEqual({ ok: false, offset: 17, line: 2 });
  });

  it.each([
    ['a lone continuation byte', [0x80], 0],
    ['an overlong "/"', [0x41, 0xc0, 0xaf], 1],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a truncated sequence', [0x41, 0x42, 0xe2, 0x82], 2],
    ['0xFF', [0xff], 0],
  ])('finds %s', (_name, values, offset) => {
    expect(firstInvalidUtf8(bytes(...values))).toBe(offset);
    expect(decodeUtf8(bytes(...values)).ok).toBe(false);
  });

  it('agrees with TextDecoder on random bytes', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let n = 0; n < 5000; n++) {
      const length = Math.floor(random() * 8);
      const b = new Uint8Array(length);
      for (let i = 0; i < length; i++)
        b[i] = random() < 0.5 ? 0x80 + Math.floor(random() * 0x80) : Math.floor(random() * 256);
      let valid = true;
      try {
        strict.decode(b);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(b) === -1, Array.from(b).join(',')).toBe(valid);
    }
  });
});

describe('nesting', () => {
  const mdx = (body: string) =>
    fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });

  it('measures the depth of a tree without recursion', () => {
    expect(nestingDepth(parseMarkdown('text'))).toBe(3); // root > paragraph > text
    expect(nestingDepth(parseMarkdown('> > *a*'))).toBe(6);
    const deep = parseMarkdown(`${'>'.repeat(3000)} hi`);
    expect(nestingDepth(deep)).toBe(3003);
  });

  it('bounds the depth from the text, for Markdown and MDX', () => {
    const bodies = [
      'text',
      '| a | b |\n|---|---|\n| *x* | [y](/z/) |',
      '- a\n  - b\n    1. c\n       > d *e **f***',
      '[^1]\n\n[^1]: a note with [a link](https://example.org/)',
      '<Claim id="x" />\n\n<Timeline>\n\n> quote\n\n</Timeline>',
      '1) one\n2) two\n   + three\n     - four',
      `${'> '.repeat(40)}text`,
      `${'*'.repeat(60)}a${'*'.repeat(60)}`,
      `${'['.repeat(50)}a${'](/x/)'.repeat(50)}`,
      'Sentences. End here. 2025. Not a list.',
    ];
    for (const body of bodies) {
      expect(nestingDepth(parseMarkdown(body)), body).toBeLessThanOrEqual(nestingBound(body));
      expect(nestingDepth(mdx(body)), body).toBeLessThanOrEqual(nestingBound(body));
    }
  });

  it('bounds the depth of random Markdown made of nesting characters', () => {
    const alphabet = [
      '>',
      ' ',
      '-',
      '+',
      '*',
      '_',
      '~',
      '[',
      ']',
      '(',
      ')',
      '1',
      '.',
      '\n',
      '  ',
      'a',
      '|',
      '`',
      '#',
      '<',
      '!',
    ];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 1500; n++) {
      const body = Array.from(
        { length: 1 + Math.floor(random() * 40) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      expect(nestingDepth(parseMarkdown(body)), JSON.stringify(body)).toBeLessThanOrEqual(nestingBound(body));
    }
  });

  it('leaves ordinary prose far below the limit, so it is not parsed to be measured', () => {
    const prose =
      'Finland deposited its withdrawal on 10 July 2025. It took effect six months later, on 10 January 2026. '.repeat(
        20,
      );
    expect(nestingBound(prose)).toBeLessThan(MAX_NESTING);
    expect(nestingBound(`${'>'.repeat(3000)} hi`)).toBeGreaterThan(MAX_NESTING);
  });
});

describe('the report', () => {
  it('writes every control character as <U+XXXX>, so nothing reaches the terminal', () => {
    expect(escapeForReport('a\u001b[31mred\u001b[0m')).toBe('a<U+001B>[31mred<U+001B>[0m');
    expect(escapeForReport('x\u009b31m')).toBe('x<U+009B>31m');
    expect(escapeForReport('a\r\nb\tc\u0007\u007f')).toBe('a<U+000D><U+000A>b<U+0009>c<U+0007><U+007F>');
    expect(escapeForReport('évil \u202egnp.exe \u2028')).toBe('évil <U+202E>gnp.exe <U+2028>');
  });

  it('never lets a value begin a workflow command', () => {
    const hostile = 'x\n::add-mask::secret\n::error file=a::pwned';
    const line = safeReportLine(`✖ src/content/claims/a.md:3 › title: "${hostile}"`);
    expect(line.split(/\r\n|\r|\n/)).toHaveLength(1);
    expect(safeReportLine('::error::x')).toBe('| ::error::x');
    expect(safeReportLine('   ##[error]x')).toBe('|    ##[error]x');
    expect(safeReportLine('    fix: write "::x"')).toBe('    fix: write "::x"');
  });
});

describe('quoteDepth', () => {
  it('counts the quote markers that open a line, spaces between them allowed', () => {
    expect(quoteDepth('plain text')).toBe(0);
    expect(quoteDepth('> one\n\n> > two\n>>> three')).toBe(3);
    expect(quoteDepth('a > b > c')).toBe(0);
    expect(quoteDepth(`${'>'.repeat(20000)} deep`)).toBe(20000);
  });

  it('never says more than the parse measures (a lower bound)', () => {
    for (const body of ['> a', '> > > b', '>>>> c\n\n> d', '- > e', '>\n>\n> f']) {
      expect(quoteDepth(body), body).toBeLessThanOrEqual(nestingDepth(parseMarkdown(body)));
    }
  });
});
