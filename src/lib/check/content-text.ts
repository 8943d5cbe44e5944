/**
 * The integrity check's rules on text as text, for every file of every collection: the bytes are
 * UTF-8, no field (key or value, however deep) and no line of a body holds a control character,
 * and a body does not nest deeper than the renderers can take. Each problem names the file, the
 * line and the field. The helpers they rest on are in text-safety.ts.
 */
import { formatFieldPath, type Problem } from './problems.ts';
import {
  decodeUtf8,
  describeControlChar,
  findControlChars,
  hasControlChars,
  MAX_NESTING,
} from '../core/text-safety.ts';

interface TextFile {
  path: string;
  data: unknown;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** At most this many control-character problems per file; the last one says how many more there are. */
const MAX_PER_FILE = 20;

function hintFor(code: number): string {
  if (code >= 0x202a)
    return 'delete it: a bidirectional control makes text display in another order than it is stored, so readers and reviewers would see different text.';
  return 'delete it (most editors do not show it: retype the text around the place named if you cannot find it).';
}

/** Control characters in the file's fields (keys and values, at any depth) and in its body. */
export function controlCharProblems(file: TextFile): Problem[] {
  const problems: Problem[] = [];
  // A path is kept as a link to its parent's, and spelt out only for a problem, so walking data
  // nested n deep costs n steps, not n² copies of ever longer paths.
  interface PathLink {
    key: PropertyKey;
    parent: PathLink | undefined;
  }
  const spell = (link: PathLink | undefined): PropertyKey[] => {
    const out: PropertyKey[] = [];
    for (let l = link; l; l = l.parent) out.push(l.key);
    return out.reverse();
  };
  const report = (text: string, link: PathLink | undefined, what: 'value' | 'name') => {
    if (!hasControlChars(text)) return;
    const found = findControlChars(text);
    const first = found[0];
    if (!first) return;
    const path = spell(link);
    problems.push({
      file: file.path,
      line: file.lineOf(path),
      field: formatFieldPath(path),
      message: `the ${what === 'name' ? 'field name' : 'text'} holds ${describeControlChar(first.codePoint)} at character ${first.index + 1}${found.length > 1 ? ` (and ${found.length - 1} more)` : ''}`,
      hint: hintFor(first.codePoint),
    });
  };
  const stack: [unknown, PathLink | undefined][] = [[file.data, undefined]];
  while (stack.length > 0) {
    const [value, link] = stack.pop() as [unknown, PathLink | undefined];
    if (typeof value === 'string') report(value, link, 'value');
    else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], { key: i, parent: link }]);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const childLink = { key, parent: link };
        report(key, childLink, 'name');
        stack.push([child, childLink]);
      }
    }
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  let lastLine = 0;
  let more = 0;
  for (const c of findControlChars(file.body)) {
    if (c.line === lastLine) continue;
    lastLine = c.line;
    if (problems.length >= MAX_PER_FILE) {
      more++;
      continue;
    }
    problems.push({
      file: file.path,
      line: file.bodyLine + c.line - 1,
      field: '(body)',
      message: `the line holds ${describeControlChar(c.codePoint)} at column ${c.column}`,
      hint: hintFor(c.codePoint),
    });
  }
  if (more > 0)
    problems.push({
      file: file.path,
      line: undefined,
      field: '(body)',
      message: `${more} more lines hold control characters`,
      hint: 'delete them all; is this a text file?',
    });
  return problems;
}

/** A file's bytes as text, or the problem that they are not UTF-8. A byte-order mark is stripped. */
export function decodeContentFile(
  path: string,
  bytes: Uint8Array,
): { text: string; bom: boolean; problem?: undefined } | { problem: Problem } {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return { text: decoded.text, bom: decoded.bom };
  return {
    problem: {
      file: path,
      line: decoded.line,
      field: '(file)',
      message: `the file is not UTF-8 (the first byte that is not, 0x${(bytes[decoded.offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}, is on line ${decoded.line})`,
      hint: 'save it as UTF-8 (in most editors: Save with Encoding › UTF-8); a Latin-1 or Windows-1252 file shows "ä" as "�" on the site.',
    },
  };
}

/**
 * The problem of a body that nests deeper than MAX_NESTING (measured by the caller, without
 * recursion); `depth` is Infinity when the parser itself ran out of stack.
 */
export function nestingProblem(file: { path: string; bodyLine: number }, depth: number): Problem {
  return {
    file: file.path,
    line: file.bodyLine,
    field: '(body)',
    message: `the body nests ${Number.isFinite(depth) ? `${depth} levels deep` : `so deep that it cannot even be parsed`} (quotes in lists in emphasis…); at most ${MAX_NESTING} levels can be rendered`,
    hint: 'flatten it: a quote inside a quote inside a quote is rarely meant; check for a run of ">" or list markers.',
  };
}
