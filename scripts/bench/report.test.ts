import { describe, expect, it } from 'vitest';
import type { Machine } from './machine.ts';
import { formatReport, type BuildRecord, type Measured } from './report.ts';

const machine: Machine = {
  cpu: 'Test CPU',
  cores: 2,
  ramGiB: 8,
  node: 'v24.0.0',
  astro: '7.4.8',
  pagefind: '1.6.0',
  os: 'Linux',
};
const meta = { command: 'npm run bench -- --claims 10000', runs: 1, warmup: true };

/** One measured build: `wall` and `cpu` in seconds, `pages` HTML pages. */
const run = (wall: number, cpu: number, pages = 13_324, renderMs = 10_000): Measured => ({
  code: 0,
  wallMs: wall * 1000,
  cpuMs: cpu * 1000,
  peakTreeRss: 2 ** 30,
  maxProcessHwm: 2 ** 29,
  samples: 10,
  timeMaxRss: 2 ** 29,
  dist: { bytes: 5e8, files: 2 * pages, htmlPages: pages, pagefindBytes: 1e8, pagefindFiles: pages },
  load: 1.5,
  phases: { syncMs: 4000, renderMs, pagefindMs: 30_000 },
});

const record = (over: Partial<BuildRecord>): BuildRecord => ({
  claims: 10_000,
  briefings: 50,
  corpusFiles: 12_479,
  processor: 'config',
  workers: 0,
  concurrency: 1,
  site: [run(100, 120)],
  bare: [run(40, 30)],
  ...over,
});

/** The cells of the table row that starts with `first` in a Markdown table whose header starts with `header`. */
function row(report: string, header: string, first: string): string[] {
  const lines = report.split('\n');
  const start = lines.findIndex((l) => l.startsWith(header));
  const line = lines.slice(start).find((l) => l.startsWith(`| ${first} |`));
  return (line ?? '').split(' | ').map((c) => c.replace(/^\| |\s\|$/g, ''));
}

describe('formatReport', () => {
  it('adds the flagged baseline: its time, CPU and the site ÷ flagged ratios, beside the default baseline', () => {
    const report = formatReport(machine, [record({ bareFlags: [run(50, 40, 13_324, 14_000)] })], meta);
    const header = report.split('\n').find((l) => l.startsWith('| claims | briefings |')) ?? '';
    expect(header).toContain(
      '| bare Astro | CPU | bare pages/s | bare peak RSS | site ÷ bare (wall) | site ÷ bare (CPU) | bare, same flags | CPU | site ÷ bare, same flags (wall) | site ÷ bare, same flags (CPU) |',
    );
    const cells = row(report, '| claims | briefings |', '10,000');
    expect(cells.slice(-10)).toEqual([
      '40.0 s',
      '30.0 s',
      '333',
      '1.00 GiB',
      '2.50×',
      '4.00×',
      '50.0 s',
      '40.0 s',
      '2.00×',
      '3.00×',
    ]);
    // The separator and the row have as many cells as the header.
    const lines = report.split('\n');
    const at = lines.indexOf(header);
    expect((lines[at + 1] ?? '').split('|').length).toBe(header.split('|').length);
    expect((lines[at + 2] ?? '').split('|').length).toBe(header.split('|').length);
    expect(report).toContain('Bare Astro, same flags: the bare project with the site');
    expect(report).toContain('`experimental.incrementalBuild` on with a `cacheKey` on every page');
    expect(report).toContain('`experimental.parallelPrerender` with the row');
    expect(report).toContain('| 10,000 | bare Astro, same flags | — | 4.0 s | 14.0 s | 30.0 s |');
    expect(report).toContain('bare, same flags run 1: 50.0 s (CPU 40.0 s), peak RSS 1.00 GiB, load 1.5');
  });

  it('shows "—" in the flagged columns of a row without that baseline, and leaves them out when no row has one', () => {
    const mixed = formatReport(
      machine,
      [
        record({ processor: 'config, BUILD_WORKERS=0', bareFlags: [run(50, 40)] }),
        record({ processor: 'config, BUILD_WORKERS=2', workers: 2, bareFlags: [] }),
      ],
      meta,
    );
    expect(mixed).toMatch(/\| config, BUILD_WORKERS=2 \|.* \| 2\.50× \| 4\.00× \| — \| — \| — \| — \|$/m);
    const plain = formatReport(machine, [record({})], meta);
    expect(plain).not.toContain('same flags');
    expect(plain).toMatch(/\| site ÷ bare \(CPU\) \|\n/);
    expect(plain).toContain('| 2.50× | 4.00× |\n');
  });

  it('names the variant (processor, BUILD_WORKERS, BUILD_CONCURRENCY) and says the baselines share the concurrency', () => {
    const report = formatReport(
      machine,
      [
        record({ processor: 'config, BUILD_CONCURRENCY=1', bareFlags: [run(50, 40)] }),
        record({
          processor: 'config, BUILD_CONCURRENCY=4',
          concurrency: 4,
          site: [run(90, 125)],
          bare: [run(36, 31)],
          bareFlags: [run(45, 41)],
        }),
      ],
      meta,
    );
    expect(report).toContain('| claims | briefings | variant | pages |');
    expect(report).toMatch(
      /^\| 10,000 \| 50 \| config, BUILD_CONCURRENCY=4 \| 13,324 \| 90\.0 s \| 125\.0 s \|.* \| 2\.50× \| 4\.03× \| 45\.0 s \| 41\.0 s \| 2\.00× \| 3\.05× \|$/m,
    );
    expect(report).toContain("Both baselines are built with the row's `build.concurrency` (BUILD_CONCURRENCY)");
    expect(formatReport(machine, [record({})], meta)).not.toContain('Both baselines');
  });

  it('prints "—" for a ratio it cannot compute (no GNU time: CPU is NaN)', () => {
    const noCpu = (m: Measured): Measured => ({ ...m, cpuMs: Number.NaN });
    const report = formatReport(
      machine,
      [record({ site: [noCpu(run(100, 0))], bare: [noCpu(run(40, 0))], bareFlags: [noCpu(run(50, 0))] })],
      meta,
    );
    expect(report).toContain('| 2.50× | — | 50.0 s | — | 2.00× | — |');
  });
});
