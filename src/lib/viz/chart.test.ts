import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import { niceCeiling, scaleTime, spreadVertically, stackRows, stepPath, valueTicks, yearTicks } from './chart.ts';

describe('chart helpers', () => {
  it('scales dates linearly in days', () => {
    const x = scaleTime(d('2000-01-01'), d('2000-01-11'), 0, 100);
    expect([x(d('2000-01-01')), x(d('2000-01-06')), x(d('2000-01-11'))]).toEqual([0, 50, 100]);
  });

  it('rounds axis tops up to round numbers', () => {
    expect([niceCeiling(7), niceCeiling(23), niceCeiling(162), niceCeiling(0.3)]).toEqual([10, 25, 200, 0.5]);
    expect(valueTicks(162)).toEqual({ ticks: [0, 50, 100, 150, 200], top: 200 });
    expect(valueTicks(112)).toEqual({ ticks: [0, 25, 50, 75, 100, 125], top: 125 });
    expect(valueTicks(0).top).toBeGreaterThan(0);
  });

  it('picks year ticks that fit', () => {
    expect(yearTicks(d('1997-12-03'), d('2026-02-03'), 8)).toEqual([
      '2000-01-01',
      '2005-01-01',
      '2010-01-01',
      '2015-01-01',
      '2020-01-01',
      '2025-01-01',
    ]);
    expect(yearTicks(d('2024-01-01'), d('2026-02-03'), 8)).toEqual(['2024-01-01', '2025-01-01', '2026-01-01']);
  });

  it('draws steps that hold each value until the next change', () => {
    expect(
      stepPath(
        [
          { x: 0, y: 10 },
          { x: 5, y: 8 },
          { x: 7, y: 8 },
        ],
        9,
      ),
    ).toBe('M0 10H5V8H7H9');
    expect(stepPath([], 9)).toBe('');
  });

  it('stacks overlapping labels into rows and spreads close line labels apart', () => {
    expect(
      stackRows([
        { left: 0, right: 50 },
        { left: 30, right: 80 },
        { left: 60, right: 90 },
        { left: 100, right: 120 },
      ]),
    ).toEqual([0, 1, 0, 0]);
    expect(spreadVertically([10, 12, 40], 10)).toEqual([10, 20, 40]);
  });
});
