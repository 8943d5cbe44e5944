/** The benchmark's Markdown report: the results table, phases, every run, and the machine. */
import type { DistStats } from './dist-stats.ts';
import type { Machine } from './machine.ts';
import type { Phases } from './phases.ts';
import type { RunResult } from './run.ts';

export interface Measured extends RunResult {
  dist: DistStats;
  /** 1-minute load average just before the build. */
  load: number;
  phases: Phases;
}

/** One claim edited after a cold build, rebuilt with Astro's cache kept (npm run bench -- --incremental). */
export interface EditRecord {
  /** Wall time of the cold build before the edit, ms. */
  cold: number;
  rebuild: Measured;
  /** Pages Astro copied from its cache. */
  cachedPages: number;
  /** Whether the rebuild's output equals a cold build of the edited corpus, byte for byte. */
  identical: boolean;
}

export interface BuildRecord {
  claims: number;
  briefings: number;
  corpusFiles: number;
  /** The site build's variant: the Markdown processor, and BUILD_WORKERS and BUILD_CONCURRENCY when measured. */
  processor: string;
  /** BUILD_WORKERS of the site build (experimental.parallelPrerender's workers; 0: off). */
  workers?: number;
  /** BUILD_CONCURRENCY of the site build and its baselines (Astro's build.concurrency). */
  concurrency?: number;
  site: Measured[];
  /** Bare Astro, its default config (but the row's build.concurrency). */
  bare: Measured[];
  /** Bare Astro with the site's experimental flags and the row's workers and concurrency (scripts/bench/bare.ts). */
  bareFlags?: Measured[];
  edits?: EditRecord[];
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '—');
const mib = (bytes: number) =>
  bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(2)} GiB` : `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const n = (x: number) => x.toLocaleString('en-US');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '—');

/** Median wall time, largest peak memory, sizes of the first run. */
export function summarize(runs: Measured[]) {
  const first = runs[0];
  if (!first) return undefined;
  const wallMs = median(runs.map((r) => r.wallMs));
  return {
    wallMs,
    cpuMs: median(runs.map((r) => r.cpuMs)),
    pagesPerSecond: first.dist.htmlPages / (wallMs / 1000),
    peakTreeRss: Math.max(...runs.map((r) => r.peakTreeRss)),
    maxProcessHwm: Math.max(...runs.map((r) => r.maxProcessHwm)),
    dist: first.dist,
    phase: (key: keyof Phases) => median(runs.map((r) => r.phases[key] ?? Number.NaN).filter(Number.isFinite)),
  };
}

export function formatReport(
  machine: Machine,
  records: BuildRecord[],
  meta: { command: string; runs: number; warmup: boolean },
): string {
  const out: string[] = [];
  const processors = new Set(records.map((r) => r.processor));
  const showProcessor = processors.size > 1 || !processors.has('config');
  out.push(`Command: \`${meta.command}\``);
  out.push('');
  out.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.os}; Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}. ` +
      `${meta.warmup ? 'One untimed warm-up build of each project first; ' : 'No warm-up; '}${meta.runs} timed run${meta.runs > 1 ? 's (median wall time, largest peak memory)' : ''} of each build, fresh output and cache folders every time.`,
  );
  out.push('');
  const withFlags = records.some((r) => r.bareFlags?.length);
  out.push(
    `| claims | briefings |${showProcessor ? ' variant |' : ''} pages | site build | CPU | pages/s | peak RSS (tree) | largest process | output | files | Pagefind index | bare Astro | CPU | bare pages/s | bare peak RSS | site ÷ bare (wall) | site ÷ bare (CPU) |${withFlags ? ' bare, same flags | CPU | site ÷ bare, same flags (wall) | site ÷ bare, same flags (CPU) |' : ''}`,
  );
  out.push(
    `|---:|---:|${showProcessor ? '---|' : ''}---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|${withFlags ? '---:|---:|---:|---:|' : ''}`,
  );
  for (const r of records) {
    const site = summarize(r.site);
    if (!site) continue;
    const bare = summarize(r.bare);
    const flagged = summarize(r.bareFlags ?? []);
    out.push(
      [
        '',
        n(r.claims),
        n(r.briefings),
        ...(showProcessor ? [r.processor] : []),
        n(site.dist.htmlPages),
        s(site.wallMs),
        s(site.cpuMs),
        site.pagesPerSecond.toFixed(0),
        mib(site.peakTreeRss),
        mib(site.maxProcessHwm),
        mb(site.dist.bytes),
        n(site.dist.files),
        `${mb(site.dist.pagefindBytes)} (${n(site.dist.pagefindFiles)} files)`,
        bare ? s(bare.wallMs) : '—',
        bare ? s(bare.cpuMs) : '—',
        bare ? bare.pagesPerSecond.toFixed(0) : '—',
        bare ? mib(bare.peakTreeRss) : '—',
        bare ? ratio(site.wallMs, bare.wallMs) : '—',
        bare ? ratio(site.cpuMs, bare.cpuMs) : '—',
        ...(withFlags
          ? [
              flagged ? s(flagged.wallMs) : '—',
              flagged ? s(flagged.cpuMs) : '—',
              flagged ? ratio(site.wallMs, flagged.wallMs) : '—',
              flagged ? ratio(site.cpuMs, flagged.cpuMs) : '—',
            ]
          : []),
        '',
      ]
        .join(' | ')
        .trim(),
    );
  }
  const note = baselineNote(records, withFlags);
  if (note) {
    out.push('');
    out.push(note);
  }
  out.push('');
  out.push('Where the time went (medians, from the build logs):');
  out.push('');
  out.push(
    `| claims |${showProcessor ? ' variant |' : ''} build | integrity check | content sync + types | rendering pages | Pagefind |`,
  );
  out.push(`|---:|${showProcessor ? '---|' : ''}---|---:|---:|---:|---:|`);
  for (const r of records) {
    const rows: [string, ReturnType<typeof summarize>][] = [
      ['site', summarize(r.site)],
      ['bare Astro', summarize(r.bare)],
      ['bare Astro, same flags', summarize(r.bareFlags ?? [])],
    ];
    for (const [label, sum] of rows) {
      if (!sum) continue;
      out.push(
        [
          '',
          n(r.claims),
          ...(showProcessor ? [r.processor] : []),
          label,
          s(sum.phase('checkMs')),
          s(sum.phase('syncMs')),
          s(sum.phase('renderMs')),
          s(sum.phase('pagefindMs')),
          '',
        ]
          .join(' | ')
          .trim(),
      );
    }
  }
  const edited = records.filter((r) => r.edits?.length);
  if (edited.length) {
    out.push('');
    out.push(
      'One claim edited, rebuilt keeping Astro’s cache (Astro’s part: rendering the pages; Pagefind’s: indexing them all again):',
    );
    out.push('');
    out.push(
      `| claims |${showProcessor ? ' variant |' : ''} cold build | rebuild | rebuild ÷ cold | CPU | largest process | rendering pages | Pagefind | pages from the cache | same bytes as cold |`,
    );
    out.push(`|---:|${showProcessor ? '---|' : ''}---:|---:|---:|---:|---:|---:|---:|---:|---|`);
    for (const r of edited) {
      for (const e of r.edits ?? []) {
        out.push(
          [
            '',
            n(r.claims),
            ...(showProcessor ? [r.processor] : []),
            s(e.cold),
            s(e.rebuild.wallMs),
            `${((100 * e.rebuild.wallMs) / e.cold).toFixed(0)} %`,
            s(e.rebuild.cpuMs),
            mib(e.rebuild.maxProcessHwm),
            s(e.rebuild.phases.renderMs ?? Number.NaN),
            s(e.rebuild.phases.pagefindMs ?? Number.NaN),
            n(e.cachedPages),
            e.identical ? 'yes' : '**no**',
            '',
          ]
            .join(' | ')
            .trim(),
        );
      }
    }
  }
  out.push('');
  out.push('Every timed run (load = 1-minute load average just before the build):');
  out.push('');
  for (const r of records) {
    const list = (label: string, runs: Measured[]) =>
      runs
        .map(
          (m, i) =>
            `${label} run ${i + 1}: ${s(m.wallMs)} (CPU ${s(m.cpuMs)}), peak RSS ${mib(m.peakTreeRss)}, load ${m.load}`,
        )
        .join('; ');
    out.push(
      `- ${n(r.claims)} claims${showProcessor ? `, ${r.processor}` : ''}: ${[list('site', r.site), list('bare', r.bare), list('bare, same flags', r.bareFlags ?? [])].filter(Boolean).join('; ')}`,
    );
  }
  return out.join('\n');
}

/** What the baselines are, when it is more than Astro's default config (a flagged baseline, a build.concurrency). */
export function baselineNote(records: BuildRecord[], withFlags: boolean): string | undefined {
  const concurrencies = new Set(
    records.filter((r) => r.bare.length || r.bareFlags?.length).map((r) => r.concurrency ?? 1),
  );
  const parts: string[] = [];
  if (withFlags)
    parts.push(
      "Bare Astro, same flags: the bare project with the site's experimental build flags, `experimental.incrementalBuild` on with a `cacheKey` on every page (as every page of the site's `getStaticPaths` has one: each page is also copied into the cache; a cold build reuses none) and `experimental.parallelPrerender` with the row's BUILD_WORKERS (off at 0, as in the site).",
    );
  if ([...concurrencies].some((c) => c !== 1))
    parts.push("Both baselines are built with the row's `build.concurrency` (BUILD_CONCURRENCY), like the site build.");
  return parts.length ? parts.join(' ') : undefined;
}
