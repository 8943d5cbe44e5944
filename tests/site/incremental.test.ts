/**
 * Gate: an incremental build (Astro's experimental.incrementalBuild, keyed by
 * src/lib/ledger/page-keys.ts) writes exactly what a cold build of the same commit writes.
 *
 * In a git copy of the fixture content, seeded random edits are applied one commit each (each
 * commit a day later, so the "last changed" dates move too): a claim's text, a source's title, a
 * participation date, a new claim, a deleted claim, a country alias. After each commit the site is
 * built incrementally, keeping Astro's cache from the build before, and cold, with an empty cache;
 * the two output folders must be equal byte for byte, and the incremental build must have copied
 * some pages from its cache (else the comparison proves nothing).
 *
 * The seed is printed; INCREMENTAL_SEED=<n> repeats a run, INCREMENTAL_STEPS=<n> takes more edits
 * (default 3 of the six kinds, each build of the small corpus taking 10–30 s). INCREMENTAL_CLAIMS=<n>
 * replaces the fixture content with a synthetic corpus of n claims and 50 briefings
 * (scripts/bench/corpus.ts, generated from the seed, on the reference collections of src/content,
 * as `npm run bench` builds it, with the default page size), to run the gate once at scale:
 * `INCREMENTAL_CLAIMS=3000 INCREMENTAL_STEPS=6` takes every kind of edit (each build then takes a
 * minute or more; the time allowed grows with n). Each build's time and the pages it copied from
 * its cache are printed.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILDS_DIR, ROOT, runBuild, type BuildResult } from '../../scripts/lib/build.ts';
import { generateCorpus, prng } from '../../scripts/bench/corpus.ts';
import { isWeakStanding, type Source } from '../../src/schemas/sources.ts';
import { gitIn } from '../support/git.ts';
import { listFiles } from '../support/site.ts';

/** A whole-number setting from the environment; anything else stops the run with what to write. */
function setting(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new Error(
      `${name}="${raw}" is not a whole number of ${min} or more: write, for example, ${name}=${Math.max(min, 3)}, or leave it unset`,
    );
  }
  return value;
}
const SEED = setting('INCREMENTAL_SEED', Math.floor(Date.now() % 1_000_000), 0);
const STEPS = setting('INCREMENTAL_STEPS', 3, 1);
/** Claims in a synthetic corpus; 0 (unset) builds the fixture content. */
const CLAIMS = setting('INCREMENTAL_CLAIMS', 0, 0);
const BRIEFINGS = 50;
/** Time allowed per build: two minutes for the fixture, and 60 ms more per generated claim. */
const BUILD_MS = 120_000 + 60 * CLAIMS;
const WORK = join(BUILDS_DIR, 'incremental');
/** The repository; the content is a folder in it (the integrity check refuses anything else, .git too, in the content folder). */
const REPO = join(WORK, 'repo');
const CONTENT = join(REPO, 'content');

type Edit = 'claim-text' | 'source-title' | 'participation-date' | 'new-claim' | 'deleted-claim' | 'country-alias';
const EDITS: Edit[] = [
  'claim-text',
  'source-title',
  'participation-date',
  'new-claim',
  'deleted-claim',
  'country-alias',
];

const git = (args: string[], date?: string) => gitIn(REPO, args, date);

const filesIn = (folder: string) =>
  readdirSync(join(CONTENT, folder))
    .filter((f) => !f.startsWith('.'))
    .sort();
const idOf = (file: string) => file.replace(/\.(md|mdx|yaml)$/, '');
const read = (path: string) => readFileSync(join(CONTENT, path), 'utf8');
const write = (path: string, text: string) => writeFileSync(join(CONTENT, path), text);
/** A frontmatter field's one-line value with words added at its end, quoted ("…") or not. */
const appendTo = (text: string, field: string, words: string) =>
  text.replace(new RegExp(`^${field}: (.*)$`, 'm'), (_, value: string) =>
    value.startsWith('"') && value.endsWith('"')
      ? `${field}: ${value.slice(0, -1)}${words}"`
      : `${field}: ${value}${words}`,
  );

/**
 * Signature dates a hand edit may move: not in a row with deposits, whose summary the check
 * compares with them (src/lib/check/treaty-model.ts).
 */
function signatureDates(text: string): RegExpExecArray[] {
  return [...text.matchAll(/signature: "(\d{4}-\d{2}-\d{2})"/g)].filter((match) => {
    const start = Math.max(0, text.lastIndexOf('\n  - country:', match.index));
    const next = text.indexOf('\n  - country:', match.index);
    return !text.slice(start, next === -1 ? undefined : next).includes('\n    deposits:');
  });
}

/**
 * Claims whose id no other file contains: only such a claim can go without breaking the integrity
 * check. An id (ID_PATTERN: a-z, 0-9 and hyphens) can only occur inside a run of those characters,
 * so each file is read once and the ids looked up in its runs (the same answer as asking every file
 * about every id, which takes seconds at thousands of claims).
 */
function unnamedClaims(): string[] {
  const ids = filesIn('claims').map(idOf);
  const known = new Set(ids);
  const lengths = [...new Set(ids.map((id) => id.length))];
  const named = new Set<string>();
  for (const file of listFiles(CONTENT)) {
    for (const [run] of read(file).matchAll(/[a-z0-9-]+/g)) {
      for (const length of lengths) {
        for (let at = 0; at + length <= run.length; at++) {
          const id = run.slice(at, at + length);
          if (known.has(id) && !file.endsWith(`claims/${id}.md`)) named.add(id);
        }
      }
    }
  }
  return ids.filter((id) => !named.has(id));
}

/** Applies one edit of a kind, chosen with `random`; returns what it did, or undefined when it cannot. */
function applyEdit(kind: Edit, random: () => number, step: number): string | undefined {
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  switch (kind) {
    case 'claim-text': {
      const file = pick(filesIn('claims'))!;
      const text = read(`claims/${file}`);
      if (random() < 0.5) {
        write(`claims/${file}`, appendTo(text, 'statement', ` Restated in edit ${step}.`));
        return `statement of claim ${idOf(file)}`;
      }
      write(`claims/${file}`, `${text.trimEnd()}\n\nReview note added in edit ${step}.\n`);
      return `notes of claim ${idOf(file)}`;
    }
    case 'source-title': {
      const file = pick(filesIn('sources'))!;
      write(`sources/${file}`, appendTo(read(`sources/${file}`), 'title', ` (edition ${step})`));
      return `title of source ${idOf(file)}`;
    }
    case 'participation-date': {
      const file = pick(filesIn('participation').filter((f) => signatureDates(read(`participation/${f}`)).length))!;
      const text = read(`participation/${file}`);
      const match = pick(signatureDates(text));
      if (!match?.index) return undefined;
      // A day earlier: a signature stays before the consent that follows it.
      const day = new Date(`${match[1]}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() - 1);
      const earlier = day.toISOString().slice(0, 10);
      write(
        `participation/${file}`,
        text.slice(0, match.index) + `signature: "${earlier}"` + text.slice(match.index + match[0].length),
      );
      return `signature ${match[1]} → ${earlier} in ${file}`;
    }
    case 'new-claim': {
      const id = `edit-${step}-claim`;
      const countries = filesIn('countries').map(idOf);
      // An "accurate" claim needs a source that is not weak (src/lib/check/claim-rules.ts).
      const sources = filesIn('sources')
        .filter((f) => !isWeakStanding(/^standing: (.*)$/m.exec(read(`sources/${f}`))?.[1] as Source['standing']))
        .map(idOf);
      const claims = filesIn('claims').map(idOf);
      const country = pick(countries)!;
      const source = pick(sources)!;
      const related = random() < 0.6 ? pick(claims) : undefined;
      write(
        `claims/${id}.md`,
        [
          '---',
          `statement: A claim added in edit ${step}, about ${country}.`,
          'claimant:',
          `  name: Claimant of edit ${step}`,
          '  kind: government',
          `  country: ${country}`,
          `made: "2025-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}"`,
          'subjects:',
          `  countries: [${country}]`,
          '  treaties: [ottawa-convention]',
          'kind: fact',
          'sources:',
          `  - source: ${source}`,
          'rank: normal',
          'verdict:',
          '  rating: accurate',
          `  reason: The source for edit ${step} says so.`,
          ...(related ? ['relations:', `  - type: supports`, `    claim: ${related}`] : []),
          '---',
          '',
          `See [${country}](/countries/${country}/).`,
          '',
        ].join('\n'),
      );
      return `new claim ${id} (about ${country}, citing ${source}${related ? `, supporting ${related}` : ''})`;
    }
    case 'deleted-claim': {
      const id = pick(unnamedClaims());
      if (!id) return undefined;
      rmSync(join(CONTENT, `claims/${id}.md`));
      return `deleted claim ${id}`;
    }
    case 'country-alias': {
      const file = pick(filesIn('countries'))!;
      const text = read(`countries/${file}`);
      const alias = `Alias ${step}`;
      const next = /^alternativeNames:\n/m.test(text)
        ? text.replace(/^alternativeNames:\n/m, `alternativeNames:\n  - ${alias}\n`)
        : text.replace(/\n---\s*$/, `\nalternativeNames:\n  - ${alias}\n---\n`);
      write(`countries/${file}`, next);
      return `alias "${alias}" for ${idOf(file)}`;
    }
  }
}

function compare(a: string, b: string): { missing: string[]; extra: string[]; differing: string[] } {
  const left = listFiles(a);
  const right = listFiles(b);
  const inRight = new Set(right);
  const inLeft = new Set(left);
  return {
    missing: left.filter((f) => !inRight.has(f)),
    extra: right.filter((f) => !inLeft.has(f)),
    differing: left.filter((f) => inRight.has(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))),
  };
}

/** Pages the build copied from its incremental cache (Astro logs "(cached)" or "(restored)"). */
const reused = (result: BuildResult) => (result.stdout.match(/\((cached|restored)\)/g) ?? []).length;

/** Shards of the search index the build wrote, and of those the ones copied from its cache (src/integrations/ledger.ts logs both). */
function searchIndexReuse(result: BuildResult): { indexes: number; fromCache: number } {
  const match = /search index: \d+ pages indexed in \d+ ms \((\d+) index(?:es)?, (\d+) copied from the cache\)/.exec(
    result.stdout,
  );
  return { indexes: Number(match?.[1] ?? 1), fromCache: Number(match?.[2] ?? 0) };
}

describe('incremental builds', () => {
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it(
    `match a cold build byte for byte after each of ${STEPS} random edits (seed ${SEED})`,
    { timeout: BUILD_MS * (2 * STEPS + 1) },
    async () => {
      const corpus = CLAIMS
        ? `a synthetic corpus of ${CLAIMS} claims and ${BRIEFINGS} briefings`
        : 'the fixture content';
      console.log(`incremental builds: seed ${SEED} (repeat with INCREMENTAL_SEED=${SEED}), ${STEPS} edits, ${corpus}`);
      rmSync(WORK, { recursive: true, force: true });
      mkdirSync(WORK, { recursive: true });
      if (CLAIMS) {
        const referenceDir = join(ROOT, 'src/content');
        generateCorpus({ outDir: CONTENT, referenceDir, claims: CLAIMS, briefings: BRIEFINGS, seed: SEED });
      } else {
        cpSync(join(ROOT, 'tests/fixtures/content'), CONTENT, { recursive: true });
      }
      git(['init', '-q', '-b', 'main']);
      git(['add', '.']);
      git(['commit', '-q', '-m', 'start'], '2026-01-01');

      const random = prng(SEED);
      // Every kind once before any repeats, in a seeded order; a claim is added before one is deleted.
      const order = [...EDITS].sort(() => random() - 0.5);
      const [added, deleted] = [order.indexOf('new-claim'), order.indexOf('deleted-claim')];
      if (deleted < added) [order[added], order[deleted]] = ['deleted-claim', 'new-claim'];
      const plan = Array.from({ length: STEPS }, (_, i) => order[i % order.length]!);
      const config = {
        base: '/ledger/',
        contentDir: CONTENT,
        // Two claims a page gives the fixture's few claims several pages; a large corpus keeps the default.
        // Small search shards put the fixture's sources (and claims, once there are two) in shards of
        // their own, so the search index is partly copied from the cache too (src/integrations/pagefind.ts).
        env: {
          ...(CLAIMS ? { SEARCH_SHARD_PAGES: '500' } : { CLAIMS_PER_PAGE: '2', SEARCH_SHARD_PAGES: '1' }),
          REPOSITORY_URL: 'https://example.org/ledger',
        },
      };
      const incremental = { ...config, name: 'incremental/warm', outDir: join(WORK, 'warm-dist') };
      const first = await runBuild(incremental);
      expect(first.code, first.stderr).toBe(0);
      const pages = () => listFiles(join(WORK, 'warm-dist')).filter((f) => f.endsWith('.html')).length;
      console.log(`first build (empty cache) ${first.ms} ms, ${pages()} HTML pages`);
      let shardsFromCache = 0;

      for (const [i, kind] of plan.entries()) {
        const step = i + 1;
        const done = applyEdit(kind, random, step) ?? applyEdit('new-claim', random, step);
        git(['add', '-A']);
        git(['commit', '-q', '-m', `edit ${step}`], `2026-01-${String(1 + step).padStart(2, '0')}`);
        console.log(`edit ${step} (${kind}): ${done}`);

        const warm = await runBuild(incremental);
        expect(warm.code, warm.stderr).toBe(0);
        rmSync(join(BUILDS_DIR, 'incremental/cold'), { recursive: true, force: true });
        const cold = await runBuild({ ...config, name: 'incremental/cold', outDir: join(WORK, 'cold-dist') });
        expect(cold.code, cold.stderr).toBe(0);
        const index = searchIndexReuse(warm);
        shardsFromCache += index.fromCache;
        console.log(
          `  incremental ${warm.ms} ms, ${reused(warm)} pages and files from the cache (${pages()} HTML pages in the output), search index ${index.fromCache} of ${index.indexes} shards from the cache; cold ${cold.ms} ms`,
        );

        expect(reused(warm), 'the incremental build rendered every page: nothing was tested').toBeGreaterThan(0);
        expect(existsSync(join(WORK, 'warm-dist/index.html'))).toBe(true);
        expect(compare(join(WORK, 'cold-dist'), join(WORK, 'warm-dist')), `after edit ${step}: ${done}`).toEqual({
          missing: [],
          extra: [],
          differing: [],
        });
      }
      expect(
        shardsFromCache,
        'no shard of the search index came from the cache: its cache was not tested',
      ).toBeGreaterThan(0);
    },
  );
});
