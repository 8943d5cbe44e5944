/**
 * The date every status on the site is computed for. Builds are reproducible: set AS_OF=YYYY-MM-DD
 * and the same commit always gives the same pages. Without it, the build date (UTC) is used —
 * the only place the site reads the clock.
 */
import { isIsoDate, type IsoDate } from '../core/dates.ts';

export function resolveAsOf(value: string | undefined, now: () => Date = () => new Date()): IsoDate {
  if (value === undefined || value.trim() === '') return now().toISOString().slice(0, 10) as IsoDate;
  const text = value.trim();
  if (!isIsoDate(text)) {
    throw new Error(`AS_OF="${value}" is not a real date written YYYY-MM-DD (for example AS_OF=2026-02-03).`);
  }
  return text;
}
