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
}

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
      itemFor(country, facts.get(country.id), input, { kind: 'marker', cx: point[0], cy: point[1] }, 'marker-no-shape'),
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
  return { width: geometry.width, height: geometry.height, items, legend, unplaced };
}

function itemFor(
  country: MapCountry,
  facts: ParticipantFacts | undefined,
  input: MapInput,
  mark: MapMark,
  placed: MapItem['placed'],
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
  };
}
