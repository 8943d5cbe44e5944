/**
 * Text that is safe to publish and to print: pure helpers for the integrity check and its report.
 *  - Control characters a contributor cannot see: C0 controls except tab, LF and a CR directly
 *    before LF; DEL; the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 *    U+2066–U+2069), which can make text display in another order than it is stored. XML (the
 *    feeds) cannot carry most of them, and none belongs in the ledger's text.
 *  - UTF-8: a file's bytes are decoded strictly, so a Latin-1 file is named instead of being
 *    published with replacement characters; a byte-order mark is recognised and stripped.
 *  - Nesting: how deep a parsed Markdown tree goes, measured without recursion, and a cheap bound
 *    from the text that makes measuring unnecessary for almost every body.
 *  - The human report: values are printed so that no control character reaches the terminal
 *    (no escape sequences, no carriage return that rewrites a line) and no printed value can begin
 *    a line, so none can be read as a GitHub Actions workflow command (`::error`, `::add-mask::`).
 */

/** Whether a code point is one the ledger's text must not hold (CR is judged by what follows it). */
function isForbidden(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    code === 0x7f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

export interface ControlChar {
  /** UTF-16 index in the text. */
  index: number;
  codePoint: number;
  /** 1-based line and column (in UTF-16 units) of the character. */
  line: number;
  column: number;
}

/** Every character of `text` the ledger does not accept (see the module comment), in order. */
export function findControlChars(text: string): ControlChar[] {
  const found: ControlChar[] = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (code === 0x0d ? text.charCodeAt(i + 1) !== 0x0a : isForbidden(code)) {
      found.push({ index: i, codePoint: code, line, column: i - lineStart + 1 });
    }
  }
  return found;
}

/** A quick test for `findControlChars(text).length > 0`. */
export function hasControlChars(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/.test(text);
}

const BIDI_NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** "U+000B", "U+0000". */
export function codePointLabel(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "U+000B (a control character)", "U+202E (RIGHT-TO-LEFT OVERRIDE, a bidirectional control)". */
export function describeControlChar(code: number): string {
  const bidi = BIDI_NAMES[code];
  if (bidi) return `${codePointLabel(code)} (${bidi}, a bidirectional control)`;
  if (code === 0x0d) return `${codePointLabel(code)} (a carriage return without a line feed)`;
  if (code === 0x00) return `${codePointLabel(code)} (a NUL character)`;
  return `${codePointLabel(code)} (a control character)`;
}

export type DecodeResult =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; /** 0-based offset of the first byte that is not UTF-8. */ offset: number; line: number };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * A file's bytes as text, strictly: anything that is not UTF-8 is an error with the line of the
 * first bad byte (for the message), never replaced. A leading byte-order mark is stripped and
 * reported in `bom`.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  const bom = bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b);
  try {
    // ignoreBOM: false (the default) strips a leading BOM.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text, bom };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, offset, line };
  }
}

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all are well-formed.
 * Used only to say where `TextDecoder` failed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const first = k === 1;
      if (c < (first ? lo : 0x80) || c > (first ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * How deep the tree's nodes go (the root alone is 1), walked with an explicit stack so that no
 * depth can overflow the call stack.
 */
export function nestingDepth(tree: { children?: unknown[] }): number {
  let max = 0;
  const stack: [{ children?: unknown[] }, number][] = [[tree, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [{ children?: unknown[] }, number];
    if (depth > max) max = depth;
    if (Array.isArray(node.children))
      for (const child of node.children) stack.push([child as { children?: unknown[] }, depth + 1]);
  }
  return max;
}

/**
 * The deepest a Markdown body may nest (blockquotes in lists in emphasis…): a generous multiple of
 * what prose uses (about 10), far below what the recursive renderers survive (a body of 3,000 `>`
 * overflows the call stack of hast-util-to-html).
 */
export const MAX_NESTING = 100;

/**
 * An upper bound on the nesting a Markdown or MDX body can parse to, from its text alone. Every
 * level beyond a table cell's text (root, table, row, cell, text: 5) needs a character of its own:
 * `>` (a blockquote), `*`, `_` or `~` (emphasis, strikethrough), `[` (a link, image or footnote),
 * `<` (an MDX element), or a list marker — `-`, `+` or a digit's `.` or `)` followed by a space or
 * the end of the line — and each such character adds at most two levels (a list and its item; an
 * element and the paragraph inside it). Below the limit a body need not be parsed to be measured.
 */
export function nestingBound(body: string): number {
  let bound = 5;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    // > * _ ~ [ <
    if (c === 0x3e || c === 0x2a || c === 0x5f || c === 0x7e || c === 0x5b || c === 0x3c) {
      bound += 2;
      continue;
    }
    const spaceAfter = i + 1 === body.length || body.charCodeAt(i + 1) <= 0x20;
    if (!spaceAfter) continue;
    // - + as list markers; . ) after a digit as ordered-list markers
    if (c === 0x2d || c === 0x2b) bound += 2;
    else if ((c === 0x2e || c === 0x29) && i > 0 && body.charCodeAt(i - 1) >= 0x30 && body.charCodeAt(i - 1) <= 0x39)
      bound += 2;
  }
  return bound;
}

/**
 * A lower bound on the nesting, from the text alone: the most block-quote markers (`>`, spaces
 * between them allowed) that open one line. A line of 20,000 `>` nests at least 20,000 levels, and
 * parsing it first would take the check tens of seconds; this answers in one pass.
 */
export function quoteDepth(body: string): number {
  let most = 0;
  let depth = 0;
  let atLineStart = true;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x0a) {
      atLineStart = true;
      depth = 0;
    } else if (!atLineStart) continue;
    else if (c === 0x3e) most = Math.max(most, ++depth);
    else if (c !== 0x20 && c !== 0x09) atLineStart = false;
  }
  return most;
}

/** C0 and C1 controls, DEL, bidi controls and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as the human report prints it: every control character (including CR, LF and tab, which
 * could start a new line or overwrite one) is written as `<U+001B>`, so the value stays on its
 * line and no terminal escape sequence passes through.
 */
export function escapeForReport(value: string): string {
  return value.replace(UNPRINTABLE, (c) => `<${codePointLabel(c.charCodeAt(0))}>`);
}

/**
 * A line of the report made safe: escaped, and if it would begin with `::` or `##[` (a GitHub
 * Actions workflow command, after any leading white space) a space-and-bar prefix keeps the runner
 * from reading it as one. The report's own lines begin with "✖", "⚠" or "    fix:" anyway.
 */
export function safeReportLine(line: string): string {
  const escaped = escapeForReport(line);
  return /^\s*(::|##\[)/.test(escaped) ? `| ${escaped}` : escaped;
}
