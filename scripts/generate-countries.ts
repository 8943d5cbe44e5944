#!/usr/bin/env node
/**
 * `npm run generate:countries` — writes src/content/countries/<id>.md for every UN member state,
 * both UN observer states (Holy See, State of Palestine) and every other participant in the UN
 * Treaty Collection extract (Cook Islands, Niue).
 *
 * - Names, official names, ISO codes, region and subregion come from the `world-countries` package
 *   (ODbL 1.0); the UNTC spelling comes from data/untc/. A few display names follow the name the
 *   state itself uses at the UN instead of the package's (NAME_OVERRIDES, each with its reason).
 * - Alternative names for search are the package's native names and alternative spellings,
 *   deduplicated; a name that would lead to two countries is dropped from both and reported.
 * - The frontmatter is generated; a hand-written Markdown body below it is kept byte for byte.
 * - Deterministic: the same inputs give the same bytes, and an unchanged file is not rewritten.
 * - A country file the generator does not produce is reported, never deleted.
 *
 * Usage: npm run generate:countries [-- --check]   (--check: report what would change, write nothing)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Country as WorldCountry } from 'world-countries';
import { parseContentFile } from '../src/lib/check/content-files.ts';
import { CSV_PATH, ROOT, readCsv } from './import-untc.ts';
import { toYaml } from './lib/yaml-out.ts';

const require = createRequire(import.meta.url);

export type UnStatus = 'member' | 'observer' | 'non-member';

export interface CountryRecord {
  id: string;
  name: string;
  officialName: string;
  iso2: string;
  iso3: string;
  isoNumeric: string;
  untcName?: string;
  region: string;
  subregion?: string;
  unStatus: UnStatus;
  alternativeNames: string[];
}

/**
 * The two non-member observer states of the UN General Assembly. world-countries marks Vatican
 * City as a UN member; the seat is the Holy See's, as an observer, so this table decides.
 */
export const OBSERVERS: Record<string, string> = { VAT: 'Holy See', PSE: 'State of Palestine' };

/** Display names that differ from world-countries' common name, with the reason. */
export const NAME_OVERRIDES: Record<string, { name: string; officialName?: string; reason: string }> = {
  CIV: {
    name: "Côte d'Ivoire",
    reason: 'the name the state asks to be used in every language; also the UN and ISO short name',
  },
  CPV: { name: 'Cabo Verde', reason: 'the state adopted this form for all languages in 2013; UN and ISO short name' },
  PSE: { name: 'State of Palestine', reason: 'the name of the UN observer state and treaty participant' },
  VAT: {
    name: 'Holy See',
    officialName: 'Holy See',
    reason: 'the Holy See, not Vatican City, is the UN observer and the treaty participant',
  },
};

/** A readable id: "Côte d'Ivoire" → "cote-divoire", "São Tomé and Príncipe" → "sao-tome-and-principe". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʻ`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('en');
/** IPA transcriptions ("ʁɛpublika de an'ɡɔla") are pronunciations, not names anyone searches for. */
const IPA = /[\u0250-\u02af]/;

export interface GenerateInput {
  world: readonly WorldCountry[];
  /** ISO alpha-3 → UNTC spellings seen in the CSV. */
  untcNames: Map<string, Set<string>>;
}

export interface GenerateOutput {
  countries: CountryRecord[];
  /** Alternative names dropped because they would lead to more than one country. */
  dropped: { name: string; countries: string[] }[];
  problems: string[];
}

export function buildCountries({ world, untcNames }: GenerateInput): GenerateOutput {
  const problems: string[] = [];
  const byIso3 = new Map(world.map((w) => [w.cca3, w]));
  for (const iso3 of untcNames.keys()) {
    if (!byIso3.has(iso3))
      problems.push(
        `UNTC participant with iso3 ${iso3} (${[...(untcNames.get(iso3) ?? [])].join(', ')}) is not in world-countries`,
      );
  }
  const wanted = world.filter((w) => w.unMember || OBSERVERS[w.cca3] || untcNames.has(w.cca3));

  const records: (CountryRecord & { candidates: string[] })[] = wanted.map((w) => {
    const override = NAME_OVERRIDES[w.cca3];
    const name = override?.name ?? w.name.common;
    const officialName = override?.officialName ?? w.name.official;
    const spellings = [...(untcNames.get(w.cca3) ?? [])];
    if (spellings.length > 1)
      problems.push(
        `${name}: UNTC spells it in ${spellings.length} ways (${spellings.join(' | ')}); one spelling per participant is expected`,
      );
    const untc = spellings[0];
    const unStatus: UnStatus = OBSERVERS[w.cca3] ? 'observer' : w.unMember ? 'member' : 'non-member';
    const native = Object.keys(w.name.native ?? {})
      .sort()
      .flatMap((lang) => [w.name.native[lang]?.common ?? '', w.name.native[lang]?.official ?? '']);
    const candidates = [
      ...(override ? [w.name.common] : []),
      ...native,
      ...w.altSpellings,
      ...(override?.officialName ? [w.name.official] : []),
    ];
    return {
      id: slugify(name),
      name,
      officialName,
      iso2: w.cca2,
      iso3: w.cca3,
      isoNumeric: w.ccn3,
      ...(untc && untc !== name ? { untcName: untc } : {}),
      region: w.region,
      ...(w.subregion ? { subregion: w.subregion } : {}),
      unStatus,
      alternativeNames: [],
      candidates,
    };
  });

  // Every name a country is already known by: an alternative name may not point at another country.
  const owners = new Map<string, Set<string>>();
  const own = (text: string, id: string) => owners.set(norm(text), (owners.get(norm(text)) ?? new Set()).add(id));
  for (const r of records)
    for (const n of [r.name, r.officialName, r.untcName].filter((x): x is string => Boolean(x))) own(n, r.id);
  const perCountry = new Map<string, string[]>();
  for (const r of records) {
    const taken = new Set([r.name, r.officialName, r.untcName ?? ''].map(norm));
    const list: string[] = [];
    for (const raw of r.candidates) {
      const text = raw.normalize('NFC').trim();
      if (!text || text === r.iso2 || IPA.test(text) || taken.has(norm(text))) continue;
      taken.add(norm(text));
      list.push(text);
      own(text, r.id);
    }
    perCountry.set(r.id, list);
  }
  const dropped = new Map<string, string[]>();
  for (const r of records) {
    r.alternativeNames = (perCountry.get(r.id) ?? []).filter((n) => {
      const ids = owners.get(norm(n)) ?? new Set();
      if (ids.size > 1) dropped.set(norm(n), [...ids].sort());
      return ids.size <= 1;
    });
  }

  const ids = new Map<string, string>();
  for (const r of records) {
    const other = ids.get(r.id);
    if (other) problems.push(`${r.name} and ${other} would both get the id "${r.id}"`);
    ids.set(r.id, r.name);
  }
  const countries = records.map(({ candidates: _, ...r }) => r).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    countries,
    dropped: [...dropped.entries()]
      .map(([name, countries]) => ({ name, countries }))
      .sort((a, b) => (a.name < b.name ? -1 : 1)),
    problems,
  };
}

/** The Markdown file for one country: generated frontmatter, then the existing body unchanged. */
export function renderCountry(record: CountryRecord, body = ''): string {
  const { id: _, ...data } = record;
  return `---\n${toYaml(data)}---\n${body}`;
}

/** The body of an existing country file (everything after the frontmatter), or "". */
export function existingBody(text: string, path: string): string {
  const { file } = parseContentFile('countries', path, text);
  if (!file) throw new Error(`${path} has no readable frontmatter; fix it by hand before regenerating`);
  return file.body;
}

/** ISO alpha-3 → UNTC spellings, from the extract in data/untc/. */
export function untcNamesFrom(csvText: string, file: string): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  readCsv(csvText, file).rows.forEach((row) => {
    if (row.iso3) names.set(row.iso3, (names.get(row.iso3) ?? new Set()).add(row.participant_untc));
  });
  return names;
}

export interface GenerateResult {
  files: { path: string; changed: boolean }[];
  dropped: GenerateOutput['dropped'];
  /** Country files present that the generator did not produce (left alone). */
  strays: string[];
}

export function runGenerate(
  root = ROOT,
  options: { contentDir?: string; dryRun?: boolean; world?: readonly WorldCountry[] } = {},
): GenerateResult {
  const dir = join(options.contentDir ?? join(root, 'src', 'content'), 'countries');
  const world = options.world ?? (require('world-countries') as WorldCountry[]);
  const { countries, dropped, problems } = buildCountries({
    world,
    untcNames: untcNamesFrom(readFileSync(join(root, CSV_PATH), 'utf8'), CSV_PATH),
  });
  if (problems.length) throw new Error(`Country generation stopped:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const files: GenerateResult['files'] = [];
  for (const record of countries) {
    const abs = join(dir, `${record.id}.md`);
    const before = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
    const text = renderCountry(record, before === undefined ? '' : existingBody(before, relative(root, abs)));
    const changed = before !== text;
    if (changed && !options.dryRun) writeFileSync(abs, text);
    files.push({ path: relative(root, abs), changed });
  }
  const made = new Set(countries.map((c) => `${c.id}.md`));
  const strays = readdirSync(dir)
    .filter((n) => !made.has(n))
    .sort();
  return { files, dropped, strays };
}

if (import.meta.main) {
  const dryRun = process.argv.includes('--check');
  try {
    const { files, dropped, strays } = runGenerate(ROOT, { dryRun });
    const changed = files.filter((f) => f.changed);
    for (const f of changed) console.log(`${dryRun ? 'would change' : 'wrote'}  ${f.path}`);
    console.log(`${files.length} countries, ${changed.length} ${dryRun ? 'to change' : 'changed'}.`);
    if (dropped.length) {
      console.log(`Alternative names left out because they would lead to more than one country:`);
      for (const d of dropped) console.log(`  "${d.name}": ${d.countries.join(', ')}`);
    }
    if (strays.length) {
      console.error(
        `Country files the generator does not produce (left alone; remove or rename them by hand):\n${strays.map((s) => `  ${s}`).join('\n')}`,
      );
      process.exit(1);
    }
    if (dryRun && changed.length) process.exit(1);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
