/**
 * Small helpers for charts drawn at build time as SVG: scales over calendar dates, tick choices,
 * step paths and label stacking. Dates stay strings; day numbers come from dates.ts.
 */
import { toDayNumber, type IsoDate } from '../core/dates.ts';

export const round1 = (n: number): number => Math.round(n * 10) / 10;

export function scaleLinear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => round1(r0 + (v - d0) * k);
}

/** Maps dates to x positions, linear in days. */
export function scaleTime(from: IsoDate, to: IsoDate, x0: number, x1: number): (date: IsoDate) => number {
  const scale = scaleLinear(toDayNumber(from), toDayNumber(to), x0, x1);
  return (date) => scale(toDayNumber(date));
}

/** The smallest "round" number (1, 2, 2.5 or 5 times a power of ten) at or above n. */
export function niceCeiling(n: number): number {
  if (n <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= n) ?? 10;
  return step * power;
}

/** About `count` evenly spaced round ticks from 0 to at least max, and the axis top. */
export function valueTicks(max: number, count = 5): { ticks: number[]; top: number } {
  const step = niceCeiling(Math.max(max, 1) / count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(v);
  return { ticks, top };
}

/** First days of years between two dates, every 1, 2, 5 or 10 years so there are at most maxTicks. */
export function yearTicks(from: IsoDate, to: IsoDate, maxTicks: number): IsoDate[] {
  const first = Number(from.slice(0, 4)) + (from.slice(5) === '01-01' ? 0 : 1);
  const last = Number(to.slice(0, 4));
  const span = Math.max(1, last - first + 1);
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(span / s) <= maxTicks) ?? 50;
  const ticks: IsoDate[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(`${y}-01-01` as IsoDate);
  return ticks;
}

/** A step line (value holds until the next point), carried on to xEnd. */
export function stepPath(points: readonly { x: number; y: number }[], xEnd: number): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${round1(first.x)} ${round1(first.y)}`;
  let y = first.y;
  for (const p of rest) {
    d += `H${round1(p.x)}`;
    if (p.y !== y) d += `V${round1(p.y)}`;
    y = p.y;
  }
  return `${d}H${round1(xEnd)}`;
}

/** A rough width of a label in pixels (sans-serif, average glyph ≈ 0.55 em). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.55;
}

/**
 * Stacks labels into rows so none overlaps another in its row: each goes into the first row where
 * it clears the previous label by `gap`. Items are [left, right] extents in x, in drawing order.
 */
export function stackRows(items: readonly { left: number; right: number }[], gap = 6): number[] {
  const rowEnds: number[] = [];
  return items.map(({ left, right }) => {
    let row = rowEnds.findIndex((end) => left >= end + gap);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(right);
    } else rowEnds[row] = right;
    return row;
  });
}

/** Spreads labels vertically so that none sits closer than `gap` to the one above (line ends). */
export function spreadVertically(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = [...ys];
  let last = -Infinity;
  for (const { y, i } of order) {
    const placed = Math.max(y, last + gap);
    out[i] = placed;
    last = placed;
  }
  return out;
}
