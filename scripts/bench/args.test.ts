import { describe, expect, it } from 'vitest';
import { parseArgs, variantsOf } from '../bench.ts';

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
      warmup: true,
      runs: 1,
      workers: [0],
      incremental: false,
    });
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
