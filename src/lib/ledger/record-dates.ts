/**
 * Which depositary records a page's statuses rest on, as their "status as at" dates (R): a treaty
 * page its own record, a country page the records of the treaties it takes part in, a briefing
 * those of the treaties it is about or draws, the pages that sum up every treaty all of them.
 * Claim and source pages show no status, so none. src/lib/domain/status-text.ts
 * (`describeRecordCurrency`) turns the dates into words beside the date the statuses are for.
 */
import type { IsoDate } from '../core/dates.ts';
import type { RoutedCollection } from '../urls/routes.ts';
import type { Ledger } from './ledger.ts';

export type RecordScope = { collection: RoutedCollection; id: string } | 'all';

/** The distinct "status as at" dates of these treaties' depositary records, oldest first. */
export function recordDatesOf(ledger: Pick<Ledger, 'participation'>, treaties: Iterable<string>): IsoDate[] {
  const dates = new Set<IsoDate>();
  for (const t of treaties) {
    const asAt = ledger.participation.get(t)?.data.statusAsAt;
    if (asAt) dates.add(asAt as IsoDate);
  }
  return [...dates].sort();
}

/** The record dates behind the statuses a page shows; empty for a page that shows none. */
export function pageRecordDates(
  ledger: Pick<Ledger, 'participation' | 'participantsByCountry' | 'briefings' | 'scans'>,
  scope: RecordScope | undefined,
): IsoDate[] {
  if (!scope) return [];
  if (scope === 'all') return recordDatesOf(ledger, ledger.participation.keys());
  const { collection, id } = scope;
  switch (collection) {
    case 'treaties':
      return recordDatesOf(ledger, [id]);
    case 'countries':
      return recordDatesOf(
        ledger,
        (ledger.participantsByCountry.get(id) ?? []).map((p) => p.treaty),
      );
    case 'briefings': {
      // The treaties it is about, and those its <TreatyStatus> and <Timeline> tables draw.
      const treaties = new Set(ledger.briefings.get(id)?.data.subjects.treaties ?? []);
      for (const c of ledger.scans.get(`briefings:${id}`)?.components ?? []) {
        for (const name of ['treaty', 'treaties']) {
          const value = c.attributes[name];
          for (const t of typeof value === 'string' ? [value] : Array.isArray(value) ? value : []) treaties.add(t);
        }
      }
      return recordDatesOf(ledger, treaties);
    }
    case 'claims':
    case 'sources':
      return [];
  }
}
