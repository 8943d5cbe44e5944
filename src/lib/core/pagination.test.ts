import { describe, expect, it } from 'vitest';
import { pageWindow, paginateList, parsePageSize } from './pagination.ts';

describe('paginateList', () => {
  it('splits a list into pages of the given size, the last one shorter', () => {
    const pages = paginateList([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((p) => p.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((p) => [p.page, p.pages, p.first, p.last, p.total])).toEqual([
      [1, 3, 1, 3, 7],
      [2, 3, 4, 6, 7],
      [3, 3, 7, 7, 7],
    ]);
  });

  it('keeps every item exactly once, in order', () => {
    const items = Array.from({ length: 1001 }, (_, i) => i);
    const pages = paginateList(items, 100);
    expect(pages).toHaveLength(11);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  it('gives an empty list one empty page, so its URL still exists', () => {
    expect(paginateList([], 100)).toEqual([{ items: [], page: 1, pages: 1, total: 0, first: 0, last: 0 }]);
  });

  it('refuses a page size that is not a whole number of 1 or more', () => {
    expect(() => paginateList([1], 0)).toThrow(RangeError);
    expect(() => paginateList([1], 1.5)).toThrow(RangeError);
  });
});

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 20, [1, 2, 3, 'gap', 20]],
    [6, 20, [1, 'gap', 4, 5, 6, 7, 8, 'gap', 20]],
    [4, 20, [1, 2, 3, 4, 5, 6, 'gap', 20]],
    [5, 20, [1, 2, 3, 4, 5, 6, 7, 'gap', 20]],
    [20, 20, [1, 'gap', 18, 19, 20]],
  ] as const)('page %i of %i', (page, pages, expected) => {
    expect(pageWindow(page, pages)).toEqual(expected);
  });
});

describe('parsePageSize', () => {
  it('uses the default when unset or empty, and reads whole numbers', () => {
    expect(parsePageSize(undefined, 'CLAIMS_PER_PAGE', 100)).toBe(100);
    expect(parsePageSize(' ', 'CLAIMS_PER_PAGE', 100)).toBe(100);
    expect(parsePageSize('25', 'CLAIMS_PER_PAGE', 100)).toBe(25);
  });

  it.each(['0', '-5', '2.5', 'ten', '1e3'])('rejects %s with a message naming the variable and the fix', (value) => {
    expect(() => parsePageSize(value, 'CLAIMS_PER_PAGE', 100)).toThrow(
      /CLAIMS_PER_PAGE=".*" is not a page size: write a whole number of 1 or more/,
    );
  });
});
