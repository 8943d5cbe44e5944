/**
 * The integrity check: every rule the content must keep, run over the raw files before Astro loads
 * them, reporting every problem at once (file, field, what is wrong, how to fix). The build runs it
 * first and stops when anything is reported, so a wrong page is never published.
 */
import type { Briefing } from '../../schemas/briefings.ts';
import type { Claim } from '../../schemas/claims.ts';
import type { Country } from '../../schemas/countries.ts';
import type { EventsFile } from '../../schemas/events.ts';
import type { Organization } from '../../schemas/organizations.ts';
import type { Participation } from '../../schemas/participation.ts';
import type { Source } from '../../schemas/sources.ts';
import type { Treaty } from '../../schemas/treaties.ts';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { ID_PATTERN } from '../../schemas/common.ts';
import { readContentTree, type ContentTree, type RawFile } from './content-files.ts';
import { dateRange, formatDate, parsePartialDate, toIsoDate } from '../core/dates.ts';
import { collectEdges, type Edge, type TargetKind } from '../domain/link-graph.ts';
import { rememberScan, type BodyScan } from '../markdown/markdown.ts';
import { formatFieldPath, type Problem, problemAt } from './problems.ts';
import { resolveSitePath } from '../urls/routes.ts';
import { slugify } from '../core/slug.ts';
import { didYouMean } from '../core/suggest.ts';
import { computeWithdrawalEffective } from '../domain/treaty-rules.ts';
import { validate } from './schema-errors.ts';
import { controlCharProblems, nestingProblem } from './content-text.ts';
import { gateMdx } from './mdx-gate.ts';
import {
  dateFindings,
  remoteImage,
  supersedeCircles,
  titleTooLong,
  urlFindings,
  type Verdict,
} from './plausibility.ts';
import { checkClaimRules } from './claim-rules.ts';
import { checkTreatyWords } from './treaty-words.ts';
import { checkTreatyModel } from './treaty-model.ts';

interface DataOf {
  countries: Country;
  organizations: Organization;
  treaties: Treaty;
  participation: Participation;
  events: EventsFile;
  sources: Source;
  claims: Claim;
  briefings: Briefing;
}

export interface CheckedEntry<C extends CollectionName> {
  collection: C;
  id: string;
  file: RawFile;
  data: DataOf[C];
  scan: BodyScan | undefined;
}

export type Corpus = { [C in CollectionName]: Map<string, CheckedEntry<C>> };

export interface CheckResult {
  problems: Problem[];
  corpus: Corpus;
  edges: Edge[];
}

/** Collections whose Markdown bodies must stay plain Markdown: no raw HTML, no components. */
const PLAIN_MARKDOWN: readonly CollectionName[] = ['claims', 'countries', 'treaties', 'sources'];

export interface CheckOptions {
  /**
   * The base path the build renders pages for. When set, Markdown bodies the check parses anyway
   * are also rendered to safe HTML for the pages from the same parse (the build sets it; checks
   * that build nothing leave it out).
   */
  renderBase?: string | undefined;
  /**
   * The date the build is made for (AS_OF, YYYY-MM-DD): claim and source dates more than a year
   * after it are implausible. Without it that rule is skipped; the check never reads the clock.
   */
  asOf?: string | undefined;
}

export function checkProject(projectRoot: string, contentDir?: string, options: CheckOptions = {}): CheckResult {
  return checkTree(readContentTree(projectRoot, contentDir), options);
}

export function checkTree(tree: ContentTree, options: CheckOptions = {}): CheckResult {
  const { problems, corpus, unvalidated } = checkEachFile(tree, options);
  const edges = checkReferences(corpus, unvalidated, tree.present, problems);
  problems.push(...checkAcrossEntries(corpus, options), ...checkTreatyWords(tree.files));
  return { problems, corpus, edges };
}

/** A file whose frontmatter failed its schema, with the fields already reported. */
interface Unvalidated {
  file: RawFile;
  skip: Set<string>;
}

/**
 * 1. Each file on its own: its text, id, schema and body. The body is checked even when the
 * frontmatter is wrong, so code in a briefing is reported in the same run.
 */
function checkEachFile(
  tree: ContentTree,
  options: CheckOptions,
): { problems: Problem[]; corpus: Corpus; unvalidated: Unvalidated[] } {
  const problems: Problem[] = [...tree.problems];
  const corpus = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, new Map()])) as Corpus;
  const unvalidated: Unvalidated[] = [];
  for (const file of tree.files) {
    const at = (field: string, line?: number) => ({ file: file.path, field, line });
    const spec = COLLECTIONS[file.collection];
    problems.push(...controlCharProblems(file));
    let scan: BodyScan | undefined;
    let bodyReadable = true;
    if (spec.format !== 'yaml' && file.body.trim()) {
      try {
        scan =
          spec.format === 'mdx'
            ? rememberScan(file.body, 'mdx', options.renderBase, gateMdx)
            : rememberScan(file.body, 'markdown', options.renderBase);
        problems.push(...checkBody(file, scan));
      } catch (error) {
        const e = error as { message?: string; line?: number };
        bodyReadable = false;
        problems.push({
          ...at('(body)', e.line ? file.bodyLine + e.line - 1 : file.bodyLine),
          message: `the body cannot be parsed: ${String(e.message).split('\n')[0]}`,
          hint:
            spec.format === 'mdx'
              ? 'check that every <Component> is closed and { } braces balance (to show a brace as text, write \\{).'
              : 'check the Markdown syntax.',
        });
      }
    }
    if (!ID_PATTERN.test(file.id)) {
      problems.push(idProblem(file, tree));
      continue;
    }
    const result = validate(spec.schema, file.data, file.path, file.lineOf);
    if (!result.ok) {
      problems.push(...result.problems);
      // Still check its references, so one run reports them too (unless that field is already reported).
      const reported = new Set(result.problems.map((p) => p.field));
      unvalidated.push({ file, skip: reported });
      continue;
    }
    const twin = corpus[file.collection].get(file.id);
    if (twin) {
      problems.push({
        ...at('(file name)', 1),
        message: `the id "${file.id}" is already used by ${twin.file.path}`,
        hint: 'ids are file names and must be unique in a collection; rename one of the files',
      });
      continue;
    }
    if (!bodyReadable) continue;
    (corpus[file.collection] as Map<string, CheckedEntry<CollectionName>>).set(file.id, {
      collection: file.collection,
      id: file.id,
      file,
      data: result.value,
      scan,
    });
  }
  return { problems, corpus, unvalidated };
}

/**
 * 2. References between entries, from the same edges the pages use for backlinks. A reference to
 * an entry that exists but has problems of its own (`existing`) is not reported a second time.
 * Pushes onto `problems`; returns the edges of the valid entries.
 */
function checkReferences(
  corpus: Corpus,
  unvalidated: readonly Unvalidated[],
  existing: ContentTree['present'],
  problems: Problem[],
): CheckResult['edges'] {
  const graphEntries = COLLECTION_NAMES.flatMap((c) =>
    [...corpus[c].values()].map((e) => ({ collection: c, id: e.id, data: e.data, scan: e.scan, file: e.file })),
  );
  const fileOf = new Map(graphEntries.map((e) => [`${e.collection}:${e.id}`, e.file]));
  const edges = collectEdges(graphEntries);
  const rawEdges = unvalidated.flatMap(({ file, skip }) => {
    fileOf.set(`${file.collection}:${file.id}`, file);
    return collectEdges([{ collection: file.collection, id: file.id, data: file.data }]).filter(
      (e) => !skip.has(e.field),
    );
  });
  for (const edge of [...edges, ...rawEdges]) {
    const target = corpus[edge.to.collection];
    if (target.has(edge.to.id) || existing.has(`${edge.to.collection}:${edge.to.id}`)) continue;
    const file =
      edge.from.collection === 'events'
        ? eventFile(corpus, edge.from.id)
        : fileOf.get(`${edge.from.collection}:${edge.from.id}`);
    if (!file) continue;
    const singular = SINGULAR[edge.to.collection];
    const line =
      edge.bodyLine !== undefined ? file.bodyLine + edge.bodyLine - 1 : file.lineOf(parseFieldPath(edge.field));
    problems.push({
      file: file.path,
      line,
      field: edge.field,
      message: `no ${singular} "${edge.to.id}"`,
      hint: didYouMean(
        edge.to.id,
        target.keys(),
        `add src/content/${COLLECTIONS[edge.to.collection].folder}/${edge.to.id}${COLLECTIONS[edge.to.collection].extensions[0]} or use an existing ${singular} id`,
      ),
    });
  }
  return edges;
}

/** 3. Rules across entries. */
function checkAcrossEntries(corpus: Corpus, options: CheckOptions): Problem[] {
  return [
    ...checkTreaties(corpus),
    ...checkCountries(corpus),
    ...checkParticipation(corpus),
    ...checkEvents(corpus),
    ...checkClaims(corpus),
    ...checkOrganizations(corpus),
    ...checkPlausibility(corpus, options.asOf),
    // Issue 20: verdicts by kind, weak-only sources, reviewed ≥ made.
    ...checkClaimRules(corpus),
    // Issue 19: depositaries, rules, deposits and the treaty's life.
    ...checkTreatyModel(corpus),
  ];
}

const SINGULAR: Record<TargetKind, string> = {
  countries: 'country',
  treaties: 'treaty',
  claims: 'claim',
  sources: 'source',
  briefings: 'briefing',
  organizations: 'organization',
};

function eventFile(corpus: Corpus, eventId: string): RawFile | undefined {
  for (const entry of corpus.events.values()) if (entry.data.events.some((e) => e.id === eventId)) return entry.file;
  return undefined;
}

/** "participants[3].withdrawal.effective" → ['participants', 3, 'withdrawal', 'effective']. */
export function parseFieldPath(field: string): PropertyKey[] {
  if (field.startsWith('(')) return [];
  const out: PropertyKey[] = [];
  for (const part of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (part[2] !== undefined) out.push(Number(part[2]));
    else if (part[1] !== undefined) out.push(part[1]);
  }
  return out;
}

function checkBody(file: RawFile, scan: BodyScan): Problem[] {
  const line = (bodyLine: number) => file.bodyLine + bodyLine - 1;
  if (scan.tooDeep !== undefined) return [nestingProblem(file, scan.tooDeep)];
  const problems: Problem[] = [];
  const plain = PLAIN_MARKDOWN.includes(file.collection);
  if (plain) {
    for (const html of scan.html) {
      const snippet = html.value.trim().split('\n')[0]?.slice(0, 60) ?? '';
      const dangerous = /<\s*(script|iframe|object|embed|style|form)|\son[a-z]+\s*=/i.test(html.value);
      problems.push({
        file: file.path,
        line: line(html.line),
        field: '(body)',
        message: `raw HTML is not allowed in ${file.collection}${dangerous ? ' (it could run code in readers’ browsers)' : ''}: ${snippet}`,
        hint: 'write it in Markdown instead; only briefings (MDX) may use components',
      });
    }
    for (const component of scan.components) {
      problems.push({
        file: file.path,
        line: line(component.line),
        field: '(body)',
        message: `<${component.name}> is not allowed here`,
        hint: 'components work only in briefings (MDX)',
      });
    }
  }
  // Briefings: everything that is not Markdown or a site component with literal props (mdx-gate.ts).
  // A scan of MDX that did not go through the gate fails closed.
  if (COLLECTIONS[file.collection].format === 'mdx' && scan.gate === undefined) {
    problems.push({
      file: file.path,
      line: file.bodyLine,
      field: '(body)',
      message: 'the body was scanned without the MDX gate, so the check cannot tell whether it holds code',
      hint: 'this is a bug in the check, not in the file: report it (every MDX scan must pass gateMdx).',
    });
  }
  for (const p of scan.gate ?? []) problems.push({ ...p, file: file.path, line: line(p.line) });
  for (const link of scan.links) {
    const at = { file: file.path, line: line(link.line), field: '(body)' };
    const image = link.image ? remoteImage(link.url) : undefined;
    if (image) problems.push({ ...at, ...image });
    else problems.push(...checkUrl(file, link.url, line(link.line)));
    problems.push(...urlFindings(link.url).map((v) => ({ ...at, ...v })));
  }
  return problems;
}

function checkUrl(file: RawFile, url: string, line: number): Problem[] {
  const at = { file: file.path, line, field: '(body)' };
  const trimmed = url.trim();
  if (trimmed.startsWith('#')) return [];
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) {
    const resolved = resolveSitePath(trimmed);
    if (resolved.kind === 'unknown') {
      return [
        {
          ...at,
          message: `the link "${url}" goes to no page of this site`,
          hint: 'link to a page such as /countries/poland/, /treaties/ottawa-convention/ or /claims/<id>/.',
        },
      ];
    }
    return []; // entry links are resolved through the link graph
  }
  if (trimmed.startsWith('//')) {
    return [
      {
        ...at,
        message: `the link "${url}" is protocol-relative (it starts with //), so it leads to another site`,
        hint: `write the full address, starting with https:// (https:${trimmed.slice(0, 60)}), or link to a page of this site from the root, e.g. /countries/poland/.`,
      },
    ];
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    try {
      new URL(trimmed);
      return [];
    } catch {
      return [
        {
          ...at,
          message: `"${url}" is not a well-formed web address`,
          hint: 'copy the full address from the browser, starting with https://.',
        },
      ];
    }
  }
  if (scheme) {
    return [
      {
        ...at,
        message: `the link "${url.slice(0, 60)}" uses ${scheme}:, which is not allowed`,
        hint: 'write a web address starting with https:// (or http://), or a link to a page of this site from the root, such as /countries/poland/.',
      },
    ];
  }
  return [
    {
      ...at,
      message: `the link "${url}" is relative to the current page`,
      hint: 'write site links from the root, e.g. /countries/poland/, or a full address starting with https://.',
    },
  ];
}

function checkTreaties(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const names = new Map<string, { id: string; field: string }>();
  const numbers = new Map<string, string>();
  for (const t of corpus.treaties.values()) {
    const d = t.data;
    const labelled: [string, string][] = [
      ['shortName', d.shortName],
      ...(d.abbreviation ? [['abbreviation', d.abbreviation] as [string, string]] : []),
      ...d.aliases.map((a, i) => [`aliases[${i}]`, a] as [string, string]),
    ];
    const own = new Set<string>();
    for (const [field, name] of labelled) {
      const k = name.trim().toLowerCase();
      const other = names.get(k);
      if (other && other.id !== t.id) {
        problems.push({
          file: t.file.path,
          line: t.file.lineOf(parseFieldPath(field)),
          field,
          message: `"${name}" is also a name of ${other.id}`,
          hint: 'a name must lead to one treaty; remove it from one of them',
        });
      } else if (own.has(k) && field.startsWith('aliases')) {
        problems.push({
          file: t.file.path,
          line: t.file.lineOf(parseFieldPath(field)),
          field,
          message: `"${name}" is listed twice for this treaty`,
          hint: 'remove the repeat',
        });
      }
      own.add(k);
      names.set(k, { id: t.id, field });
    }
    d.depositaries.forEach(({ untc }, i) => {
      if (!untc) return;
      const other = numbers.get(untc.number);
      if (other) {
        problems.push(
          problemAt(
            t.file,
            ['depositaries', i, 'untc', 'number'],
            `UNTC number ${untc.number} is also used by ${other}`,
            'each treaty has its own UNTC (MTDSG) number; check the status page address',
          ),
        );
      }
      numbers.set(untc.number, t.id);
    });
    const chronology: [string, string | undefined][] = [
      ['adopted.date', d.adopted?.date],
      ['openedForSignature.date', d.openedForSignature?.date],
      ['entryIntoForce.date', d.entryIntoForce.date],
    ];
    problems.push(...checkOrder(t.file, chronology));
  }
  return problems;
}

function checkCountries(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['iso2', 'iso3', 'isoNumeric', 'name'] as const) {
    const seen = new Map<string, string>();
    for (const c of corpus.countries.values()) {
      const value = c.data[field];
      const other = seen.get(value);
      if (other) {
        problems.push({
          file: c.file.path,
          line: c.file.lineOf([field]),
          field,
          message: `${field} "${value}" is also used by ${other}`,
          hint: 'each country has its own codes and name; one of the two files is wrong or a duplicate',
        });
      } else seen.set(value, c.id);
    }
  }
  return problems;
}

/** Fields in order of time: each must be on or after the previous one that is set. */
function checkOrder(
  file: RawFile,
  fields: [string, string | undefined][],
  hint = 'check both dates against the source',
): Problem[] {
  const problems: Problem[] = [];
  let previous: [string, string] | undefined;
  for (const [field, value] of fields) {
    if (!value) continue;
    if (previous) {
      const a = parsePartialDate(previous[1]);
      const b = parsePartialDate(value);
      if (a.ok && b.ok && dateRange(b.value).end < dateRange(a.value).start) {
        problems.push({
          file: file.path,
          line: file.lineOf(parseFieldPath(field)),
          field,
          message: `${formatDate(value)} is before ${previous[0]} (${formatDate(previous[1])})`,
          hint,
        });
      }
    }
    previous = [field, value];
  }
  return problems;
}

function checkParticipation(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const overrides = [...corpus.events.values()].flatMap((e) => e.data.overrides);
  for (const entry of corpus.participation.values()) {
    const d = entry.data;
    const file = entry.file;
    if (d.treaty !== entry.id) {
      problems.push(
        problemAt(
          file,
          ['treaty'],
          `the file is named "${entry.id}" but records treaty "${d.treaty}"`,
          `name the file ${d.treaty}.yaml (one participation file per treaty)`,
        ),
      );
    }
    const treaty = corpus.treaties.get(d.treaty)?.data;
    const seen = new Map<string, number>();
    d.participants.forEach((p, i) => {
      const base = `participants[${i}]`;
      const first = seen.get(p.country);
      if (first !== undefined) {
        problems.push(
          problemAt(
            file,
            ['participants', i, 'country'],
            `"${p.country}" appears twice (also participants[${first}])`,
            'one row per participant; merge the two rows',
          ),
        );
      }
      seen.set(p.country, i);
      problems.push(
        ...checkOrder(
          file,
          [
            [`${base}.signature`, p.signature],
            [`${base}.consent.date`, p.consent?.date],
            [`${base}.withdrawal.deposited`, p.withdrawal?.deposited],
            [`${base}.withdrawal.effective`, p.withdrawal?.effective],
          ],
          'signature, consent, withdrawal and its effect must come in that order; check the dates against the status page',
        ),
      );
      if (p.withdrawal && !p.consent) {
        problems.push(
          problemAt(
            file,
            ['participants', i, 'withdrawal'],
            'a withdrawal is recorded but no consent to be bound',
            'only a state that consented can withdraw; add the consent or remove the withdrawal',
          ),
        );
      }
      if (p.withdrawal?.notification && p.withdrawal.notification.date < p.withdrawal.deposited) {
        problems.push(
          problemAt(
            file,
            ['participants', i, 'withdrawal', 'notification', 'date'],
            `the notification (${formatDate(p.withdrawal.notification.date)}) is dated before the deposit (${formatDate(p.withdrawal.deposited)})`,
            'the depositary notifies after it receives the instrument; check both dates',
          ),
        );
      }
      if (treaty && p.withdrawal?.effective) {
        const computed = computeWithdrawalEffective(treaty.rules.withdrawal, toIsoDate(p.withdrawal.deposited));
        const override = overrides.find(
          (o) => o.treaty === d.treaty && o.country === p.country && o.field === 'withdrawal.effective',
        );
        if (computed && computed !== p.withdrawal.effective && !override) {
          problems.push(
            problemAt(
              file,
              ['participants', i, 'withdrawal', 'effective'],
              `the recorded effective date ${formatDate(p.withdrawal.effective)} differs from the treaty rule, which gives ${formatDate(computed)} (${treaty.rules.withdrawal.kind !== 'not-provided' && treaty.rules.withdrawal.kind !== 'unknown' ? treaty.rules.withdrawal.article : ''})`,
              `check the date; if the record is right, add an override with field "withdrawal.effective", date "${p.withdrawal.effective}" and the reason to src/content/events/`,
            ),
          );
        }
      }
    });
  }
  return problems;
}

function checkEvents(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  const rows = new Map<string, Participation['participants'][number]>();
  for (const p of corpus.participation.values())
    for (const row of p.data.participants) rows.set(`${p.data.treaty}:${row.country}`, row);
  for (const entry of corpus.events.values()) {
    const file = entry.file;
    const { events, overrides } = entry.data;
    events.forEach((e, i) => {
      const other = ids.get(e.id);
      if (other) {
        problems.push(
          problemAt(
            file,
            ['events', i, 'id'],
            `event id "${e.id}" is also used in ${other}`,
            'give each event its own id, e.g. <country>-<treaty>-<what>-<date>',
          ),
        );
      }
      ids.set(e.id, file.path);
      const row = rows.get(`${e.treaty}:${e.country}`);
      if (e.type === 'consent' && row?.consent) {
        problems.push(
          problemAt(
            file,
            ['events', i],
            `the depositary record already shows ${e.country}'s consent (${formatDate(row.consent.date)})`,
            'a curated consent is only for one the status page no longer shows; remove this event',
          ),
        );
      }
      if (e.type === 'consent-revoked') {
        const consent =
          row?.consent?.date ??
          events.find((x) => x.type === 'consent' && x.treaty === e.treaty && x.country === e.country)?.date;
        if (!consent) {
          problems.push(
            problemAt(
              file,
              ['events', i],
              `${e.country} has no consent to revoke in ${e.treaty}`,
              'record the consent first (type: consent) with its source',
            ),
          );
        } else if (consent > e.date) {
          problems.push(
            problemAt(
              file,
              ['events', i, 'date'],
              `the revocation (${formatDate(e.date)}) is before the consent (${formatDate(consent)})`,
              'check both dates against the sources',
            ),
          );
        }
      }
    });
    overrides.forEach((o, i) => {
      const row = rows.get(`${o.treaty}:${o.country}`);
      if (o.field === 'withdrawal.effective' && !row?.withdrawal) {
        problems.push(
          problemAt(
            file,
            ['overrides', i],
            `${o.country} has no withdrawal from ${o.treaty} to override`,
            'remove the override, or check the treaty and country ids',
          ),
        );
      } else if (
        o.field === 'withdrawal.effective' &&
        row?.withdrawal?.deposited &&
        o.date < row.withdrawal.deposited
      ) {
        problems.push(
          problemAt(
            file,
            ['overrides', i, 'date'],
            `the effective date ${formatDate(o.date)} is before the deposit (${formatDate(row.withdrawal.deposited)})`,
            'a withdrawal cannot take effect before it is deposited',
          ),
        );
      }
      if (o.field === 'entryIntoForce' && !row?.consent) {
        problems.push(
          problemAt(
            file,
            ['overrides', i],
            `${o.country} has no consent in ${o.treaty} whose entry into force could be overridden`,
            'remove the override, or check the ids',
          ),
        );
      }
    });
  }
  return problems;
}

function checkClaims(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const c of corpus.claims.values()) {
    c.data.relations.forEach((r, i) => {
      if (r.claim === c.id) {
        problems.push(
          problemAt(c.file, ['relations', i, 'claim'], 'a claim cannot relate to itself', 'name the other claim'),
        );
      }
    });
    const seen = new Set<string>();
    c.data.sources.forEach((s, i) => {
      const k = `${s.source}|${s.locator ?? ''}`;
      if (seen.has(k)) {
        problems.push(problemAt(c.file, ['sources', i], `source "${s.source}" is listed twice`, 'remove the repeat'));
      }
      seen.add(k);
    });
  }
  return problems;
}

function checkOrganizations(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const o of corpus.organizations.values()) {
    const seen = new Set<string>();
    o.data.members.forEach((m, i) => {
      if (seen.has(m.country)) {
        problems.push(
          problemAt(o.file, ['members', i, 'country'], `"${m.country}" is listed twice`, 'one row per member'),
        );
      }
      seen.add(m.country);
      problems.push(
        ...checkOrder(o.file, [
          [`members[${i}].joined`, m.joined],
          [`members[${i}].left`, m.left],
        ]),
      );
    });
  }
  return problems;
}

/** A file name that is not an id: rename it, unless the id it stands for is taken (case and accents aside). */
function idProblem(file: RawFile, tree: ContentTree): Problem {
  const slug = slugify(file.id);
  const at = { file: file.path, line: 1, field: '(file name)' };
  const message = `"${file.id}" is not a valid id (the file name is the id)`;
  const taken = slug ? tree.files.find((f) => f.collection === file.collection && f.id === slug) : undefined;
  if (taken) {
    return {
      ...at,
      message: `${message}, and the id it stands for, "${slug}", is already taken by ${taken.path}`,
      hint: `if this is the same entry, make your change in ${taken.path} and delete this file; otherwise give it an id of its own (lowercase words joined by hyphens).`,
    };
  }
  return {
    ...at,
    message,
    hint: `rename the file to lowercase words joined by hyphens, e.g. "${slugify(file.id) || 'new-entry'}${extOf(file.path)}".`,
  };
}

/** Data the schemas accept that cannot be right, or that readers cannot see (plausibility.ts). */
function checkPlausibility(corpus: Corpus, asOf: string | undefined): Problem[] {
  const problems: Problem[] = [];
  const place = (file: RawFile, path: PropertyKey[], verdict: Verdict | undefined): void => {
    if (verdict) problems.push({ file: file.path, line: file.lineOf(path), field: formatFieldPath(path), ...verdict });
  };
  // Dates are judged against AS_OF, or against the newest depositary record when that is later: a
  // build for a past AS_OF still holds every claim made since.
  const newestRecord = [...corpus.participation.values()]
    .map((p) => p.data.statusAsAt)
    .sort()
    .at(-1);
  const byRecord = newestRecord !== undefined && (asOf === undefined || newestRecord > asOf);
  const reference = byRecord ? newestRecord : asOf;
  const what = byRecord ? `the newest depositary record (status as at ${newestRecord})` : undefined;
  for (const c of corpus.claims.values()) {
    if (reference) problems.push(...dateFindings('claims', c.data, c.file, reference, what));
  }
  problems.push(
    ...supersedeCircles(
      [...corpus.claims.values()].map((c) => ({ id: c.id, relations: c.data.relations, file: c.file })),
    ),
  );
  for (const s of corpus.sources.values()) {
    if (reference) problems.push(...dateFindings('sources', s.data, s.file, reference, what));
    place(s.file, ['title'], titleTooLong(s.data.title));
    for (const field of ['url', 'archivedUrl'] as const) {
      const url = s.data[field];
      if (url) for (const verdict of urlFindings(url, { source: true })) place(s.file, [field], verdict);
    }
  }
  for (const b of corpus.briefings.values()) place(b.file, ['title'], titleTooLong(b.data.title));
  for (const e of corpus.events.values()) {
    e.data.events.forEach((event, i) => place(e.file, ['events', i, 'title'], titleTooLong(event.title)));
  }
  return problems;
}

function extOf(path: string): string {
  return /\.[^.]+$/.exec(path)?.[0] ?? '';
}
