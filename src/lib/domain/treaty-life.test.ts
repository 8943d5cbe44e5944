import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import { firstDayAfterEnd, isTreatyInForceOn, treatyLife, treatyPhaseOn } from './treaty-life.ts';

describe('isTreatyInForceOn', () => {
  const ccm = treatyLife({ entryIntoForce: { date: '2010-08-01' } });

  it('is false before entry into force and true from that day on', () => {
    expect(isTreatyInForceOn(ccm, d('2010-07-31'))).toBe(false);
    expect(isTreatyInForceOn(ccm, d('2010-08-01'))).toBe(true);
    expect(isTreatyInForceOn(ccm, d('2026-02-03'))).toBe(true);
  });

  it('is never true for a treaty that has not entered into force (CTBT)', () => {
    const ctbt = treatyLife({ entryIntoForce: {} });
    expect(isTreatyInForceOn(ctbt, d('2026-02-03'))).toBe(false);
    expect(isTreatyInForceOn({}, d('2026-02-03'))).toBe(false);
  });
});

describe('a treaty’s end (issue 19)', () => {
  const inf = treatyLife({
    entryIntoForce: { date: '1988-06-01' },
    end: { kind: 'terminated', date: '2019-08-02', lastDayInForce: false },
  });
  const newStart = treatyLife({
    entryIntoForce: { date: '2011-02-05' },
    end: { kind: 'expired', date: '2026-02-05', lastDayInForce: true },
  });

  it('INF: in force until the US withdrawal took effect on 2 Aug 2019, terminated from that day', () => {
    expect(isTreatyInForceOn(inf, d('2019-08-01'))).toBe(true);
    expect(isTreatyInForceOn(inf, d('2019-08-02'))).toBe(false);
    expect(treatyPhaseOn(inf, d('2019-08-02'))).toBe('terminated');
    expect(treatyPhaseOn(inf, d('1988-05-31'))).toBe('not-yet-in-force');
  });

  it('New START: in force through 5 Feb 2026 (it lapsed at the end of that day), expired from 6 Feb', () => {
    expect(firstDayAfterEnd({ date: '2026-02-05', lastDayInForce: true })).toBe('2026-02-06');
    expect(isTreatyInForceOn(newStart, d('2026-02-04'))).toBe(true);
    expect(isTreatyInForceOn(newStart, d('2026-02-05'))).toBe(true);
    expect(isTreatyInForceOn(newStart, d('2026-02-06'))).toBe(false);
    expect(treatyPhaseOn(newStart, d('2030-01-01'))).toBe('expired');
  });

  it('Tlatelolco: in force for each state individually, so the treaty itself counts as in force', () => {
    const tlatelolco = treatyLife({ entryIntoForce: { individually: true } });
    expect(tlatelolco).toEqual({ inForceFrom: undefined, individually: true });
    expect(isTreatyInForceOn(tlatelolco, d('2026-02-03'))).toBe(true);
  });
});
