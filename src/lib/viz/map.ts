/**
 * One treaty's world map as data: every state a shape (or a marker where the map cannot show it),
 * coloured by its status on a date, titled "Poland — withdrawal pending (effective 20 Feb 2026)"
 * and linked to its page. The component (src/components/viz/TreatyMap.astro) only draws this.
 *
 * Countries are matched by ISO 3166-1 numeric code (world-atlas ids ↔ `isoNumeric`). A state whose
 * shape is smaller than `markerArea` square pixels, or that has no shape at all (Tuvalu), is a
 * circle: at its shape's centroid, else at the `latlng` world-countries gives it.
 */
import type { IsoDate } from '../core/dates.ts';
import { STATUS_LABELS, type ParticipantFacts, type Status } from '../domain/status.ts';
import { describeStatusOn, statusTitle } from '../domain/status-text.ts';
import type { VizStatus } from './viz-status.ts';
import type { WorldGeometry } from './world-geometry.ts';

export interface MapCountry {
  id: string;
  name: string;
  isoNumeric: string;
}

export interface MapInput {
  geometry: WorldGeometry;
  /** Every state the ledger knows; those not in `participants` have not joined. */
  countries: readonly MapCountry[];
  participants: readonly { country: string; facts: ParticipantFacts }[];
  date: IsoDate;
  href: (countryId: string) => string;
  /** [latitude, longitude] of a state by ISO numeric code, for states without a shape. */
  latLng: (isoNumeric: string) => [number, number] | undefined;
  /** Shapes smaller than this (px²) become markers. */
  markerArea?: number;
  /** A state's region ("Europe"), to name the close-up. */
  regionOf?: (countryId: string) => string | undefined;
}

export type MapMark = { kind: 'path'; d: string } | { kind: 'marker'; cx: number; cy: number };

export interface MapItem {
  /** Ledger country id; undefined for areas without an entry. */
  country: string | undefined;
  name: string;
  status: VizStatus;
  title: string;
  href: string | undefined;
  mark: MapMark;
  /** How a ledger state was placed. */
  placed: 'shape' | 'marker-small' | 'marker-no-shape' | 'area';
  /** A point inside it (its largest part's centroid, or the marker): where a close-up looks for it. */
  at: [number, number];
}

/**
 * A close-up of the region where the treaty's story is: the states that have left it or are
 * leaving it on the date (the Ottawa Convention's exits: Estonia, Finland, Latvia, Lithuania and
 * Poland → Europe), with the items around them drawn again at a scale a finger can use.
 */
export interface CloseUp {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The region most of the story's states are in ("Europe"), when the map knows regions. */
  region: string | undefined;
  /** The story's states, by name. */
  story: string[];
  /** Every item with a point inside the frame (shapes reaching into it from outside are clipped). */
  items: MapItem[];
}

export interface LegendEntry {
  status: VizStatus;
  label: string;
  /** States with this status on the date (not counted for "none"). */
  count: number;
}

export interface TreatyMapModel {
  width: number;
  height: number;
  /** Shapes first, then markers (drawn on top), each group by name. */
  items: MapItem[];
  legend: LegendEntry[];
  /** Ledger states the map cannot place at all (no shape and no coordinates). */
  unplaced: string[];
  /** Undefined when nobody has left or is leaving, or the leavers lie too far apart for a close-up. */
  closeUp: CloseUp | undefined;
}

/** The close-up's frame: at least this wide (map px, of 960: the Baltic states 24 px tall on a phone) and at most this wide around the story. */
export const CLOSE_UP_MIN_WIDTH = 80;
export const CLOSE_UP_MAX_WIDTH = 320;
const CLOSE_UP_STATUSES: readonly VizStatus[] = ['withdrawn', 'withdrawal-pending'];

export const DEFAULT_MARKER_AREA = 10;
/** Legend order: in, leaving, out, then the ones on the way in, then the rest. */
export const LEGEND_ORDER: readonly Status[] = [
  'party',
  'withdrawal-pending',
  'withdrawn',
  'consented',
  'signatory',
  'not-joined',
];
/** Areas without an entry smaller than this are left off: a speck nobody can point at or read. */
const MIN_AREA_WITHOUT_ENTRY = 1;
export const NONE_LABEL = 'No ledger entry (territory or disputed area)';

export function buildTreatyMap(input: MapInput): TreatyMapModel {
  const { geometry } = input;
  const markerArea = input.markerArea ?? DEFAULT_MARKER_AREA;
  const facts = new Map(input.participants.map((p) => [p.country, p.facts]));
  const byIso = new Map(input.countries.map((c) => [c.isoNumeric, c]));
  for (const id of facts.keys()) {
    if (!input.countries.some((c) => c.id === id))
      throw new Error(`Map: participant "${id}" is not among the countries`);
  }

  const shapes: MapItem[] = [];
  const markers: MapItem[] = [];
  const placedIds = new Set<string>();
  for (const shape of geometry.shapes) {
    const country = shape.isoNumeric ? byIso.get(shape.isoNumeric) : undefined;
    if (!country) {
      if (shape.area < MIN_AREA_WITHOUT_ENTRY) continue;
      shapes.push({
        country: undefined,
        name: shape.name,
        status: 'none',
        title: `${shape.name} — no ledger entry`,
        href: undefined,
        mark: { kind: 'path', d: shape.d },
        placed: 'area',
        at: shape.anchor,
      });
      continue;
    }
    placedIds.add(country.id);
    const small = shape.area < markerArea;
    const item = itemFor(
      country,
      facts.get(country.id),
      input,
      small ? { kind: 'marker', cx: shape.anchor[0], cy: shape.anchor[1] } : { kind: 'path', d: shape.d },
      small ? 'marker-small' : 'shape',
      shape.anchor,
    );
    (small ? markers : shapes).push(item);
  }

  const unplaced: string[] = [];
  for (const country of input.countries) {
    if (placedIds.has(country.id)) continue;
    const latLng = input.latLng(country.isoNumeric);
    const point = latLng ? geometry.project([latLng[1], latLng[0]]) : undefined;
    if (!point) {
      unplaced.push(country.id);
      continue;
    }
    markers.push(
      itemFor(
        country,
        facts.get(country.id),
        input,
        { kind: 'marker', cx: point[0], cy: point[1] },
        'marker-no-shape',
        point,
      ),
    );
  }

  const byName = (a: MapItem, b: MapItem) => a.name.localeCompare(b.name, 'en');
  const items = [...shapes.sort(byName), ...markers.sort(byName)];
  // "Treaty ended" is named only on the maps of treaties that have ended (INF, New START).
  const ends = input.participants.some((p) => p.facts.treatyEnded);
  const legend: LegendEntry[] = [...LEGEND_ORDER, ...(ends ? (['treaty-ended'] as const) : [])].map((status) => ({
    status,
    label: STATUS_LABELS[status],
    count: items.filter((i) => i.status === status).length,
  }));
  if (items.some((i) => i.status === 'none')) legend.push({ status: 'none', label: NONE_LABEL, count: 0 });
  const closeUp = closeUpOf(items, geometry.width, geometry.height, input.regionOf);
  return { width: geometry.width, height: geometry.height, items, legend, unplaced, closeUp };
}

/** The frame around the states that left or are leaving, 4:3, kept inside the map; see CloseUp. */
export function closeUpOf(
  items: readonly MapItem[],
  mapWidth: number,
  mapHeight: number,
  regionOf?: (countryId: string) => string | undefined,
): CloseUp | undefined {
  // A state too big to need a close-up (Russia, leaving the CFE Treaty) does not set the frame.
  const small = (i: MapItem) => {
    if (i.mark.kind !== 'path') return true;
    const [bx0, , bx1] = pathBox(i.mark.d);
    return bx1 - bx0 < CLOSE_UP_MIN_WIDTH / 2;
  };
  const story = items.filter((i) => i.country && CLOSE_UP_STATUSES.includes(i.status) && small(i));
  if (story.length === 0) return undefined;
  const xs = story.map((i) => i.at[0]);
  const ys = story.map((i) => i.at[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = Math.max(CLOSE_UP_MIN_WIDTH, (x1 - x0) * 1.6, ((y1 - y0) * 1.6 * 4) / 3);
  if (width > CLOSE_UP_MAX_WIDTH) return undefined;
  const height = (width * 3) / 4;
  const clamp = (v: number, size: number, max: number) => Math.min(Math.max(0, v), max - size);
  const x = round(clamp((x0 + x1) / 2 - width / 2, width, mapWidth));
  const y = round(clamp((y0 + y1) / 2 - height / 2, height, mapHeight));
  const inside = (i: MapItem) => i.at[0] >= x && i.at[0] <= x + width && i.at[1] >= y && i.at[1] <= y + height;
  // Neighbours whose centre lies outside (Russia, for the Baltics) still belong in the picture.
  const near = (i: MapItem) => {
    if (i.mark.kind !== 'path') return false;
    const [bx0, by0, bx1, by1] = pathBox(i.mark.d);
    return bx1 >= x && bx0 <= x + width && by1 >= y && by0 <= y + height;
  };
  const regions = new Map<string, number>();
  for (const i of story) {
    const r = i.country && regionOf?.(i.country);
    if (r) regions.set(r, (regions.get(r) ?? 0) + 1);
  }
  const region = [...regions].sort((a, b) => b[1] - a[1])[0]?.[0];
  return {
    x,
    y,
    width: round(width),
    height: round(height),
    region,
    story: story.map((i) => i.name).sort((a, b) => a.localeCompare(b, 'en')),
    items: items.filter((i) => inside(i) || near(i)),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The bounding box [x0, y0, x1, y1] of an SVG path made of M/m, L/l, H/h, V/v and Z/z (world-geometry.ts writes these). */
export function pathBox(d: string): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let [cx, cy, sx, sy] = [0, 0, 0, 0];
  let command = 'M';
  let args: number[] = [];
  const see = () => {
    box[0] = Math.min(box[0], cx);
    box[1] = Math.min(box[1], cy);
    box[2] = Math.max(box[2], cx);
    box[3] = Math.max(box[3], cy);
  };
  for (const [, letter, number] of d.matchAll(/([MmLlHhVvZz])|(-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?)/g)) {
    if (letter) {
      command = letter;
      args = [];
      if (letter === 'Z' || letter === 'z') [cx, cy] = [sx, sy];
      continue;
    }
    args.push(Number(number));
    const rel = command === command.toLowerCase();
    const c = command.toUpperCase();
    if (c === 'H' || c === 'V') {
      const v = args.pop()!;
      if (c === 'H') cx = rel ? cx + v : v;
      else cy = rel ? cy + v : v;
      see();
    } else if (args.length === 2) {
      const [ax, ay] = args as [number, number];
      args = [];
      [cx, cy] = rel ? [cx + ax, cy + ay] : [ax, ay];
      if (c === 'M') {
        [sx, sy] = [cx, cy];
        command = rel ? 'l' : 'L';
      }
      see();
    }
  }
  return box;
}

function itemFor(
  country: MapCountry,
  facts: ParticipantFacts | undefined,
  input: MapInput,
  mark: MapMark,
  placed: MapItem['placed'],
  at: [number, number],
): MapItem {
  const description = describeStatusOn(facts, input.date);
  return {
    country: country.id,
    name: country.name,
    status: description.status satisfies Status,
    title: statusTitle(country.name, description),
    href: input.href(country.id),
    mark,
    placed,
    at,
  };
}
