import { describe, expect, it } from 'vitest';
import { baselineOf, baselinesOf, parseArgs, variantsOf } from '../bench.ts';

describe('npm run bench options', () => {
  it('reads sizes, processors and switches', () => {
    const o = parseArgs([
      '--claims',
      '1000,10k',
      '--briefings',
      '500',
      '--processors',
      'unified,satteri',
      '--no-bare',
      '--runs',
      '3',
      '--heap',
      '16000',
    ]);
    expect(o).toMatchObject({
      claims: [1000, 10000],
      briefings: 500,
      processors: ['unified', 'satteri'],
      bare: false,
      warmup: true,
      runs: 3,
      heap: 16000,
    });
  });

  it('has defaults: 1,000 claims, 50 briefings, the configured processor, with the baseline', () => {
    expect(parseArgs([])).toMatchObject({
      claims: [1000],
      briefings: 50,
      processors: ['config'],
      bare: true,
      bareFlags: true,
      warmup: true,
      runs: 1,
      workers: [0],
      concurrency: [1],
      incremental: false,
    });
  });

  it('reads build.concurrency values and names one site build per thread count and concurrency', () => {
    const o = parseArgs(['--workers', '0,2', '--concurrency', '1,4']);
    expect(o.concurrency).toEqual([1, 4]);
    expect(variantsOf(o).map((v) => [v.label, v.workers, v.concurrency])).toEqual([
      ['config, BUILD_WORKERS=0, BUILD_CONCURRENCY=1', 0, 1],
      ['config, BUILD_WORKERS=0, BUILD_CONCURRENCY=4', 0, 4],
      ['config, BUILD_WORKERS=2, BUILD_CONCURRENCY=1', 2, 1],
      ['config, BUILD_WORKERS=2, BUILD_CONCURRENCY=4', 2, 4],
    ]);
    expect(variantsOf(parseArgs(['--concurrency', '2'])).map((v) => v.label)).toEqual(['config, BUILD_CONCURRENCY=2']);
    for (const bad of ['0', '65', 'two'])
      expect(() => parseArgs(['--concurrency', bad]), bad).toThrow(/--concurrency: "/);
  });

  it('builds the default baseline per concurrency and the flagged one per thread count and concurrency, and pairs each site build with its own', () => {
    const o = parseArgs(['--workers', '0,2', '--concurrency', '1,2']);
    const baselines = baselinesOf(o);
    expect(baselines.map((b) => b.label)).toEqual([
      'bare Astro, BUILD_CONCURRENCY=1',
      'bare Astro, BUILD_CONCURRENCY=2',
      'bare Astro, same flags, BUILD_WORKERS=0, BUILD_CONCURRENCY=1',
      'bare Astro, same flags, BUILD_WORKERS=0, BUILD_CONCURRENCY=2',
      'bare Astro, same flags, BUILD_WORKERS=2, BUILD_CONCURRENCY=1',
      'bare Astro, same flags, BUILD_WORKERS=2, BUILD_CONCURRENCY=2',
    ]);
    const twoThreadsTwoPages = variantsOf(o).find((v) => v.workers === 2 && v.concurrency === 2);
    expect(twoThreadsTwoPages && baselineOf(twoThreadsTwoPages, baselines, false)?.label).toBe(
      'bare Astro, BUILD_CONCURRENCY=2',
    );
    expect(twoThreadsTwoPages && baselineOf(twoThreadsTwoPages, baselines, true)).toMatchObject({
      flags: true,
      workers: 2,
      concurrency: 2,
    });
    expect(baselinesOf(parseArgs([])).map((b) => b.label)).toEqual(['bare Astro', 'bare Astro, same flags']);
    expect(baselinesOf(parseArgs(['--no-bare-flags'])).map((b) => b.label)).toEqual(['bare Astro']);
    expect(baselinesOf(parseArgs(['--no-bare']))).toEqual([]);
    const [site] = variantsOf(parseArgs([]));
    expect(site && baselineOf(site, baselinesOf(parseArgs(['--no-bare-flags'])), true)).toBeUndefined();
  });

  it('reads rendering threads and the one-claim rebuild, and names one site build per processor and thread count', () => {
    const o = parseArgs(['--workers', '0,2', '--incremental', '--processors', 'config,unified']);
    expect(o).toMatchObject({ workers: [0, 2], incremental: true });
    expect(variantsOf(o).map((v) => v.label)).toEqual([
      'config, BUILD_WORKERS=0',
      'config, BUILD_WORKERS=2',
      'unified, BUILD_WORKERS=0',
      'unified, BUILD_WORKERS=2',
    ]);
    expect(variantsOf(parseArgs([])).map((v) => v.label)).toEqual(['config']);
    expect(() => parseArgs(['--workers', '17'])).toThrow(/more rendering threads than BUILD_WORKERS allows/);
  });

  it('refuses what it does not know', () => {
    expect(() => parseArgs(['--claim', '5'])).toThrow(/unknown option --claim/);
    expect(() => parseArgs(['--processors', 'remark'])).toThrow(/not one of config, unified, satteri/);
    expect(() => parseArgs(['--claims', 'many'])).toThrow(/not a whole number/);
    expect(() => parseArgs(['--claims'])).toThrow(/needs a value/);
  });
});
