/**
 * A treaty's own life, apart from any one state's: is it in force on a given day? One rule for every
 * page, the map, the JSON-LD and the "as of" script, so that they agree for any date — before the
 * treaty's entry into force too (the CCM on 31 Jul 2010 has contracting states and no parties), and
 * after its end (INF, terminated 2 Aug 2019; New START, expired at the end of 5 Feb 2026: nobody is a
 * party after that). Pure and browser-safe.
 */
import { addDays, type IsoDate } from '../core/dates.ts';

/** The four phases of a treaty's life. */
export const TREATY_PHASES = ['not-yet-in-force', 'in-force', 'terminated', 'expired'] as const;
export type TreatyPhase = (typeof TREATY_PHASES)[number];

export const TREATY_PHASE_LABELS: Record<TreatyPhase, string> = {
  'not-yet-in-force': 'Not yet in force',
  'in-force': 'In force',
  terminated: 'Terminated',
  expired: 'Expired',
};

/** The dates that bound a treaty's life, as the ledger and the "as of" data carry them. */
export interface TreatyLife {
  /** The day the treaty itself entered into force; absent while it has not (CTBT). */
  inForceFrom?: IsoDate | undefined;
  /** In force for each state on its own date, with no single date for the treaty (Tlatelolco). */
  individually?: boolean | undefined;
  /** How it ended, and the first day it was no longer in force. */
  end?: { kind: 'terminated' | 'expired'; date: IsoDate; from: IsoDate } | undefined;
}

/** The frontmatter fields a treaty's life is read from. */
export interface TreatyLifeFields {
  entryIntoForce: { date?: string | undefined; individually?: true | undefined };
  end?: { kind: 'terminated' | 'expired'; date: string; lastDayInForce: boolean } | undefined;
}

/**
 * The first day a treaty is no longer in force: the end date itself (INF: the US withdrawal took
 * effect on 2 Aug 2019), or the day after when the sources say it lapsed at the end of that day
 * (New START: 5 Feb 2026 was its last day).
 */
export function firstDayAfterEnd(end: { date: string; lastDayInForce: boolean }): IsoDate {
  const date = end.date as IsoDate;
  return end.lastDayInForce ? addDays(date, 1) : date;
}

/** A treaty entry's life, from its frontmatter. */
export function treatyLife(treaty: TreatyLifeFields): TreatyLife {
  return {
    inForceFrom: treaty.entryIntoForce.date as IsoDate | undefined,
    ...(treaty.entryIntoForce.individually ? { individually: true } : {}),
    ...(treaty.end
      ? { end: { kind: treaty.end.kind, date: treaty.end.date as IsoDate, from: firstDayAfterEnd(treaty.end) } }
      : {}),
  };
}

/** Where the treaty stands on `date`. */
export function treatyPhaseOn(life: TreatyLife, date: IsoDate): TreatyPhase {
  if (life.end && life.end.from <= date) return life.end.kind;
  if (life.individually && (life.inForceFrom === undefined || life.inForceFrom <= date)) return 'in-force';
  return life.inForceFrom !== undefined && life.inForceFrom <= date ? 'in-force' : 'not-yet-in-force';
}

/**
 * True when the treaty is in force on `date`: from its entry-into-force day on, and no longer once it
 * has been terminated or has expired. A treaty in force for each state individually (Tlatelolco) is
 * in force as a treaty; whether it is in force for one state is that state's own date.
 */
export function isTreatyInForceOn(life: TreatyLife, date: IsoDate): boolean {
  return treatyPhaseOn(life, date) === 'in-force';
}
