/**
 * A synthetic, schema-valid corpus for the benchmark: the real reference content (countries,
 * treaties, participation, organizations, events and the sources they cite) copied as it is, plus
 * N generated claims with sources, relations between claims and links in their bodies, and M MDX
 * briefings that cite claims with <Claim> and draw tables with <TreatyStatus>.
 *
 * Everything generated is deterministic for a seed (a small PRNG, no Math.random), so two runs
 * build the same site. Generated text is filler from a fixed word list, clearly marked as
 * benchmark data; synthetic sources carry either a reserved example.org address or a `noUrl`
 * saying that no document exists. None of it is ever published.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentFile } from '../../src/lib/check/content-files.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';

/** Collections copied from the reference content as they are. */
export const REFERENCE_COLLECTIONS = [
  'countries',
  'treaties',
  'participation',
  'organizations',
  'events',
  'sources',
] as const;

export interface CorpusOptions {
  /** Folder to write (created; must not hold content already). */
  outDir: string;
  /** Content folder to copy the reference collections from (normally src/content). */
  referenceDir: string;
  claims: number;
  briefings: number;
  /** Default 1. */
  seed?: number;
  /** Generated sources: one per this many claims (default 5). */
  claimsPerSource?: number;
}

export interface CorpusStats {
  /** Files per collection, reference and generated together. */
  files: Record<CollectionName, number>;
  countries: string[];
  treaties: string[];
  claims: number;
  briefings: number;
  sources: number;
}

/** mulberry32: a tiny deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the minister said government announced treaty convention withdrawal ratification record depositary ' +
  'statement parliament vote decree notification effective date months after deposit party signatory ' +
  'report analysts noted that security border defence threat stockpile destruction clearance compliance ' +
  'review conference obligations article entry force states region officials confirmed later reported ' +
  'according to sources briefing press agency interview plan intention timeline budget procurement'
).split(' ');

const pad = (n: number, width = 6) => String(n).padStart(width, '0');

/** Generated sources cycle through the standings, so claims rest on strong and weak ones alike. */
const STANDINGS = ['established-outlet', 'aggregator', 'official-statement', 'state-controlled', 'partisan'] as const;
const sourceStanding = (i: number) => STANDINGS[i % STANDINGS.length]!;
const WEAK = new Set<string>(['aggregator', 'state-controlled', 'partisan', 'unofficial-copy']);

/** The verdict a generated claim may carry: not-rated for views and advice; never accurate on weak sources alone. */
function verdictFor(kind: string, picked: string, standings: readonly string[]): string {
  if (kind === 'opinion' || kind === 'recommendation') return 'not-rated';
  if (picked === 'accurate' && standings.every((s) => WEAK.has(s))) return 'unverified';
  return picked;
}
export const claimId = (i: number) => `bench-claim-${pad(i)}`;
export const sourceId = (i: number) => `bench-source-${pad(i)}`;
export const briefingId = (i: number) => `bench-briefing-${pad(i, 4)}`;

/** Writes the corpus; returns what it wrote. */
export function generateCorpus(options: CorpusOptions): CorpusStats {
  const { outDir, referenceDir, claims, briefings } = options;
  const claimsPerSource = options.claimsPerSource ?? 5;
  const random = prng(options.seed ?? 1);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const pickSome = <T>(list: readonly T[], n: number): T[] => {
    const out = new Set<T>();
    for (let tries = 0; out.size < Math.min(n, list.length) && tries < n * 10; tries++) out.add(pick(list));
    return [...out];
  };
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n: number) => {
    const w = words(n);
    return `${w.charAt(0).toUpperCase()}${w.slice(1)}.`;
  };
  const day = (from: number, to: number) => `${int(from, to)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;

  const files = Object.fromEntries(Object.keys(COLLECTIONS).map((c) => [c, 0])) as Record<CollectionName, number>;
  if (existsSync(outDir) && readdirSync(outDir).length > 0) throw new Error(`${outDir} is not empty`);
  for (const name of Object.keys(COLLECTIONS) as CollectionName[])
    mkdirSync(join(outDir, COLLECTIONS[name].folder), { recursive: true });

  // 1. The reference content, copied file by file (only files the collection loads).
  const referenceIds: Record<(typeof REFERENCE_COLLECTIONS)[number], string[]> = {
    countries: [],
    treaties: [],
    participation: [],
    organizations: [],
    events: [],
    sources: [],
  };
  for (const collection of REFERENCE_COLLECTIONS) {
    const spec = COLLECTIONS[collection];
    const dir = join(referenceDir, spec.folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const ext = (spec.extensions as readonly string[]).find((e) => name.endsWith(e));
      if (!ext) continue;
      cpSync(join(dir, name), join(outDir, spec.folder, name));
      referenceIds[collection].push(name.slice(0, -ext.length));
      files[collection]++;
    }
  }
  const countries = referenceIds.countries;
  const treaties = referenceIds.treaties;
  if (countries.length === 0 || treaties.length === 0) {
    throw new Error(`the reference content in ${referenceDir} has no countries or no treaties to point claims at`);
  }

  // 2. Sources for the claims.
  const sourceCount = Math.max(1, Math.ceil(claims / claimsPerSource));
  const kinds = ['news-report', 'government-statement', 'parliamentary-record', 'ngo-report'] as const;
  for (let i = 1; i <= sourceCount; i++) {
    const link =
      i % 2 === 0
        ? `url: https://example.org/treaty-ledger-benchmark/${sourceId(i)}`
        : 'noUrl: synthetic benchmark source; no such document exists';
    const text = [
      '---',
      `kind: ${pick(kinds)}`,
      `title: "Benchmark source ${i}: ${words(6)}"`,
      `publisher: Benchmark Wire ${int(1, 40)}`,
      `published: "${day(1997, 2025)}"`,
      link,
      `standing: ${sourceStanding(i)}`,
      `summary: ${sentence(14)}`,
      '---',
      '',
      i % 3 === 0 ? `${sentence(25)} ${sentence(18)}\n` : '',
    ].join('\n');
    writeFileSync(join(outDir, 'sources', `${sourceId(i)}.md`), text);
  }
  files.sources += sourceCount;

  // 3. Claims: subjects are real countries and treaties; relations point at earlier claims.
  const claimKinds = ['fact', 'forecast', 'recommendation', 'intention', 'opinion'];
  // Verdicts the check allows for each kind: "not-rated" only (and always) for opinions and
  // recommendations, never "accurate" on weak sources alone (src/lib/check/claim-rules.ts).
  const verdicts = ['accurate', 'imprecise', 'disputed', 'false', 'unverified'];
  const claimantKinds = ['government', 'person', 'organization', 'outlet'];
  for (let i = 1; i <= claims; i++) {
    const subjectCountries = pickSome(countries, int(1, 3));
    const subjectTreaties = pickSome(treaties, int(0, 2));
    const claimSources = [...new Set(Array.from({ length: int(1, 3) }, () => int(1, sourceCount)))];
    const relations = i > 1 ? [...new Set(Array.from({ length: int(0, 2) }, () => int(1, i - 1)))] : [];
    const precision = int(0, 9);
    const kind = pick(claimKinds);
    const made =
      precision < 7
        ? day(2000, 2025)
        : precision < 9
          ? `${int(2000, 2025)}-${pad(int(1, 12), 2)}`
          : String(int(2000, 2025));
    const lines = [
      '---',
      `statement: "Benchmark claim ${i}: ${words(int(12, 24))}."`,
      'claimant:',
      `  name: Benchmark claimant ${int(1, 500)}`,
      `  kind: ${pick(claimantKinds)}`,
      ...(random() < 0.6 ? [`  country: ${pick(countries)}`] : []),
      `made: "${made}"`,
      ...(random() < 0.7
        ? [`where: ${pick(['joint statement', 'press conference', 'interview', 'parliamentary debate'])}`]
        : []),
      'subjects:',
      `  countries: [${subjectCountries.join(', ')}]`,
      `  treaties: [${subjectTreaties.join(', ')}]`,
      `kind: ${kind}`,
      'sources:',
      ...claimSources.flatMap((s, k) => [
        `  - source: ${sourceId(s)}`,
        ...(k === 0 && random() < 0.5 ? [`    locator: paragraph ${int(1, 30)}`] : []),
      ]),
      `rank: ${pick(['preferred', 'normal', 'normal', 'deprecated'])}`,
      'verdict:',
      `  rating: "${verdictFor(kind, pick(verdicts), claimSources.map(sourceStanding))}"`,
      `  reason: ${sentence(int(10, 20))}`,
      ...(relations.length
        ? [
            'relations:',
            ...relations.flatMap((r) => [
              `  - type: ${pick(['supports', 'contradicts', 'supersedes'])}`,
              `    claim: ${claimId(r)}`,
            ]),
          ]
        : []),
      // Reviewed after it was made (claims are made up to 2025).
      ...(random() < 0.5 ? [`reviewed: "${day(2026, 2026)}"`] : []),
      '---',
      '',
    ];
    // Bodies: a third plain, the rest with site links (to countries, treaties, other claims) and web links.
    const paragraphs = [sentence(int(20, 40)) + ' ' + sentence(int(10, 25))];
    const style = i % 3;
    if (style >= 1) {
      const c = pick(subjectCountries);
      paragraphs.push(`${sentence(15)} See [${c}](/countries/${c}/) and [the treaty](/treaties/${pick(treaties)}/).`);
      if (relations.length)
        paragraphs.push(`Compare [an earlier claim](/claims/${claimId(relations[0] ?? 1)}/): ${words(12)}.`);
    }
    if (style === 2) {
      paragraphs.push(`- ${words(8)}\n- ${words(10)}\n- **${words(3)}** ${words(6)}`);
      paragraphs.push(
        `${sentence(12)} Reported by [an outlet](https://example.org/treaty-ledger-benchmark/report-${i}).`,
      );
    }
    writeFileSync(join(outDir, 'claims', `${claimId(i)}.md`), lines.join('\n') + paragraphs.join('\n\n') + '\n');
  }
  files.claims += claims;

  // 4. Briefings: MDX citing claims and drawing status tables for real treaties and countries.
  for (let i = 1; i <= briefings; i++) {
    const treaty = pick(treaties);
    const subjectCountries = pickSome(countries, int(1, 4));
    const body: string[] = [`${sentence(30)} ${sentence(20)}`];
    const sections = int(3, 6);
    for (let s = 0; s < sections; s++) {
      body.push(`## ${sentence(5).slice(0, -1)}`);
      const cited = claims > 0 ? Array.from({ length: int(1, 3) }, () => claimId(int(1, claims))) : [];
      body.push(
        `${sentence(int(20, 40))}${cited.map((c) => ` <Claim id="${c}" />`).join('')} ${sentence(int(10, 20))}`,
      );
      if (s === 1) {
        const list = pickSome(countries, int(2, 8))
          .map((c) => `"${c}"`)
          .join(', ');
        body.push(
          `<TreatyStatus treaty="${treaty}" countries={[${list}]} ${random() < 0.5 ? 'asOf="2026-02-03" ' : ''}/>`,
        );
      }
      if (s === 2)
        body.push(
          `${sentence(15)} See [${subjectCountries[0]}](/countries/${subjectCountries[0]}/) and [the treaty](/treaties/${treaty}/).`,
        );
      body.push(sentence(int(15, 35)));
    }
    const published = day(2015, 2025);
    const text = [
      '---',
      `title: "Benchmark briefing ${i}: ${words(6)}"`,
      `summary: ${sentence(20)}`,
      `published: "${published}"`,
      ...(random() < 0.3 ? [`updated: "${day(2026, 2026)}"`] : []),
      'authors: [Treaty Ledger benchmark]',
      'subjects:',
      `  countries: [${subjectCountries.join(', ')}]`,
      `  treaties: [${treaty}]`,
      '---',
      '',
      body.join('\n\n'),
      '',
    ].join('\n');
    writeFileSync(join(outDir, 'briefings', `${briefingId(i)}.mdx`), text);
  }
  files.briefings += briefings;

  return { files, countries, treaties, claims, briefings, sources: sourceCount };
}

/** The Markdown body of a generated claim, for the bare-Astro baseline's pages. */
export function bodyOf(collection: CollectionName, path: string, text: string): string {
  return parseContentFile(collection, path, text).file?.body ?? '';
}
