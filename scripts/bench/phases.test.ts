import { describe, expect, it } from 'vitest';
import { parseDuration, phasesFromText } from './phases.ts';
import { parseGnuTime, descendantsOf } from './run.ts';
import { median } from './report.ts';

describe('phasesFromText', () => {
  it('reads the phases of an Astro build log (colours and all)', () => {
    const log = [
      '$ node astro.mjs build',
      '06:03:26 \u001b[34m[treaty-ledger]\u001b[39m content integrity: OK (4 countries, 10000 claims) in 20094 ms',
      '06:03:38 [types] Generated 11.81s',
      ' generating static routes ',
      '06:04:30 ✓ Completed in 48.14s.',
      '06:04:30 [build] ✓ Completed in 52.09s.',
      '06:04:41 [treaty-ledger] search index: 12060 pages indexed in 8123 ms',
    ].join('\n');
    expect(phasesFromText(log)).toEqual({ checkMs: 20094, syncMs: 11810, renderMs: 48140, pagefindMs: 8123 });
  });

  it('leaves out what the log does not show', () => {
    expect(phasesFromText('[types] Generated 850ms')).toEqual({ syncMs: 850 });
  });
});

describe('parseDuration', () => {
  it.each([
    ['48.14s', 48140],
    ['1m 37s', 97000],
    ['850ms', 850],
    ['soon', undefined],
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms));
});

describe('parseGnuTime', () => {
  it('adds user and system time and converts kB', () => {
    expect(parseGnuTime('TIME 97.31 87.15 10.27 1501184\n')).toEqual({ cpuMs: 97420, maxRss: 1501184 * 1024 });
    expect(parseGnuTime('Command terminated by signal 9')).toEqual({ cpuMs: Number.NaN, maxRss: Number.NaN });
  });
});

describe('descendantsOf', () => {
  it('walks the process tree from parent ids', () => {
    const ppids = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
    ]);
    expect(descendantsOf(10, ppids).sort()).toEqual([10, 11, 12, 13]);
  });
});

describe('median', () => {
  it('takes the middle, or the mean of the two middles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
