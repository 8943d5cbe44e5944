/**
 * A treaty's own life, apart from any one state's: is it in force on a given day? One rule for every
 * page, the map, the JSON-LD and the "as of" script, so that they agree for any date — before the
 * treaty's entry into force too (the CCM on 31 Jul 2010 has contracting states and no parties).
 * Pure and browser-safe.
 */
import type { IsoDate } from '../core/dates.ts';

/** The dates that bound a treaty's life, as the ledger and the "as of" data carry them. */
export interface TreatyLife {
  /** The day the treaty itself entered into force; absent while it has not (CTBT). */
  inForceFrom?: IsoDate | undefined;
}

/** A treaty entry's life, from its frontmatter. */
export function treatyLife(treaty: { entryIntoForce: { date?: string | undefined } }): TreatyLife {
  return { inForceFrom: treaty.entryIntoForce.date as IsoDate | undefined };
}

/** True when the treaty is in force on `date` (from its entry-into-force day on). */
export function isTreatyInForceOn(life: TreatyLife, date: IsoDate): boolean {
  return life.inForceFrom !== undefined && life.inForceFrom <= date;
}
