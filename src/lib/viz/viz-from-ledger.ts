/**
 * The ledger → chart data glue: what each viz component needs, read from the indexes the ledger
 * built once. Pages pass the ledger and an id; the components call these and only draw.
 */
import { buildCountryTimeline, type TimelineModel } from './country-timeline.ts';
import { toIsoDate, type IsoDate } from '../core/dates.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { buildTreatyMap, type TreatyMapModel } from './map.ts';
import { layoutMembershipChart, type MembershipChartModel } from './membership-chart.ts';
import { buildMembershipSeries, withdrawalMarks } from './membership-series.ts';
import { pathFor, withBase } from '../urls/routes.ts';
import { selectRecentChanges, type RecentChanges } from '../domain/treaty-changes.ts';
import { getWorldGeometry, latLngByIsoNumeric } from './world-geometry.ts';

export function treatyOrThrow(ledger: Ledger, treatyId: string) {
  const treaty = ledger.treaties.get(treatyId);
  if (!treaty) throw new Error(`No treaty "${treatyId}" in the ledger`);
  return treaty;
}

/** The date a treaty's history starts: opened for signature, else adopted. */
export function treatyStart(ledger: Ledger, treatyId: string): IsoDate {
  const t = treatyOrThrow(ledger, treatyId).data;
  return toIsoDate(t.openedForSignature?.date ?? t.adopted?.date ?? '');
}

export function treatyMapFor(
  ledger: Ledger,
  treatyId: string,
  base: string,
  date: IsoDate = ledger.asOf,
): TreatyMapModel {
  treatyOrThrow(ledger, treatyId);
  return buildTreatyMap({
    geometry: getWorldGeometry(),
    countries: ledger.sorted.countries.map((c) => ({ id: c.id, name: c.data.name, isoNumeric: c.data.isoNumeric })),
    participants: ledger.participantsByTreaty.get(treatyId) ?? [],
    date,
    href: (id) => withBase(base, pathFor('countries', id)),
    latLng: latLngByIsoNumeric,
    regionOf: (id) => ledger.countries.get(id)?.data.region,
  });
}

/** The membership chart of a treaty from its opening to `date`. */
export function membershipChartFor(
  ledger: Ledger,
  treatyId: string,
  date: IsoDate = ledger.asOf,
  width?: number,
  compact = false,
): MembershipChartModel {
  const participants = ledger.participantsByTreaty.get(treatyId) ?? [];
  const from = treatyStart(ledger, treatyId);
  const names = (id: string) => ledger.countries.get(id)?.data.name ?? id;
  const eif = treatyOrThrow(ledger, treatyId).data.entryIntoForce.date;
  return layoutMembershipChart(buildMembershipSeries(participants, from, date), withdrawalMarks(participants, date), {
    from,
    to: date,
    names,
    inForce: eif !== undefined && eif <= date,
    ...(width ? { width } : {}),
    compact,
  });
}

/** One country's treaty history on one axis. */
export function countryTimelineFor(ledger: Ledger, countryId: string, width?: number): TimelineModel {
  if (!ledger.countries.has(countryId)) throw new Error(`No country "${countryId}" in the ledger`);
  return buildCountryTimeline({
    participations: ledger.participantsByCountry.get(countryId) ?? [],
    events: ledger.eventsByCountry.get(countryId) ?? [],
    treatyName: (id) => ledger.treaties.get(id)?.data.shortName ?? id,
    asOf: ledger.asOf,
    ...(width ? { width } : {}),
  });
}

export interface WithdrawalsPanelModel extends Pick<RecentChanges, 'pendingWithdrawals' | 'recentWithdrawals'> {
  /** The span every bar is drawn on: the earliest notice to the latest effective date (or the as-of date). */
  from: IsoDate;
  to: IsoDate;
}

/** Withdrawals pending on the as-of date and those of the past `recentDays` (src/lib/domain/treaty-changes.ts), with the span of their bars. */
export function withdrawalsFor(ledger: Ledger, recentDays?: number): WithdrawalsPanelModel {
  const { pendingWithdrawals, recentWithdrawals } = selectRecentChanges(
    ledger.withdrawals,
    ledger.entries,
    ledger.asOf,
    recentDays,
  );
  const all = [...pendingWithdrawals, ...recentWithdrawals];
  const from = all.reduce((m, w) => (w.deposited < m ? w.deposited : m), ledger.asOf);
  const to = all.reduce((m, w) => (w.effective && w.effective > m ? w.effective : m), ledger.asOf);
  return { pendingWithdrawals, recentWithdrawals, from, to };
}
