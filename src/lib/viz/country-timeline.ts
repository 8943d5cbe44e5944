/**
 * One country's treaty history on one time axis: a lane per treaty with its status over time
 * (bands) and its events (signature, consent, entry into force, withdrawal, domestic steps), plus
 * the same events as a dated list — the list is what screen readers and search read; the lanes
 * are the picture of it.
 */
import { addDays, dateRange, formatDateShort, parsePartialDate, type IsoDate } from '../core/dates.ts';
import { round1, scaleTime, yearTicks } from './chart.ts';
import type { LedgerEvent } from '../ledger/ledger.ts';
import { factDates } from './membership-series.ts';
import { getStatusOn, STATUS_LABELS, type ParticipantFacts, type Status } from '../domain/status.ts';

export interface StatusBand {
  from: IsoDate;
  /** Exclusive end: the day the next status begins (or the end of the axis). */
  to: IsoDate;
  status: Status;
}

/** Consecutive periods of one status between `from` and `to`, leaving out "not joined". */
export function statusBands(facts: ParticipantFacts, from: IsoDate, to: IsoDate): StatusBand[] {
  const dates = [...new Set([from, ...factDates(facts).filter((d) => d > from && d < to)])].sort();
  const bands: StatusBand[] = [];
  dates.forEach((date, i) => {
    const status = getStatusOn(facts, date).status;
    const end = dates[i + 1] ?? to;
    const prev = bands.at(-1);
    if (prev && prev.status === status) prev.to = end;
    else bands.push({ from: date, to: end, status });
  });
  return bands.filter((b) => b.status !== 'not-joined');
}

/** Cuts the band that spans `day` in two, so the part from `day` on can be drawn as scheduled. */
export function splitAt(bands: readonly StatusBand[], day: IsoDate): StatusBand[] {
  return bands.flatMap((b) =>
    b.from < day && day < b.to
      ? [
          { ...b, to: day },
          { ...b, from: day },
        ]
      : [b],
  );
}

/** The first full day a possibly partial date ("2025-07") can mean. */
export function startOf(date: string): IsoDate {
  const parsed = parsePartialDate(date);
  if (!parsed.ok) throw new Error(`Timeline: invalid date ${date}`);
  return dateRange(parsed.value).start;
}

export interface TimelineInput {
  participations: readonly { treaty: string; facts: ParticipantFacts }[];
  events: readonly LedgerEvent[];
  treatyName: (id: string) => string;
  asOf: IsoDate;
  width?: number;
}

export interface TimelineModel {
  width: number;
  height: number;
  from: IsoDate;
  to: IsoDate;
  asOfX: number;
  xTicks: { x: number; label: string }[];
  lanes: {
    treaty: string;
    name: string;
    /** The lane in words: "Ottawa Convention: signatory from 4 Dec 1997, …, withdrawn from 20 Feb 2026 (scheduled)." */
    summary: string;
    labelY: number;
    barY: number;
    /** Periods after the as-of date are `scheduled`: what recorded notices and rules imply. */
    bands: { x: number; width: number; status: Status; title: string; scheduled: boolean }[];
    events: { x: number; kind: LedgerEvent['kind']; title: string; scheduled: boolean }[];
  }[];
  /** Events by year, oldest first; `scheduled` for those after the as-of date. */
  years: { year: string; events: (LedgerEvent & { scheduled: boolean })[] }[];
}

const LANE = 34;
const BAR = 10;

export function buildCountryTimeline(input: TimelineInput): TimelineModel {
  const width = input.width ?? 720;
  const starts = input.events.map((e) => startOf(e.date));
  const first = starts.reduce((a, b) => (b < a ? b : a), input.asOf);
  const last = starts.reduce((a, b) => (b > a ? b : a), input.asOf);
  const from = `${first.slice(0, 4)}-01-01` as IsoDate;
  const to = addDays(last, 60);
  const left = 8;
  const right = width - 8;
  const x = scaleTime(from, to, left, right);

  const lanes = input.participations.map((p, i) => {
    const top = 8 + i * LANE;
    const events = input.events.filter((e) => e.treaty === p.treaty);
    const periods = statusBands(p.facts, from, to).map(
      (b) =>
        `${STATUS_LABELS[b.status].toLowerCase()} from ${formatDateShort(b.from)}${b.from > input.asOf ? ' (scheduled)' : ''}`,
    );
    return {
      treaty: p.treaty,
      name: input.treatyName(p.treaty),
      summary: `${input.treatyName(p.treaty)}: ${periods.length ? periods.join(', ') : 'no status on record'}.`,
      labelY: top + 12,
      barY: top + 17,
      bands: splitAt(statusBands(p.facts, from, to), addDays(input.asOf, 1)).map((b) => ({
        x: x(b.from),
        width: round1(Math.max(1, x(b.to) - x(b.from))),
        status: b.status,
        scheduled: b.from > input.asOf,
        title: `${STATUS_LABELS[b.status]}: ${b.to >= to ? `from ${formatDateShort(b.from)}` : `${formatDateShort(b.from)} – ${formatDateShort(b.to)}`}${b.from > input.asOf ? ' (scheduled)' : ''}`,
      })),
      events: events.map((e) => ({
        x: x(startOf(e.date)),
        kind: e.kind,
        title: `${formatDateShort(e.date)}: ${e.title}`,
        scheduled: startOf(e.date) > input.asOf,
      })),
    };
  });

  const years = new Map<string, (LedgerEvent & { scheduled: boolean })[]>();
  const sorted = [...input.events].sort(
    (a, b) => startOf(a.date).localeCompare(startOf(b.date)) || a.id.localeCompare(b.id),
  );
  for (const e of sorted) {
    const year = e.date.slice(0, 4);
    const list = years.get(year) ?? [];
    list.push({ ...e, scheduled: startOf(e.date) > input.asOf });
    years.set(year, list);
  }

  return {
    width,
    height: 8 + lanes.length * LANE + 22,
    from,
    to,
    asOfX: x(input.asOf),
    xTicks: yearTicks(from, to, Math.floor((right - left) / 60)).map((d) => ({ x: x(d), label: d.slice(0, 4) })),
    lanes,
    years: [...years].map(([year, events]) => ({ year, events })),
  };
}

export { BAR as TIMELINE_BAR_HEIGHT };
