import { describe, expect, it } from 'vitest';
import { getWorldGeometry, keepIndices, latLngByIsoNumeric, toRelativePath } from './world-geometry.ts';

describe('keepIndices (Douglas–Peucker)', () => {
  it('drops points on a straight line and keeps corners and both ends', () => {
    const line = [
      [0, 0],
      [1, 0.1],
      [2, 0],
      [3, 0],
      [3, 3],
      [3.1, 4],
      [3, 5],
    ];
    expect(keepIndices(line, 0.5)).toEqual([0, 3, 6]); // (3,3) lies on the way from (3,0) to (3,5)
    expect(keepIndices(line, 0.01)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps a closed ring open at its farthest point rather than collapsing it', () => {
    expect(
      keepIndices(
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
        0.5,
      ),
    ).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('toRelativePath', () => {
  it('writes relative moves to a tenth of a pixel, dropping repeats and spare characters', () => {
    expect(toRelativePath('M10,20L15.5,25L15.5,25L10,19.8Z')).toBe('M10 20l5.5 5-5.5-5.2z');
    expect(toRelativePath('M-1.5,0.5L0,0ZM3,3L4,4Z')).toBe('M-1.5 .5l1.5-.5zM3 3l1 1z');
  });
});

describe('the world geometry', () => {
  const world = getWorldGeometry();

  it('has one shape per ISO code, without Antarctica, each a valid compact path', () => {
    const codes = world.shapes.flatMap((s) => (s.isoNumeric ? [s.isoNumeric] : []));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain('010');
    for (const s of world.shapes) expect(s.d, s.name).toMatch(/^(M-?[\d.]+[ -][\d.-]+(l[\d. -]+)?z)+$/);
  });

  it('keeps large countries recognisable and inside the frame', () => {
    const poland = world.shapes.find((s) => s.isoNumeric === '616')!;
    expect(poland.area).toBeGreaterThan(150);
    expect(poland.anchor[0]).toBeGreaterThan(world.width / 2);
    expect(world.height).toBeGreaterThan(world.width * 0.4);
    expect(world.height).toBeLessThan(world.width * 0.55);
  });

  it('has no shape for Tuvalu, whose position comes from world-countries instead', () => {
    expect(world.shapes.some((s) => s.isoNumeric === '798')).toBe(false);
    const point = world.project([latLngByIsoNumeric('798')![1], latLngByIsoNumeric('798')![0]]);
    expect(point).toBeDefined();
    expect(point![0]).toBeGreaterThan(world.width * 0.9); // 178° E
  });
});
