/**
 * Layout of the membership-over-time chart: step lines for contracting states (ratifications while
 * the treaty is not in force), parties and signatories,
 * withdrawals marked and labelled, and the data behind it as tables. Pure: the component draws
 * exactly what this returns, and tests read the numbers here.
 */
import { formatDateShort, toDayNumber, type IsoDate } from '../core/dates.ts';
import {
  round1,
  scaleLinear,
  scaleTime,
  spreadVertically,
  stackRows,
  stepPath,
  textWidth,
  valueTicks,
  yearTicks,
} from './chart.ts';
import { pointOn, yearEndRows, type MembershipPoint, type WithdrawalMark } from './membership-series.ts';
import { STATUS_LABELS } from '../domain/status.ts';

export type LineKey = 'bound' | 'parties' | 'signatories';

export const LINE_LABELS: Record<LineKey, [one: string, many: string]> = {
  bound: ['contracting state', 'contracting states'],
  parties: ['party', 'parties'],
  signatories: ['signatory only', 'signatories only'],
};

/** The line labels for a treaty: a treaty not in force has no parties, and its contracting states are its ratifications. */
export function lineLabels(inForce: boolean): Record<LineKey, [one: string, many: string]> {
  return inForce ? LINE_LABELS : { ...LINE_LABELS, bound: ['ratification', 'ratifications'] };
}

export interface ChartOptions {
  from: IsoDate;
  to: IsoDate;
  width?: number;
  names: (countryId: string) => string;
  /** First day of the "every change" table (default: 1 January two years before `to`). */
  changesSince?: IsoDate;
  /** Whether the treaty is in force on `to` (default true): if not, the first line counts ratifications. */
  inForce?: boolean;
  /**
   * A phone's layout (with a width of about 288): no labels at the line ends (the legend under the
   * chart names the lines) and withdrawals labelled by their date only (the list under the chart
   * says who), so the text keeps its 12 px instead of being scaled down with a wide drawing.
   */
  compact?: boolean;
}

/** The width of the compact layout: a 320 px phone's column, so its 12 px text is never drawn smaller. */
export const COMPACT_WIDTH = 288;

export interface MembershipChartModel {
  from: IsoDate;
  to: IsoDate;
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  lines: { key: LineKey; d: string; label: string; labelY: number; endY: number }[];
  marks: {
    kind: WithdrawalMark['kind'];
    x: number;
    y: number;
    labelX: number;
    labelY: number;
    anchor: 'start' | 'end';
    label: string;
    /** The whole label ("27 Dec 2025: Estonia, Latvia and Lithuania withdraw"), in the compact layout's list. */
    text: string;
    leader: string;
  }[];
  compact: boolean;
  /** For the "as of" control: where the date range sits on the x axis. */
  axis: { day0: number; day1: number; x0: number; x1: number };
  summary: string;
  last: MembershipPoint;
  yearly: MembershipPoint[];
  changes: { point: MembershipPoint; text: string }[];
  changesSince: IsoDate;
}

const FONT = 12;
const ROW = 15;

export function withdrawalLabel(mark: WithdrawalMark, names: (id: string) => string): string {
  const who = listNames(mark.countries.map(names));
  if (mark.kind === 'effective')
    return `${formatDateShort(mark.date)}: ${who} ${mark.countries.length === 1 ? 'withdraws' : 'withdraw'}`;
  const effective = mark.effective ? `, effective ${formatDateShort(mark.effective)}` : '';
  return `${formatDateShort(mark.date)}: ${who} ${mark.countries.length === 1 ? 'gives' : 'give'} notice${effective}`;
}

function listNames(names: string[]): string {
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en'));
  return sorted.length <= 1 ? (sorted[0] ?? '') : `${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}`;
}

export function count(n: number, key: LineKey, inForce = true): string {
  return `${n} ${lineLabels(inForce)[key][n === 1 ? 0 : 1]}`;
}

export function layoutMembershipChart(
  series: readonly MembershipPoint[],
  marks: readonly WithdrawalMark[],
  options: ChartOptions,
): MembershipChartModel {
  const { from, to, names } = options;
  const width = options.width ?? 720;
  const last = pointOn(series, to);
  if (!last) throw new Error(`Membership chart: no data on or before ${to}`);
  const keys = (['bound', 'parties', 'signatories'] as const).filter((k) => series.some((p) => p[k] > 0));
  const max = Math.max(1, ...series.flatMap((p) => keys.map((k) => p[k])));
  const { ticks, top } = valueTicks(max);

  const left = 40;
  const inForce = options.inForce ?? true;
  const compact = options.compact ?? false;
  const right = compact
    ? width - 10
    : width - 12 - Math.max(...keys.map((k) => textWidth(count(last[k], k, inForce), FONT)));
  const x = scaleTime(from, to, left, right);
  const labels = marks.map((m) => (compact ? formatDateShort(m.date) : withdrawalLabel(m, names)));
  // Labels that would run off the right edge end together just left of the leftmost such mark,
  // and reach their marks by elbow lines, so no leader crosses another label's text.
  const overflowing = marks.map((m, i) => x(m.date) + textWidth(labels[i] ?? '', FONT) > width - 4);
  const endX = Math.min(Infinity, ...marks.filter((_, i) => overflowing[i]).map((m) => x(m.date))) - 6;
  const extents = marks.map((m, i) => {
    const w = textWidth(labels[i] ?? '', FONT);
    const mx = x(m.date);
    const anchor: 'start' | 'end' = overflowing[i] ? 'end' : 'start';
    const lx = anchor === 'end' ? round1(endX) : mx;
    return { anchor, mx, lx, left: anchor === 'end' ? lx - w : lx, right: anchor === 'end' ? mx : lx + w };
  });
  // Later marks first, so the rightmost label takes the top row and leaders do not cross labels.
  const order = extents.map((_, i) => i).reverse();
  const rowsInOrder = stackRows(order.map((i) => extents[i]!));
  const rows: number[] = [];
  order.forEach((i, k) => (rows[i] = rowsInOrder[k] ?? 0));
  const rowCount = Math.max(0, ...rows.map((r) => r + 1));
  const plotTop = 12 + rowCount * ROW;
  const plotBottom = plotTop + 200;
  const y = scaleLinear(0, top, plotBottom, plotTop);

  const lines = keys.map((key) => ({
    key,
    d: stepPath(
      series.map((p) => ({ x: x(p.date), y: y(p[key]) })),
      right,
    ),
    endY: y(last[key]),
    label: count(last[key], key, inForce),
    labelY: 0,
  }));
  const spread = spreadVertically(
    lines.map((l) => l.endY + 4),
    FONT + 2,
  );
  lines.forEach((l, i) => (l.labelY = round1(spread[i] ?? l.endY)));

  const changesSince = options.changesSince ?? (`${Number(to.slice(0, 4)) - 2}-01-01` as IsoDate);
  return {
    from,
    to,
    width,
    compact,
    height: plotBottom + 28,
    plot: { left, top: plotTop, right, bottom: plotBottom },
    yTicks: ticks.map((v) => ({ y: y(v), label: String(v) })),
    xTicks: yearTicks(from, to, Math.floor((right - left) / 60)).map((d) => ({ x: x(d), label: d.slice(0, 4) })),
    lines,
    marks: marks.map((m, i) => {
      const e = extents[i]!;
      const text = withdrawalLabel(m, names);
      const value = pointOn(series, m.date)?.bound ?? 0;
      const labelY = 12 + (rows[i] ?? 0) * ROW - 2;
      const leader =
        e.anchor === 'end'
          ? `M${round1(e.lx + 3)} ${labelY - 4}H${e.mx}V${plotBottom}`
          : `M${e.mx} ${labelY + 3}V${plotBottom}`;
      return {
        kind: m.kind,
        x: e.mx,
        y: y(value),
        labelX: e.lx,
        labelY,
        anchor: e.anchor,
        label: labels[i] ?? '',
        text,
        leader,
      };
    }),
    axis: { day0: toDayNumber(from), day1: toDayNumber(to), x0: left, x1: right },
    summary: `${keys.map((k) => count(last[k], k, inForce)).join(', ')} on ${formatDateShort(to)}.`,
    last,
    yearly: yearEndRows(series, to),
    changes: series
      .filter((p) => p.date >= changesSince && p.changes.length)
      .map((point) => ({
        point,
        text: point.changes
          .map(
            (c) => `${names(c.country)}: ${STATUS_LABELS[c.from].toLowerCase()} → ${STATUS_LABELS[c.to].toLowerCase()}`,
          )
          .sort((a, b) => a.localeCompare(b, 'en'))
          .join('; '),
      })),
    changesSince,
  };
}
