/**
 * How a status looks in every chart, map and legend, shared by the build and the "as of" script:
 * one CSS class per status (colours live in src/components/viz/viz.css, light, dark and print), and
 * for statuses that must not rely on colour alone an SVG pattern (hatching, dots) referenced by the
 * `fill` attribute — per chart, so two charts on one page never share an element id.
 */
import type { Status } from '../domain/status.ts';

/** Map areas the ledger has no entry for (territories, Kosovo, Taiwan) get their own neutral look. */
export type VizStatus = Status | 'none';

export const PATTERNED_STATUSES = ['consented', 'withdrawal-pending', 'withdrawn'] as const satisfies readonly Status[];

export function statusClass(status: VizStatus): string {
  return `viz-s viz-s-${status}`;
}

/** The `fill` attribute for a status: a pattern of this chart, or none (the class's colour applies). */
export function statusFill(status: VizStatus, prefix: string): string | undefined {
  return (PATTERNED_STATUSES as readonly string[]).includes(status)
    ? `url(#${patternId(prefix, status as Status)})`
    : undefined;
}

export function patternId(prefix: string, status: Status): string {
  return `${prefix}-${status}`;
}

/** An element id prefix from anything ("ottawa-convention" → "viz-ottawa-convention"). */
export function vizPrefix(key: string): string {
  return `viz-${key.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;
}
