import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import { isTreatyInForceOn, treatyLife } from './treaty-life.ts';

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
