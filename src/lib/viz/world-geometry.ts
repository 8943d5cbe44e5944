/**
 * The world map's shapes, computed once per build from world-atlas's 50m countries (Natural Earth):
 * projected (Equal Earth), simplified and written as compact relative SVG paths, one per ISO code.
 *
 * Why 50m and not 110m: the 110m file lacks about 28 small treaty parties. Why our own
 * simplification: a path per country at full 50m detail is ~150 KB gzip per map; dropping points
 * that move the outline by less than a third of a pixel (Douglas–Peucker on the projected arcs,
 * before the arcs are stitched into countries, so neighbours keep sharing their borders) and
 * islands under a square pixel brings it to ~25 KB. No resampling (precision 0): the simplified
 * points are joined by straight lines, exactly as they were judged.
 */
import { geoArea, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import atlas from 'world-atlas/countries-50m.json' with { type: 'json' };
import worldCountries from 'world-countries';

export interface WorldShape {
  /** ISO 3166-1 numeric code as world-atlas gives it; undefined for areas without one (Kosovo, Somaliland). */
  isoNumeric: string | undefined;
  /** Natural Earth's short name, for areas the ledger has no entry for. */
  name: string;
  /** Relative SVG path data, coordinates to 0.1 px. */
  d: string;
  /** Projected area in square pixels (after simplification). */
  area: number;
  /** Where a marker for this shape goes: the centroid of its largest polygon. */
  anchor: [number, number];
}

export interface WorldGeometry {
  width: number;
  height: number;
  shapes: WorldShape[];
  /** Projects [longitude, latitude] to map coordinates (for states without a shape). */
  project(lonLat: [number, number]): [number, number] | undefined;
}

export interface GeometryOptions {
  width: number;
  /** Largest distance, in pixels, a dropped point may lie from the simplified outline. */
  tolerance: number;
  /** Islands and exclaves smaller than this (px²) are dropped, unless they are a shape's largest part. */
  minPolygonArea: number;
  /** ISO numeric codes left off the map. */
  exclude: readonly string[];
}

export const MAP_OPTIONS: GeometryOptions = {
  width: 960,
  tolerance: 0.35,
  minPolygonArea: 1,
  exclude: ['010'] /* Antarctica */,
};

let cached: WorldGeometry | undefined;

/** The geometry every treaty map shares, built on first use. */
export function getWorldGeometry(): WorldGeometry {
  cached ??= buildWorldGeometry(atlas as unknown as Topology, MAP_OPTIONS);
  return cached;
}

type Objects = { countries: GeometryCollection<{ name: string }> };

export function buildWorldGeometry(topology: Topology, options: GeometryOptions): WorldGeometry {
  const decoded = decodeArcs(topology);
  const collection = (topology.objects as unknown as Objects).countries;
  const kept = collection.geometries.filter((g) => g.id === undefined || !options.exclude.includes(String(g.id)));
  const features = kept.map(
    (g) =>
      feature({ ...topology, transform: undefined, arcs: decoded }, g) as Feature<
        Polygon | MultiPolygon,
        { name: string }
      >,
  );

  const projection = geoEqualEarth().precision(0).fitWidth(options.width, { type: 'FeatureCollection', features });
  const bounds = geoPath(projection).bounds({ type: 'FeatureCollection', features });
  const height = Math.ceil(bounds[1][1] + bounds[0][1]);

  const simplified = decoded.map((arc) =>
    keepIndices(
      arc.map((p) => projection(p as [number, number]) ?? [0, 0]),
      options.tolerance,
    ).map((i) => arc[i]!),
  );
  const simpleTopology = { ...topology, transform: undefined, arcs: simplified } as Topology;
  const path = geoPath(projection).digits(1);

  const groups = new Map<string, { isoNumeric: string | undefined; name: string; polygons: Position[][][] }>();
  for (const g of kept) {
    const f = feature(simpleTopology, g) as Feature<Polygon | MultiPolygon | null, { name: string }>;
    if (!f.geometry) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const isoNumeric = g.id === undefined ? undefined : String(g.id);
    const name = (g.properties as { name?: string } | undefined)?.name ?? '';
    const key = isoNumeric ?? `name:${name}`;
    const group: { isoNumeric: string | undefined; name: string; polygons: Position[][][] } = groups.get(key) ?? {
      isoNumeric,
      name,
      polygons: [],
    };
    // A territory merged into a state (Ashmore and Cartier Is. into Australia) keeps the state's name.
    group.polygons.push(...polygons.filter(isUsableRing));
    groups.set(key, group);
  }

  const shapes: WorldShape[] = [];
  for (const { isoNumeric, name, polygons } of groups.values()) {
    const measured = polygons
      .map((coordinates) => ({ coordinates, area: path.area({ type: 'Polygon', coordinates }) }))
      .sort((a, b) => b.area - a.area);
    const largest = measured[0];
    if (!largest) continue;
    const parts = measured.filter((p, i) => i === 0 || p.area >= options.minPolygonArea);
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: parts.map((p) => p.coordinates) };
    const [x, y] = path.centroid({ type: 'Polygon', coordinates: largest.coordinates });
    shapes.push({
      isoNumeric,
      name,
      d: toRelativePath(path(geometry) ?? ''),
      area: parts.reduce((sum, p) => sum + p.area, 0),
      anchor: [round1(x), round1(y)],
    });
  }
  return { width: options.width, height, shapes, project: projector(projection) };
}

function projector(projection: GeoProjection) {
  return (lonLat: [number, number]): [number, number] | undefined => {
    const p = projection(lonLat);
    return p ? [round1(p[0]), round1(p[1])] : undefined;
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A ring that simplification has not collapsed: at least four positions, and not turned inside out
 * (d3 reads a ring wound the wrong way as the whole globe minus the island).
 */
function isUsableRing(polygon: Position[][]): boolean {
  const outer = polygon[0];
  return outer !== undefined && outer.length >= 4 && geoArea({ type: 'Polygon', coordinates: polygon }) < 2 * Math.PI;
}

/** TopoJSON arcs as absolute [longitude, latitude] positions (undoing quantization and delta encoding). */
export function decodeArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  if (!t) return topology.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!]));
  const [sx, sy] = t.scale;
  const [tx, ty] = t.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/**
 * Douglas–Peucker: indices of the points to keep so that no dropped point lies farther than
 * `tolerance` from the kept polyline. The first and last points are always kept (they are where
 * arcs meet, so neighbouring countries still share them).
 */
export function keepIndices(points: readonly (readonly number[])[], tolerance: number): number[] {
  const n = points.length;
  if (n <= 2) return [...Array(n).keys()];
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a] as [number, number];
    const [bx, by] = points[b] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let max = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i] as [number, number];
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
      const dist = Math.hypot(px - ax - t * dx, py - ay - t * dy);
      if (dist > max) {
        max = dist;
        index = i;
      }
    }
    if (max > tolerance) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  const out: number[] = [];
  keep.forEach((k, i) => k && out.push(i));
  return out;
}

/**
 * Rewrites absolute path data ("M10,20L15,25L15,25Z", one decimal) as relative moves with the
 * fewest characters ("M10 20l5 5z"): repeated points are dropped, leading zeros and separators
 * before a minus sign left out. Integers in tenths keep the sums exact.
 */
export function toRelativePath(d: string): string {
  const tokens = d.match(/[MLZ]|-?\d*\.?\d+/gi) ?? [];
  let out = '';
  let x = 0;
  let y = 0;
  let afterMove = false;
  const num = (tenths: number) => (tenths / 10).toString().replace(/^(-?)0\./, '$1.');
  const pair = (a: number, b: number) => {
    const [sa, sb] = [num(a), num(b)];
    return `${sa}${sb.startsWith('-') ? '' : ' '}${sb}`;
  };
  for (let i = 0; i < tokens.length;) {
    const command = tokens[i++]!.toUpperCase();
    if (command === 'Z') {
      out += 'z';
      continue;
    }
    const nx = Math.round(Number(tokens[i++]) * 10);
    const ny = Math.round(Number(tokens[i++]) * 10);
    if (command === 'M') {
      out += `M${pair(nx, ny)}`;
      afterMove = true;
    } else if (nx !== x || ny !== y) {
      const step = pair(nx - x, ny - y);
      out += afterMove ? `l${step}` : `${step.startsWith('-') ? '' : ' '}${step}`;
      afterMove = false;
    } else continue;
    x = nx;
    y = ny;
  }
  return out;
}

let latLngs: Map<string, [number, number]> | undefined;

/** [latitude, longitude] of a state by ISO numeric code, from world-countries (for states without a shape). */
export function latLngByIsoNumeric(isoNumeric: string): [number, number] | undefined {
  latLngs ??= new Map(
    worldCountries.filter((c) => c.ccn3 && c.latlng.length === 2).map((c) => [c.ccn3, [c.latlng[0], c.latlng[1]]]),
  );
  return latLngs.get(isoNumeric);
}
