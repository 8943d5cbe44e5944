#!/usr/bin/env node
/**
 * `npm run bench` — builds the real site over a synthetic corpus and a bare Astro project with the
 * same number of pages, and prints a Markdown table for BENCHMARKS.md.
 *
 *   npm run bench                                   1,000 claims, 50 briefings
 *   npm run bench -- --claims 1000,10000 --briefings 50
 *   npm run bench -- --claims 50000 --briefings 50 --no-bare
 *   npm run bench -- --claims 1000 --briefings 500 --processors unified,satteri --no-bare
 *   npm run bench -- --claims 10000 --briefings 50 --workers 0,1,2 --incremental
 *   npm run bench -- --claims 10000 --briefings 50 --workers 0,2 --concurrency 1,2,4
 *
 * Options:
 *   --claims N[,N…]      claims in the corpus, one benchmark per value (default 1000)
 *   --briefings M        MDX briefings (default 50)
 *   --runs R             timed builds of each kind per size; the median is reported (default 1)
 *   --processors P[,P…]  config (astro.config.mjs as is), unified, satteri (default config)
 *   --no-bare            skip both bare-Astro baselines
 *   --no-bare-flags      skip the second baseline, bare Astro with the site's experimental build flags
 *                        (built by default, one per BUILD_WORKERS × BUILD_CONCURRENCY value; a bare
 *                        build took about a third of a site build at 10k claims). It is the bare project with
 *                        experimental.incrementalBuild on and a cacheKey on every page, as the site
 *                        has (so each page is also copied to the cache, as the site's are; a cold
 *                        build reuses nothing), and experimental.parallelPrerender with the workers of
 *                        the site build it is compared with (off at 0, as in the site). The first
 *                        baseline stays Astro's default config
 *   --no-warmup          skip the untimed warm-up builds
 *   --reference DIR      content to copy countries, treaties, participation, organizations,
 *                        events and sources from (default src/content)
 *   --out FILE           also write the Markdown report to FILE (and FILE.json with every figure)
 *   --work DIR           where corpora and builds go (default a new folder in the OS temp dir)
 *   --keep               keep the work folder (default: deleted at the end)
 *   --heap MB            --max-old-space-size for both builds (default: Node's own limit)
 *   --workers W[,W…]     BUILD_WORKERS for the site builds, one site build per value (default 0:
 *                        pages rendered on the main thread; 2: two rendering threads). CPU counts
 *                        every thread; the largest process's VmHWM includes its worker threads
 *   --concurrency C[,C…] Astro's build.concurrency (BUILD_CONCURRENCY) for the site builds and for
 *                        both baselines, one build of each per value (default 1, Astro's default:
 *                        one page at a time; with --workers, per rendering thread)
 *   --incremental        after each site build, edit one claim and build again keeping Astro's
 *                        cache (Astro's and Pagefind's parts reported apart), then build the edited
 *                        corpus cold and compare the two outputs byte for byte
 *
 * Each build gets a fresh output folder and a fresh Astro cache (no reuse between runs, except the
 * rebuild of --incremental, which keeps the cache of the build before it), with
 * AS_OF=2026-02-03, BASE_PATH=/ and telemetry off. Order: one untimed warm-up build of each
 * project on a small corpus (node_modules and the compiler in the file cache), then for each size
 * the site builds and the baselines alternate (run 1: site then bare; run 2: bare then site; …).
 * A site build is compared with the default baseline of its BUILD_CONCURRENCY and the flagged
 * baseline of its BUILD_WORKERS and BUILD_CONCURRENCY.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBareProject } from './bench/bare.ts';
import { generateCorpus } from './bench/corpus.ts';
import { distStats, type DistStats } from './bench/dist-stats.ts';
import { describeMachine, load, type Machine } from './bench/machine.ts';
import { MAX_BUILD_CONCURRENCY, MAX_BUILD_WORKERS } from '../src/lib/config/build-env.ts';
import { PROCESSORS, processorConfig, type Processor } from './bench/processors.ts';
import { formatReport, type BuildRecord, type EditRecord, type Measured } from './bench/report.ts';
import { sameTrees } from './bench/dist-stats.ts';
import { runMeasured } from './bench/run.ts';
import { phasesFromLog } from './bench/phases.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
const AS_OF = '2026-02-03';

interface Options {
  claims: number[];
  briefings: number;
  runs: number;
  processors: Processor[];
  bare: boolean;
  bareFlags: boolean;
  warmup: boolean;
  reference: string;
  out: string | undefined;
  work: string | undefined;
  keep: boolean;
  heap: number | undefined;
  workers: number[];
  concurrency: number[];
  incremental: boolean;
}

export function parseArgs(argv: string[]): Options {
  const options: Options = {
    claims: [1000],
    briefings: 50,
    runs: 1,
    processors: ['config'],
    bare: true,
    bareFlags: true,
    warmup: true,
    reference: join(REPO, 'src/content'),
    out: undefined,
    work: undefined,
    keep: false,
    heap: undefined,
    workers: [0],
    concurrency: [1],
    incremental: false,
  };
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  const count = (text: string, flag: string) => {
    const n = Number(text.replace(/_/g, '').replace(/k$/i, '000'));
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag}: "${text}" is not a whole number`);
    return n;
  };
  /** Flags that take a value, and what each does with it. */
  const withValue: Record<string, (text: string, flag: string) => void> = {
    '--claims': (t, f) => (options.claims = t.split(',').map((c) => count(c, f))),
    '--briefings': (t, f) => (options.briefings = count(t, f)),
    '--runs': (t, f) => (options.runs = Math.max(1, count(t, f))),
    '--processors': (t, f) =>
      (options.processors = t.split(',').map((p) => {
        if (!(PROCESSORS as readonly string[]).includes(p))
          throw new Error(`${f}: "${p}" is not one of ${PROCESSORS.join(', ')}`);
        return p as Processor;
      })),
    '--reference': (t) => (options.reference = t),
    '--out': (t) => (options.out = t),
    '--work': (t) => (options.work = t),
    '--heap': (t, f) => (options.heap = count(t, f)),
    '--workers': (t, f) =>
      (options.workers = t.split(',').map((w) => {
        const n = count(w, f);
        if (n > MAX_BUILD_WORKERS)
          throw new Error(`${f}: "${w}" is more rendering threads than BUILD_WORKERS allows (${MAX_BUILD_WORKERS})`);
        return n;
      })),
    '--concurrency': (t, f) =>
      (options.concurrency = t.split(',').map((c) => {
        const n = count(c, f);
        if (n < 1 || n > MAX_BUILD_CONCURRENCY)
          throw new Error(
            `${f}: "${c}" is not a build.concurrency BUILD_CONCURRENCY allows: write a whole number from 1 to ${MAX_BUILD_CONCURRENCY}`,
          );
        return n;
      })),
  };
  const switches: Record<string, () => void> = {
    '--no-bare': () => (options.bare = false),
    '--no-bare-flags': () => (options.bareFlags = false),
    '--no-warmup': () => (options.warmup = false),
    '--keep': () => (options.keep = true),
    '--incremental': () => (options.incremental = true),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const set = withValue[flag];
    if (set) set(value(i++, flag), flag);
    else if (switches[flag]) switches[flag]();
    else throw new Error(`unknown option ${flag} (see the comment at the top of scripts/bench.ts)`);
  }
  return options;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A site build's variant: the Markdown processor, the rendering threads and build.concurrency. */
interface Variant {
  processor: Processor;
  workers: number;
  concurrency: number;
  label: string;
}

/** "BUILD_WORKERS=…" and "BUILD_CONCURRENCY=…" when measured, or not the default. */
function settingsLabel(
  options: Pick<Options, 'workers' | 'concurrency'>,
  workers: number | undefined,
  concurrency: number,
) {
  return [
    ...(workers !== undefined && (options.workers.length > 1 || workers > 0) ? [`BUILD_WORKERS=${workers}`] : []),
    ...(options.concurrency.length > 1 || concurrency !== 1 ? [`BUILD_CONCURRENCY=${concurrency}`] : []),
  ];
}

export function variantsOf(options: Pick<Options, 'processors' | 'workers' | 'concurrency'>): Variant[] {
  return options.processors.flatMap((processor) =>
    options.workers.flatMap((workers) =>
      options.concurrency.map((concurrency) => ({
        processor,
        workers,
        concurrency,
        label: [processor, ...settingsLabel(options, workers, concurrency)].join(', '),
      })),
    ),
  );
}

/**
 * A bare-Astro build (scripts/bench/bare.ts): the default project, or the one with the site's
 * experimental flags, and the settings it shares with the site builds it is compared with. The
 * default project reads only BUILD_CONCURRENCY, so it is built once per concurrency value.
 */
export interface Baseline {
  flags: boolean;
  workers: number;
  concurrency: number;
  label: string;
}

export function baselinesOf(options: Pick<Options, 'bare' | 'bareFlags' | 'workers' | 'concurrency'>): Baseline[] {
  if (!options.bare) return [];
  const plain = options.concurrency.map((concurrency) => ({
    flags: false,
    workers: 0,
    concurrency,
    label: ['bare Astro', ...settingsLabel(options, undefined, concurrency)].join(', '),
  }));
  const flagged = options.bareFlags
    ? options.workers.flatMap((workers) =>
        options.concurrency.map((concurrency) => ({
          flags: true,
          workers,
          concurrency,
          label: ['bare Astro, same flags', ...settingsLabel(options, workers, concurrency)].join(', '),
        })),
      )
    : [];
  return [...plain, ...flagged];
}

/** The baseline a site variant is compared with: the same build.concurrency, and with flags the same workers. */
export function baselineOf(variant: Variant, baselines: Baseline[], flags: boolean): Baseline | undefined {
  return baselines.find(
    (b) => b.flags === flags && b.concurrency === variant.concurrency && (!flags || b.workers === variant.workers),
  );
}

/** Edits one claim's notes in a corpus (the first generated claim); returns how to undo it. */
function editOneClaim(corpus: string): () => void {
  const dir = join(corpus, 'claims');
  const file = join(dir, readdirSync(dir).sort()[0] as string);
  const before = readFileSync(file, 'utf8');
  writeFileSync(file, `${before.trimEnd()}\n\nA review note added by the benchmark's one-claim edit.\n`);
  return () => writeFileSync(file, before);
}

/** Pages the last build in a log copied from Astro's incremental cache. */
function cachedPages(logFile: string): number {
  const text = readFileSync(logFile, 'utf8');
  return (text.slice(text.lastIndexOf('\n$ ')).match(/\((cached|restored)\)/g) ?? []).length;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const work = options.work ?? mkdtempSync(join(tmpdir(), 'ledger-bench-'));
  mkdirSync(work, { recursive: true });
  const logFile = join(work, 'builds.log');
  const machine: Machine = describeMachine(REPO);
  console.log(
    `Treaty Ledger benchmark — ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, Node ${machine.node}, Astro ${machine.astro}`,
  );
  console.log(`work folder ${work}; build logs in ${logFile}`);

  let buildNo = 0;
  const baseEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = { ...process.env, AS_OF, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
    delete env['CI'];
    delete env['GITHUB_ACTIONS'];
    if (options.heap) env['NODE_OPTIONS'] = `${env['NODE_OPTIONS'] ?? ''} --max-old-space-size=${options.heap}`.trim();
    return env;
  };

  /** One measured `astro build`; fresh output and cache folders every time. */
  const build = async (
    kind: 'site' | 'bare',
    label: string,
    root: string,
    env: Record<string, string>,
    config?: string,
    keepCacheOf?: string,
  ) => {
    const id = `${++buildNo}-${kind}`;
    const outDir = join(work, 'builds', id, 'dist');
    const cacheDir = keepCacheOf ? join(keepCacheOf, '..', 'cache') : join(work, 'builds', id, 'cache');
    mkdirSync(cacheDir, { recursive: true });
    const loadBefore = load();
    // Astro joins --config to the root, so it must be relative to it.
    const args = [ASTRO, 'build', '--root', root, ...(config ? ['--config', relative(root, config)] : [])];
    process.stdout.write(`  ${label} … `);
    const result = await runMeasured(process.execPath, args, {
      cwd: root,
      env: baseEnv({ ...env, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir }),
      logFile,
    });
    if (result.code !== 0) throw new Error(`${label} failed (exit ${result.code}); see ${logFile}`);
    const dist: DistStats = distStats(outDir);
    console.log(
      `${seconds(result.wallMs)}, ${dist.htmlPages} pages, peak RSS ${(result.peakTreeRss / 2 ** 20).toFixed(0)} MiB`,
    );
    return { result, dist, outDir, loadBefore };
  };

  const records: BuildRecord[] = [];
  const cleanBuilds = () => rmSync(join(work, 'builds'), { recursive: true, force: true });

  const baselines = baselinesOf(options);
  const siteEnv = (corpus: string, v: Variant) => ({
    LEDGER_CONTENT_DIR: corpus,
    BUILD_WORKERS: String(v.workers),
    BUILD_CONCURRENCY: String(v.concurrency),
  });
  const bareEnv = (b: Baseline) => ({ BUILD_WORKERS: String(b.workers), BUILD_CONCURRENCY: String(b.concurrency) });
  /** Writes the bare projects the baselines need (the default one, the flagged one) under `prefix`. */
  const generateBare = (prefix: string, pages: number, corpusDir: string, claims: number) => {
    const dirs = new Map<boolean, string>();
    for (const flags of new Set(baselines.map((b) => b.flags))) {
      const dir = `${prefix}${flags ? '-flags' : ''}`;
      rmSync(dir, { recursive: true, force: true });
      generateBareProject({ dir, repoRoot: REPO, pages, corpusDir, claims, flags });
      dirs.set(flags, dir);
    }
    return (b: Baseline) => dirs.get(b.flags) as string;
  };

  if (options.warmup) {
    console.log('warm-up (untimed): a small corpus, once per project');
    const corpus = join(work, 'warmup-content');
    rmSync(corpus, { recursive: true, force: true });
    generateCorpus({ outDir: corpus, referenceDir: options.reference, claims: 20, briefings: 2 });
    for (const v of variantsOf(options)) {
      await build('site', `site (${v.label})`, REPO, siteEnv(corpus, v), processorConfig(v.processor, REPO, work));
    }
    const dirOf = generateBare(join(work, 'warmup-bare'), 30, corpus, 20);
    // One build of each bare project (the first baseline of each kind).
    for (const b of baselines.filter((b, i) => baselines.findIndex((o) => o.flags === b.flags) === i)) {
      await build('bare', b.label, dirOf(b), bareEnv(b));
    }
    cleanBuilds();
  }

  for (const claims of options.claims) {
    const corpus = join(work, `content-${claims}`);
    rmSync(corpus, { recursive: true, force: true });
    const started = performance.now();
    const stats = generateCorpus({
      outDir: corpus,
      referenceDir: options.reference,
      claims,
      briefings: options.briefings,
    });
    const files = Object.values(stats.files).reduce((a, b) => a + b, 0);
    console.log(
      `\n${claims} claims, ${options.briefings} briefings: corpus of ${files} files (${stats.countries.length} countries, ${stats.treaties.length} treaties, ${stats.sources} generated sources) in ${seconds(performance.now() - started)}`,
    );
    const barePrefix = join(work, `bare-${claims}`);
    let bareDirOf: ((b: Baseline) => string) | undefined;
    let barePages: number | undefined;
    const variants = variantsOf(options);
    const site: Record<string, Measured[]> = {};
    const edits: Record<string, EditRecord[]> = {};
    const bare: Record<string, Measured[]> = {};
    for (let run = 0; run < options.runs; run++) {
      const order: ('site' | 'bare')[] = run % 2 === 0 ? ['site', 'bare'] : ['bare', 'site'];
      for (const kind of order) {
        if (kind === 'site') {
          for (const v of variants) {
            const env = siteEnv(corpus, v);
            const config = processorConfig(v.processor, REPO, work);
            const b = await build('site', `site (${v.label}) run ${run + 1}`, REPO, env, config);
            barePages ??= b.dist.htmlPages;
            (site[v.label] ??= []).push({
              ...b.result,
              dist: b.dist,
              load: b.loadBefore,
              phases: phasesFromLog(logFile),
            });
            if (options.incremental) {
              const undo = editOneClaim(corpus);
              try {
                const label = `site (${v.label}) one claim edited, cache kept`;
                const warm = await build('site', label, REPO, env, config, b.outDir);
                const warmPhases = phasesFromLog(logFile);
                const reused = cachedPages(logFile);
                const cold = await build('site', `site (${v.label}) the edited corpus, cold`, REPO, env, config);
                const identical = sameTrees(warm.outDir, cold.outDir);
                console.log(
                  `  ${reused} pages from the cache; output ${identical ? 'identical to' : 'DIFFERENT from'} the cold build`,
                );
                (edits[v.label] ??= []).push({
                  cold: b.result.wallMs,
                  rebuild: { ...warm.result, dist: warm.dist, load: warm.loadBefore, phases: warmPhases },
                  cachedPages: reused,
                  identical,
                });
              } finally {
                undo();
              }
            }
          }
        } else {
          if (barePages === undefined) continue; // the site runs first on run 1, so this is set from run 2 on
          bareDirOf ??= generateBare(barePrefix, barePages, corpus, claims);
          for (const bl of baselines) {
            const b = await build(
              'bare',
              `${bl.label} (${barePages} pages) run ${run + 1}`,
              bareDirOf(bl),
              bareEnv(bl),
            );
            (bare[bl.label] ??= []).push({
              ...b.result,
              dist: b.dist,
              load: b.loadBefore,
              phases: phasesFromLog(logFile),
            });
            cleanBuilds();
          }
        }
        cleanBuilds();
      }
    }
    for (const v of variants) {
      const plain = baselineOf(v, baselines, false);
      const flagged = baselineOf(v, baselines, true);
      records.push({
        claims,
        briefings: options.briefings,
        corpusFiles: files,
        processor: v.label,
        workers: v.workers,
        concurrency: v.concurrency,
        site: site[v.label] ?? [],
        bare: plain ? (bare[plain.label] ?? []) : [],
        bareFlags: flagged ? (bare[flagged.label] ?? []) : [],
        edits: edits[v.label] ?? [],
      });
    }
    if (!options.keep) {
      rmSync(corpus, { recursive: true, force: true });
      for (const b of baselines) if (bareDirOf) rmSync(bareDirOf(b), { recursive: true, force: true });
    }
  }

  const report = formatReport(machine, records, {
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    runs: options.runs,
    warmup: options.warmup,
  });
  console.log(`\n${report}`);
  if (options.out) {
    writeFileSync(options.out, `${report}\n`);
    writeFileSync(`${options.out}.json`, `${JSON.stringify({ machine, options, baselines, records }, null, 2)}\n`);
    console.log(`written to ${options.out}`);
  }
  if (!options.keep && !options.work) rmSync(work, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
