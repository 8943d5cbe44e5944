/**
 * What the scaffolder knows about the content it adds to: the ids that exist (to refuse a
 * duplicate and to suggest the closest id for a typo), and the integrity check run on the content
 * as it would be with the new file, before anything is written.
 */
import { join, relative, resolve, sep } from 'node:path';
import { checkTree } from '../../src/lib/check/integrity.ts';
import { readContentTree, parseContentFile, type ContentTree } from '../../src/lib/check/content-files.ts';
import { isError, type Problem } from '../../src/lib/check/problems.ts';
import { closest } from '../../src/lib/core/suggest.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import type { RefCollection } from './fields.ts';

export interface ScaffoldContext {
  projectRoot: string;
  /** Absolute path of the content folder. */
  contentDir: string;
  tree: ContentTree;
  /** Ids per collection; for events, the ids inside every events file. */
  ids: Record<CollectionName | 'eventIds', Set<string>>;
  /** Treaty id → its abbreviation ("ottawa-convention" → "APMBC"), for event ids. */
  abbreviations: Map<string, string>;
  /** Problems the content had before the new entry (computed only when needed). */
  existingProblems?: Set<string>;
}

export const SINGULAR: Record<RefCollection, string> = {
  countries: 'country',
  treaties: 'treaty',
  sources: 'source',
  claims: 'claim',
};

export function loadContext(projectRoot: string, contentDir: string): ScaffoldContext {
  const dir = resolve(projectRoot, contentDir);
  const tree = readContentTree(projectRoot, dir);
  const ids = {
    countries: new Set<string>(),
    organizations: new Set<string>(),
    treaties: new Set<string>(),
    participation: new Set<string>(),
    events: new Set<string>(),
    sources: new Set<string>(),
    claims: new Set<string>(),
    briefings: new Set<string>(),
    eventIds: new Set<string>(),
  };
  for (const key of tree.present) {
    const [collection, id] = key.split(':') as [CollectionName, string];
    ids[collection].add(id);
  }
  const abbreviations = new Map<string, string>();
  for (const file of tree.files) {
    const data = (file.data ?? {}) as { events?: { id?: unknown }[]; abbreviation?: unknown };
    if (file.collection === 'events' && Array.isArray(data.events)) {
      for (const event of data.events) if (typeof event?.id === 'string') ids.eventIds.add(event.id);
    }
    if (file.collection === 'treaties' && typeof data.abbreviation === 'string')
      abbreviations.set(file.id, data.abbreviation);
  }
  return { projectRoot, contentDir: dir, tree, ids, abbreviations };
}

/** The path the integrity check and error messages use for a file: relative to the project root. */
export function displayPath(ctx: ScaffoldContext, absolute: string): string {
  return relative(ctx.projectRoot, absolute).split(sep).join('/');
}

/** A problem with a reference, or undefined when the id exists. */
export function checkReference(ctx: ScaffoldContext, collection: RefCollection, id: string): string | undefined {
  if (ctx.ids[collection].has(id)) return undefined;
  const near = closest(id, ctx.ids[collection]);
  const fix = near.length
    ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`
    : `add it first${collection === 'sources' ? ' (npm run new -- source …)' : ''}, or check the ids in ${displayPath(ctx, join(ctx.contentDir, collection))}/`;
  return `no ${SINGULAR[collection]} "${id}" — ${fix}`;
}

const key = (p: Problem) => `${p.file}|${p.field}|${p.message}`;

/**
 * Runs the integrity check on the content as it would be with `text` at `absolute`, and returns
 * the problems the new text brings (problems already in the content are not the new entry's fault).
 * The content is read once (loadContext); only the new file is parsed again.
 */
export function checkWith(ctx: ScaffoldContext, collection: CollectionName, absolute: string, text: string): Problem[] {
  const path = displayPath(ctx, absolute);
  const parsed = parseContentFile(collection, path, text);
  if (!parsed.file) return parsed.problems;
  const id = parsed.file.id;
  const files = [...ctx.tree.files.filter((f) => f.path !== path), parsed.file];
  const present = new Set([...ctx.tree.present, `${collection}:${id}`]);
  // Warnings (an http: address) do not stop a build, so they do not stop the scaffolder either.
  const after = checkTree({ files, problems: ctx.tree.problems, present }).problems.filter(isError);
  if (after.length === 0) return after;
  ctx.existingProblems ??= new Set(checkTree(ctx.tree).problems.map(key));
  const before = ctx.existingProblems;
  return after.filter((p) => !before.has(key(p)));
}
