/**
 * Reads content files as written, before Astro sees them. YAML is parsed as YAML 1.2 (core
 * schema): `2025-02-30` stays the text "2025-02-30" for the date check to reject, instead of
 * becoming 2 March as YAML 1.1 timestamps would. Every file yields its data, its Markdown body and
 * a way to turn a field path into a line number for error messages.
 *
 * Files are read as bytes and decoded strictly (a file that is not UTF-8 is a problem, not text
 * with replacement characters; a byte-order mark is stripped). Symbolic links are refused, never
 * followed: a link could make the build read a file outside src/content, and a dangling link or a
 * loop would otherwise end in a stack trace. YAML aliases that expand too far are a problem too.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { handOver, handoffKey, peek, take } from '../core/handoff.ts';
import { decodeContentFile } from './content-text.ts';
import { astroReadsTheSame } from './mdx-gate.ts';
import type { Problem } from './problems.ts';

export interface RawFile {
  collection: CollectionName;
  /** The entry id: the file name without its extension. */
  id: string;
  /** Path relative to the project root, with forward slashes (what error messages show). */
  path: string;
  /** The data (frontmatter or YAML document) as plain JavaScript. */
  data: unknown;
  /** Markdown/MDX body; empty for YAML files. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** Line of a field, e.g. ['subjects', 'countries', 1] → 12; falls back to the nearest parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export interface ContentTree {
  files: RawFile[];
  problems: Problem[];
  /** Every entry file found, readable or not ("claims:poland-2012"), so references to a broken file are not reported twice. */
  present: Set<string>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** A parsed file as plain data (no functions), which a worker thread can send back. */
export interface PlainParse {
  file?: Omit<RawFile, 'lineOf'> & { yamlText: string; yamlLine: number };
  problems: Problem[];
}

/** Parses one file's text. Returns the file, or the problems that stop it from being read. */
export function parseContentFile(
  collection: CollectionName,
  path: string,
  text: string,
): { file?: RawFile; problems: Problem[] } {
  return fromPlainParse(parsePlain(collection, path, text));
}

/** The RawFile of a plain parse: field lines come from parsing the YAML text again, on demand. */
export function fromPlainParse(parsed: PlainParse): { file?: RawFile; problems: Problem[] } {
  if (!parsed.file) return { problems: parsed.problems };
  const { yamlText, yamlLine, ...rest } = parsed.file;
  // Line numbers are only needed to report a problem: the parsed document is not kept (it is many
  // times the size of the data), and the first lineOf() call parses the YAML text again.
  let lines: { doc: Document; counter: LineCounter } | undefined;
  const file: RawFile = {
    ...rest,
    lineOf: (fieldPath) => {
      if (!lines) {
        const counter = new LineCounter();
        lines = { doc: parseYaml(yamlText, counter), counter };
      }
      return lineOfPath(lines.doc, lines.counter, fieldPath, yamlLine);
    },
  };
  return { file, problems: parsed.problems };
}

/** parseContentFile as plain data. */
export function parsePlain(collection: CollectionName, path: string, text: string): PlainParse {
  const spec = COLLECTIONS[collection];
  const id = fileId(path);
  let yamlText = text;
  let yamlLine = 1; // line in the file where the YAML starts
  let body = '';
  let bodyLine = 1;
  if (spec.format !== 'yaml') {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      return {
        problems: [
          {
            file: path,
            line: 1,
            field: '(frontmatter)',
            message: 'the file does not start with a frontmatter block',
            hint: 'begin the file with a line "---", the fields, and another line "---"; see CONTRIBUTING.md for a complete example',
          },
        ],
      };
    }
    yamlText = match[1] ?? '';
    yamlLine = 2;
    body = text.slice(match[0].length);
    bodyLine = countLines(match[0]) + 1;
  }
  const lineCounter = new LineCounter();
  const doc = parseYaml(yamlText, lineCounter);
  if (doc.errors.length > 0) {
    const seen = new Set<string>();
    const errors = doc.errors.filter((e) => {
      const key = `${lineCounter.linePos(e.pos[0]).line}:${e.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
    return {
      problems: errors.map((error) => ({
        file: path,
        line: yamlLine + lineCounter.linePos(error.pos[0]).line - 1,
        field: '(yaml)',
        message: `the YAML cannot be read: ${firstLine(error.message)}`,
        hint:
          error.code === 'DUPLICATE_KEY'
            ? 'a field appears twice; keep one'
            : 'check indentation and quote values that contain ": " or start with a special character',
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // The yaml library refuses aliases that expand to too much data (a "billion laughs" file).
    return {
      problems: [
        {
          file: path,
          line: yamlLine,
          field: '(yaml)',
          message: `the YAML cannot be read: ${firstLine(error instanceof Error ? error.message : String(error))}`,
          hint: 'write each value out in full instead of repeating it with anchors (&) and aliases (*).',
        },
      ],
    };
  }
  const problems: Problem[] = [];
  if (spec.format === 'mdx') {
    // Astro's MDX integration splits the file itself: it must see the same body and fields.
    const fields = data !== null && typeof data === 'object' ? Object.keys(data) : [];
    const differs = astroReadsTheSame(text, text.length - body.length, fields);
    if (differs) problems.push({ file: path, ...differs });
  }
  return { file: { collection, id, path, data, body, bodyLine, yamlText, yamlLine }, problems };
}

type Parsed = ReturnType<typeof parseContentFile>;

/**
 * A build parses every content file twice in one process: the integrity check (run by the ledger
 * integration before anything else) and then the collection loaders. The check hands each result
 * over (core/handoff.ts) and the loader takes it back, so each file is parsed once per build. A
 * result is only used when the file's text is exactly the same, so a file edited in between is
 * parsed again.
 */
type HandedParse = { text: string; parsed: Parsed };

/**
 * `parseContentFile`, handed over for `takeParsedContentFile`. A parse of the same text already
 * handed over (by `prewarmContent`'s worker threads) is used as it is.
 */
export function rememberParsedContentFile(collection: CollectionName, path: string, text: string): Parsed {
  const key = handoffKey(collection, path);
  const hit = peek<HandedParse>('parsed-file', key);
  if (hit && hit.text === text) return hit.parsed;
  return handOver<HandedParse>('parsed-file', key, { text, parsed: parseContentFile(collection, path, text) }).parsed;
}

/** Hands over a parse made elsewhere (a worker thread) for this exact text. */
export function rememberPlainParse(collection: CollectionName, path: string, text: string, parsed: PlainParse): void {
  handOver<HandedParse>('parsed-file', handoffKey(collection, path), { text, parsed: fromPlainParse(parsed) });
}

/** The parse handed over for this exact text (and forgets it), or a new parse. */
export function takeParsedContentFile(collection: CollectionName, path: string, text: string): Parsed {
  const hit = take<HandedParse>('parsed-file', handoffKey(collection, path));
  return hit && hit.text === text ? hit.parsed : parseContentFile(collection, path, text);
}

function parseYaml(text: string, lineCounter: LineCounter): Document {
  return parseDocument(text, { version: '1.2', schema: 'core', lineCounter, uniqueKeys: true, prettyErrors: false });
}

function lineOfPath(
  doc: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
  offset: number,
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return offset + counter.linePos(node.range[0]).line - 1;
    // A missing key: point at the key's parent map instead.
  }
  return offset;
}

/**
 * Lists and parses every file under `contentDir`. A file no collection loads (wrong extension, a
 * folder that is not a collection, a stray file at the top) is a problem, never skipped.
 */
export function readContentTree(projectRoot: string, contentDir = join(projectRoot, 'src', 'content')): ContentTree {
  const files: RawFile[] = [];
  const problems: Problem[] = [];
  const present = new Set<string>();
  const rel = (abs: string) => relative(projectRoot, abs).split(sep).join('/');
  let top: string[];
  try {
    top = readdirSync(contentDir).sort();
  } catch {
    return {
      files,
      present,
      problems: [
        {
          file: rel(contentDir),
          field: '(folder)',
          message: 'the content folder is missing',
          hint: 'create src/content/ with one folder per collection',
        },
      ],
    };
  }
  const folders = new Map<string, CollectionName>(COLLECTION_NAMES.map((name) => [COLLECTIONS[name].folder, name]));
  for (const entry of top) {
    const abs = join(contentDir, entry);
    if (isIgnored(entry)) continue;
    const collection = folders.get(entry);
    const link = symlinkProblem(rel(abs), abs);
    if (link) {
      problems.push(link);
      continue;
    }
    if (!statSync(abs).isDirectory() || !collection) {
      problems.push({
        file: rel(abs),
        field: '(location)',
        message: `no collection loads "${entry}"`,
        hint: `content goes in one of: ${[...folders.keys()].map((f) => `src/content/${f}/`).join(', ')}`,
      });
      continue;
    }
    const spec = COLLECTIONS[collection];
    for (const [abs2, stat] of walk(abs)) {
      const path = rel(abs2);
      const link = stat.isSymbolicLink() ? symlinkProblem(path, abs2) : undefined;
      if (link) {
        problems.push(link);
        continue;
      }
      const ext = extname(abs2);
      if (!(spec.extensions as readonly string[]).includes(ext)) {
        problems.push({
          file: path,
          field: '(file name)',
          message: `the ${collection} collection does not load "${ext || 'extensionless'}" files, so this file would be ignored`,
          hint: `${spec.description}; rename it to end in ${spec.extensions.join(' or ')} or move it out of src/content/`,
        });
        continue;
      }
      if (relative(abs, abs2).includes(sep)) {
        problems.push({
          file: path,
          field: '(location)',
          message: `files in ${collection} are not read from subfolders`,
          hint: `move it to src/content/${spec.folder}/ directly`,
        });
        continue;
      }
      present.add(`${collection}:${fileId(path)}`);
      const read = readStrict(path, abs2);
      if ('problem' in read) {
        problems.push(read.problem);
        continue;
      }
      const parsed = rememberParsedContentFile(collection, path, read.text);
      problems.push(...parsed.problems);
      if (parsed.file) files.push(parsed.file);
    }
  }
  return { files, problems, present };
}

/** Every entry under `dir` with its own lstat, without following symbolic links (a linked folder is yielded, not entered). */
function* walk(dir: string): Generator<[string, Stats]> {
  for (const entry of readdirSync(dir).sort()) {
    if (isIgnored(entry)) continue;
    const abs = join(dir, entry);
    const stat = lstatSync(abs);
    if (stat.isDirectory()) yield* walk(abs);
    else yield [abs, stat];
  }
}

/** A symbolic link in the content, as a problem: content files are files, never links. */
function symlinkProblem(path: string, abs: string): Problem | undefined {
  if (!lstatSync(abs).isSymbolicLink()) return undefined;
  let what: string;
  try {
    statSync(abs);
    what = `a link to ${readlinkSync(abs)}`;
  } catch (error) {
    const code = (error as { code?: string }).code;
    what =
      code === 'ELOOP'
        ? 'a link that leads back to itself (a loop)'
        : `a link to ${readlinkSync(abs)}, which does not exist`;
  }
  return {
    file: path,
    field: '(file)',
    message: `this is a symbolic link, not a file: ${what}`,
    hint: 'replace it with the file itself (the build reads only files in src/content, never what a link points to).',
  };
}

/** A file's text, decoded strictly as UTF-8 (a byte-order mark is stripped), or the problem. */
function readStrict(path: string, abs: string): { text: string } | { problem: Problem } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(abs);
  } catch (error) {
    const code = (error as { code?: string }).code ?? String(error);
    return {
      problem: {
        file: path,
        field: '(file)',
        message: `the file cannot be read (${code})`,
        hint: 'check that it is an ordinary file you can open.',
      },
    };
  }
  const decoded = decodeContentFile(path, bytes);
  return decoded.problem ? { problem: decoded.problem } : { text: decoded.text };
}

/**
 * A content file's text as the loaders and the worker threads read it: UTF-8 with a leading
 * byte-order mark removed, like the check, so their text is the check's text (they key their
 * shared parses by it). Bytes that are not UTF-8 become U+FFFD here; the check refuses such a file.
 */
export function readContentText(abs: string): string {
  return new TextDecoder('utf-8').decode(readFileSync(abs));
}

/** Editor and OS litter that nobody means as content. */
function isIgnored(name: string): boolean {
  return name === '.DS_Store' || name === 'Thumbs.db' || name.endsWith('~') || name.startsWith('.#');
}

export function fileId(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.slice(0, name.length - extname(name).length);
}

function countLines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

/**
 * Astro's glob loader (used for MDX briefings) parses frontmatter as YAML 1.1, which turns an
 * unquoted `2025-03-20` into a Date. The integrity check has already verified the text as written,
 * so turning such a Date back into its calendar day is exact.
 */
export function datesAsWritten(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesAsWritten);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesAsWritten(v)]));
  }
  return value;
}
