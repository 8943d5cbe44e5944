/**
 * `npm run new -- <kind> [flags]`: asks for what is missing (only in a terminal), checks every
 * answer against the content (ids that exist, near ids for typos, real dates, allowed values),
 * writes the entry, and runs the integrity check on the result. Nothing is written when the new
 * entry would fail the check.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parsePartialDate } from '../../src/lib/core/dates.ts';
import { formatReport, type Problem } from '../../src/lib/check/problems.ts';
import { closest, didYouMean } from '../../src/lib/core/suggest.ts';
import { relationTypes } from '../../src/schemas/claims.ts';
import { ID_PATTERN } from '../../src/schemas/common.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { checkReference, checkWith, displayPath, loadContext, type ScaffoldContext } from './context.ts';
import { buildEntry, deriveId, localDate, parseCitation, parseRelation, slugify } from './entry.ts';
import { COMMON_FLAGS, KINDS, SPECS, applies, isRequired, type Field, type Kind, type Values } from './fields.ts';
import { helpFor, helpOverview } from './help.ts';
import { appendEvent, newEventsFile, toMarkdownFile } from './render.ts';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** An answer to a question; present only when stdin is a terminal. */
  ask?: ((question: string) => Promise<string>) | undefined;
  now: () => Date;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Returns the exit code: 0 written (or --help), 1 content problems, 2 a usage mistake. */
export async function runNew(argv: readonly string[], projectRoot: string, io: Io): Promise<number> {
  const allFlags = [...COMMON_FLAGS, ...Object.values(SPECS).flatMap((s) => s.fields)];
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = { help: { type: 'boolean' } };
  for (const f of allFlags)
    options[f.flag] = f.boolean ? { type: 'boolean' } : { type: 'string', ...(f.multiple ? { multiple: true } : {}) };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = String((error as Error).message);
    const flag = /option '?(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
    const name = flag.replace(/^-+/, '');
    const what = /Unknown option/.test(message) ? `unknown flag ${flag}` : (message.split('. ')[0] ?? message);
    io.err(
      `✖ ${what}\n    fix: ${name ? didYouMean(name, Object.keys(options), 'run npm run new -- --help for the flags').replace(/"([^"]+)"/g, '"--$1"') : 'run npm run new -- --help for the flags'}`,
    );
    return 2;
  }
  const [kindArg, ...extra] = parsed.positionals;
  const values = parsed.values as Values;
  if (!kindArg) {
    (values['help'] ? io.out : io.err)(helpOverview());
    return values['help'] ? 0 : 2;
  }
  if (!(KINDS as readonly string[]).includes(kindArg)) {
    io.err(
      `✖ "${kindArg}" is not a kind of entry the scaffolder makes\n    fix: ${didYouMean(kindArg, KINDS, `use one of ${KINDS.join(', ')}`)}`,
    );
    return 2;
  }
  const kind = kindArg as Kind;
  if (values['help']) {
    io.out(helpFor(kind));
    return 0;
  }
  if (extra.length) {
    io.err(`✖ unexpected "${extra.join(' ')}": values go after a flag, e.g. --title "…" (quote values with spaces)`);
    return 2;
  }
  const spec = SPECS[kind];
  const own = new Set([...spec.fields, ...COMMON_FLAGS].map((f) => f.flag));
  const foreign = Object.keys(values).filter((k) => k !== 'help' && !own.has(k));
  if (foreign.length) {
    io.err(
      foreign.map((f) => `✖ --${f} is not a flag of "${kind}"\n    fix: run npm run new -- ${kind} --help`).join('\n'),
    );
    return 2;
  }

  const contentDir = resolve(
    io.cwd,
    typeof values['content-dir'] === 'string'
      ? values['content-dir']
      : (io.env['LEDGER_CONTENT_DIR'] ?? join(projectRoot, 'src/content')),
  );
  if (!existsSync(contentDir)) {
    io.err(`✖ the content folder ${contentDir} does not exist\n    fix: run from the project, or pass --content-dir`);
    return 2;
  }
  const ctx = loadContext(projectRoot, contentDir);

  // 1. Every answer, checked on its own (asked for in a terminal, reported all at once otherwise).
  const problems: string[] = [];
  for (const field of spec.fields) {
    if (!applies(field, values)) continue;
    const given = values[field.flag];
    const issues =
      given === undefined ? [] : checkAnswers(ctx, field, given).map((issue) => `✖ --${field.flag}: ${issue}`);
    if (io.ask && (issues.length || (given === undefined && field.flag !== 'file'))) {
      if (issues.length) io.err(issues.join('\n'));
      values[field.flag] = await ask(io.ask, io.out, io.err, ctx, field, values);
    } else if (issues.length) problems.push(...issues);
    else if (given === undefined && isRequired(field, values))
      problems.push(`✖ --${field.flag} is required: ${field.help}`);
  }
  if (kind === 'claim' && !values['country'] && !values['treaty'])
    problems.push('✖ name at least one --country or --treaty the claim is about');

  // 2. The id: given or made from the answers; unique in its collection.
  let id = typeof values['id'] === 'string' ? values['id'].trim() : deriveId(kind, values, ctx.abbreviations);
  if (io.ask && problems.length === 0) id = await askId(io, ctx, kind, id);
  const idIssue = checkId(ctx, kind, id);
  if (idIssue) problems.push(`✖ --id: ${idIssue}`);

  // 3. The events file, for an event.
  let eventsFile = '';
  if (kind === 'event') {
    let chosen = chooseEventsFile(ctx, values);
    while (io.ask && 'problem' in chosen && problems.length === 0) {
      io.err(`✖ ${chosen.problem}`);
      values['file'] = (await io.ask('file — events file name, without .yaml: ')).trim();
      chosen = chooseEventsFile(ctx, values);
    }
    if ('problem' in chosen) problems.push(`✖ --file: ${chosen.problem}`);
    else eventsFile = chosen.file;
  }
  if (problems.length) {
    io.err(
      `${problems.join('\n')}\n\nNothing was written. Example:\n  ${spec.example}\nAll flags: npm run new -- ${kind} --help`,
    );
    return 2;
  }

  // 4. The file, checked with the integrity check before it is written.
  const entry = buildEntry(kind, id, values, localDate(io.now()));
  const folder = COLLECTIONS[spec.collection].folder;
  const target =
    kind === 'event'
      ? join(ctx.contentDir, folder, eventsFile)
      : join(ctx.contentDir, folder, `${id}${COLLECTIONS[spec.collection].extensions[0]}`);
  let text: string;
  if (kind === 'event' && existsSync(target)) {
    const appended = appendEvent(readFileSync(target, 'utf8'), entry.data);
    if ('problem' in appended) {
      io.err(`✖ ${displayPath(ctx, target)}: ${appended.problem}\n\nNothing was written.`);
      return 1;
    }
    text = appended.text;
  } else if (kind === 'event') {
    text = newEventsFile(
      entry.data,
      relative(dirname(target), join(projectRoot, '.astro/collections/events.schema.json')).split('\\').join('/'),
    );
  } else {
    text = toMarkdownFile(entry.data, entry.body, entry.flow);
  }
  const path = displayPath(ctx, target);
  const before = checkWith(ctx, spec.collection, target, text);
  if (before.length) {
    io.err(
      `${reportLines(before)}\n\nNothing was written: the new ${kind} would fail the integrity check. Fix the values above and run the command again.`,
    );
    return 1;
  }
  if (values['dry-run']) {
    io.out(`${text}\n✔ ${path} would pass the integrity check (dry run: nothing written).`);
    return 0;
  }

  // 5. Written, then the bytes on disk checked again with the rest of the content.
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  const after = checkWith(ctx, spec.collection, target, readFileSync(target, 'utf8'));
  if (after.length) {
    io.err(`${reportLines(after)}\n\n${path} was written but has the problems above; fix them and run npm run check.`);
    return 1;
  }
  const where = kind === 'event' ? `event "${id}" added to ${path}` : `created ${path}`;
  io.out(
    [
      `✔ ${where} — integrity check: OK`,
      kind === 'briefing' && !values['body']
        ? '  Write the article in the body (the comment lists the components), then delete the comment.'
        : '',
      '  Next: read it over, run npm run check, then open a pull request (see CONTRIBUTING.md › Review checklist).',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return 0;
}

/** The problem lines of the integrity report, without its "Nothing was built" footer. */
function reportLines(problems: Problem[]): string {
  return formatReport(problems).split('\n').slice(0, -2).join('\n');
}

/** What is wrong with an answer (each value of a repeated flag), with the fix; empty when it is fine. */
export function checkAnswers(ctx: ScaffoldContext, field: Field, value: Values[string]): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => {
    const issue = typeof item === 'string' ? checkOne(ctx, field, item.trim()) : undefined;
    return issue ? [issue] : [];
  });
}

function checkOne(ctx: ScaffoldContext, field: Field, v: string): string | undefined {
  if (v === '') return field.multiple ? 'an empty value' : undefined;
  if (field.choices && !field.choices.includes(v)) {
    const near = closest(v, field.choices);
    return `"${v}" is not allowed — ${near.length ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}? ` : ''}use one of: ${field.choices.join(', ')}`;
  }
  if (field.date) {
    const parsed = parsePartialDate(v);
    if (!parsed.ok) return `${parsed.problem} — ${parsed.hint}`;
  }
  const relation = field.relation ? parseRelation(v) : undefined;
  if (relation && !(relationTypes as readonly string[]).includes(relation.type)) {
    const near = relation.type ? ` (${didYouMean(relation.type, relationTypes, `"${relation.type}" is not one`)})` : '';
    return `"${v}" needs a type before the claim id: ${relationTypes.map((t) => `"${t}:…"`).join(', ')}${near}`;
  }
  const id = field.citation ? parseCitation(v).source : (relation?.claim ?? v);
  if (!field.ref) return undefined;
  if (!ID_PATTERN.test(id))
    return `"${id}" is not an id: ids are lowercase words joined by hyphens, e.g. "${slugify(id) || 'poland'}"`;
  return checkReference(ctx, field.ref, id);
}

function checkId(ctx: ScaffoldContext, kind: Kind, id: string): string | undefined {
  if (!id) return 'give an id: lowercase words joined by hyphens';
  if (!ID_PATTERN.test(id))
    return `"${id}" is not a valid id — use lowercase words joined by hyphens, e.g. "${slugify(id)}"`;
  const spec = SPECS[kind];
  const taken = kind === 'event' ? ctx.ids.eventIds.has(id) : ctx.ids[spec.collection].has(id);
  if (!taken) return undefined;
  const where =
    kind === 'event'
      ? 'an event in src/content/events/'
      : `${COLLECTIONS[spec.collection].folder}/${id}${COLLECTIONS[spec.collection].extensions[0]}`;
  const same =
    kind === 'source'
      ? `if it is the same document, cite it as it is (--source ${id})`
      : `if it is the same ${kind}, correct that one instead`;
  return `the id "${id}" is already used by ${where} — ${same}; for a different one choose another --id (e.g. "${id}-2")`;
}

function chooseEventsFile(ctx: ScaffoldContext, v: Values): { file: string } | { problem: string } {
  const existing = [...ctx.ids.events].sort();
  const given = typeof v['file'] === 'string' ? v['file'].trim().replace(/\.yaml$/, '') : undefined;
  if (given !== undefined) {
    if (!ID_PATTERN.test(given))
      return { problem: `"${given}" is not a file name made of lowercase words and hyphens` };
    return { file: `${given}.yaml` };
  }
  const treaty = typeof v['treaty'] === 'string' ? v['treaty'] : '';
  if (ctx.ids.events.has(treaty)) return { file: `${treaty}.yaml` };
  if (existing.length === 1) return { file: `${existing[0]}.yaml` };
  return {
    problem: `say which events file to add to: ${existing.length ? existing.map((e) => `--file ${e}`).join(', ') : `--file ${treaty || 'ottawa-convention'}`} (a new name starts a new file)`,
  };
}

async function ask(
  question: (q: string) => Promise<string>,
  out: (t: string) => void,
  err: (t: string) => void,
  ctx: ScaffoldContext,
  field: Field,
  values: Values,
): Promise<Values[string]> {
  const required = isRequired(field, values);
  out(
    `\n${field.flag}${required ? '' : ' (optional: Enter to skip)'} — ${field.help}${field.choices ? `\n  one of: ${field.choices.join(', ')}` : ''}`,
  );
  if (field.boolean) return /^y(es)?$/i.test((await question('  yes or no [no]: ')).trim());
  const answers: string[] = [];
  for (;;) {
    const answer = (
      await question(
        field.multiple
          ? `  ${field.flag} ${answers.length + 1}${answers.length ? ' (Enter when done)' : ''}: `
          : '  > ',
      )
    ).trim();
    if (answer === '') {
      if (field.multiple && (answers.length > 0 || !required)) return answers.length ? answers : undefined;
      if (!field.multiple && !required) return undefined;
      err('  this one is required');
      continue;
    }
    const issue = checkAnswers(ctx, field, answer)[0];
    if (issue) {
      err(`  ✖ ${issue}`);
      continue;
    }
    if (!field.multiple) return answer;
    answers.push(answer);
  }
}

async function askId(io: Io, ctx: ScaffoldContext, kind: Kind, suggested: string): Promise<string> {
  const question = io.ask;
  if (!question) return suggested;
  for (;;) {
    const answer =
      (await question(`\nid — the file name, lowercase words joined by hyphens [${suggested}]: `)).trim() || suggested;
    const issue = checkId(ctx, kind, answer);
    if (!issue) return answer;
    io.err(`  ✖ ${issue}`);
  }
}
