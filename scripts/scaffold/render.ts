/**
 * Turns a new entry into file text the way a careful contributor would write it: dates in quotes
 * (YAML tools that read `2025-06-19` as a timestamp cannot shift them), id lists in flow style
 * (`[poland, estonia]`), no line folding. An event is inserted into its events file as text after
 * the last event, so every existing line, comment and quote style stays exactly as it was.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';

const DATE_LIKE = /^\d{4}(?:-\d{2}){0,2}$/;
const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/** YAML for a data object; `flow` lists the paths of id lists to write on one line. */
export function toYaml(data: Record<string, unknown>, flow: readonly string[][] = []): string {
  const doc = new Document(data, { version: '1.2' });
  quoteDates(doc);
  for (const path of flow) {
    const node = doc.getIn(path, true);
    if (isSeq(node)) node.flow = true;
  }
  return doc.toString(STRINGIFY);
}

function quoteDates(node: Document | Node): void {
  visit(node, {
    Scalar(_key, scalar) {
      if (typeof scalar.value === 'string' && DATE_LIKE.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
    },
  });
}

/** A Markdown or MDX file: frontmatter, then the body. */
export function toMarkdownFile(data: Record<string, unknown>, body: string, flow: readonly string[][] = []): string {
  const text = body.trim();
  return `---\n${toYaml(data, flow)}---\n${text ? `\n${text}\n` : ''}`;
}

/** The comment that points editors (yaml-language-server) at the schema Astro generates. */
export function schemaComment(schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}`;
}

/** A new events file holding one event. */
export function newEventsFile(event: Record<string, unknown>, schemaPath: string): string {
  const header = [
    schemaComment(schemaPath),
    '# Hand-curated events and overrides (see CONTRIBUTING.md › Events). The import never touches this file.',
  ].join('\n');
  const item = indentItem(toYaml(event), '  - ');
  return `${header}\nevents:\n${item}overrides: []\n`;
}

/**
 * Inserts an event after the last one in an existing events file, indented like its neighbours.
 * Returns the new text, or a problem when the file's `events` is not a list.
 */
export function appendEvent(text: string, event: Record<string, unknown>): { text: string } | { problem: string } {
  const doc = parseDocument(text, { version: '1.2' });
  if (doc.errors.length > 0)
    return { problem: `the file cannot be read as YAML (${doc.errors[0]?.message.split('\n')[0]}); fix it first` };
  const rendered = toYaml(event);
  if (doc.contents !== null && !isMap(doc.contents)) return { problem: 'the file is not a map with an "events:" list' };
  const events = doc.get('events', true);
  if (events === undefined || (isScalar(events) && events.value === null)) {
    // No events yet: add the list at the end of the file (key order does not matter).
    const prefix = text === '' || text.endsWith('\n') ? text : `${text}\n`;
    const without = events === undefined ? prefix : prefix.replace(/^events:[ \t]*(#.*)?\n/m, '');
    return { text: `${without}events:\n${indentItem(rendered, '  - ')}` };
  }
  if (!isSeq(events)) return { problem: '"events" is not a list' };
  const last = events.items.at(-1);
  if (events.flow) {
    if (last !== undefined || !events.range)
      return {
        problem: 'the events are written as a one-line [ … ] list; write them as a block list ("- id: …") first',
      };
    // `events: []` becomes a block list with one item.
    const [start, end] = events.range;
    const tail = text.slice(end).replace(/^[ \t]*(#.*)?\n?/, (m) => (m.includes('#') ? `  ${m.trim()}\n` : ''));
    return { text: `${text.slice(0, start).replace(/[ \t]+$/, '')}\n${indentItem(rendered, '  - ')}${tail}` };
  }
  const first = events.items[0];
  if (!isNodeWithRange(first) || !isNodeWithRange(last))
    return { problem: 'the events list has an item that is not a group of fields' };
  const lineStart = text.lastIndexOf('\n', first.range[0] - 1) + 1;
  const prefix = text.slice(lineStart, first.range[0]);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return { problem: 'the first event does not start on its own "- " line' };
  let at = last.range[1];
  let before = text.slice(0, at);
  if (!before.endsWith('\n')) {
    const eol = text.indexOf('\n', at);
    at = eol === -1 ? text.length : eol + 1;
    before = text.slice(0, at);
    if (!before.endsWith('\n')) before += '\n';
  }
  return { text: `${before}${indentItem(rendered, prefix.replace(/\t/g, '  '))}${text.slice(at)}` };
}

function isNodeWithRange(node: unknown): node is { range: [number, number, number] } {
  return isMap(node) && Array.isArray((node as { range?: unknown }).range);
}

/** "id: x\ntitle: y\n" → "  - id: x\n    title: y\n" for a given "- " prefix. */
function indentItem(yaml: string, prefix: string): string {
  const rest = ' '.repeat(prefix.length);
  return yaml
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => (i === 0 ? prefix + line : line === '' ? '' : rest + line))
    .join('\n')
    .concat('\n');
}
