/**
 * Long lists split into pages of a fixed size, so a list page stays small on a phone whatever
 * the size of the database (10,000 claims on one page would be about 5 MB of HTML).
 */

/** Claims per list page unless CLAIMS_PER_PAGE says otherwise. */
export const DEFAULT_CLAIMS_PER_PAGE = 100;

/**
 * A page size from an environment variable: unset or empty gives the default; anything but a
 * whole number from 1 up is an error that says what to write (never a silent fallback).
 */
export function parsePageSize(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const text = value.trim();
  if (!/^[1-9][0-9]*$/.test(text)) {
    throw new Error(
      `${name}="${value}" is not a page size: write a whole number of 1 or more (for example ${name}=${fallback}), or leave it unset for ${fallback}.`,
    );
  }
  return Number(text);
}

/** One page of a list. `page` counts from 1; `first` and `last` are 1-based positions in the list. */
export interface ListPage<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
  first: number;
  last: number;
}

/** Every page of a list, in order. An empty list still has one (empty) page, so its URL exists. */
export function paginateList<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Page size must be a whole number ≥ 1, got ${size}`);
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      items: slice,
      page: i + 1,
      pages,
      total: items.length,
      first: slice.length ? i * size + 1 : 0,
      last: i * size + slice.length,
    };
  });
}

/**
 * Page numbers to link from page `page` of `pages`: the first and last, and `radius` either side
 * of the current one, with "gap" where numbers are left out (1 … 4 5 6 7 8 … 20). A gap is only
 * used for two or more numbers; a single missing number is shown instead.
 */
export function pageWindow(page: number, pages: number, radius = 2): (number | 'gap')[] {
  const shown = new Set<number>([1, pages]);
  for (let n = page - radius; n <= page + radius; n++) if (n >= 1 && n <= pages) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const n of sorted) {
    const prev = out.at(-1);
    if (typeof prev === 'number' && n - prev === 2) out.push(prev + 1);
    else if (typeof prev === 'number' && n - prev > 2) out.push('gap');
    out.push(n);
  }
  return out;
}
