import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import { partyTimeline } from './party-timeline.ts';
import { realLedger } from '../../../tests/support/ledger.ts';

const ledger = realLedger();
const timeline = (treaty: string, asOf = ledger.asOf) =>
  partyTimeline(ledger.treaties.get(treaty)!.data, ledger.participantsByTreaty.get(treaty)!, asOf);
const summary = (treaty: string, asOf?: IsoDateLike) =>
  timeline(treaty, asOf).map(
    (i) => `${i.date} ${i.kind} ${i.parties.join('+') || '-'}${i.scheduled ? ' scheduled' : ''}`,
  );
type IsoDateLike = ReturnType<typeof d>;

describe('the timeline of a bilateral treaty', () => {
  it('New START: signature, both ratifications, entry into force, extension, Russia’s suspension claims, expiry', () => {
    expect(summary('new-start')).toEqual([
      '2010-04-08 signature -',
      '2011-02-05 consent russia',
      '2011-02-05 consent united-states',
      '2011-02-05 entry-into-force -',
      '2021-02-03 extension -',
      '2023-02-21 step russia',
      '2023-02-28 step russia',
      // Known in advance: on the test date (3 Feb 2026) the expiry two days later is scheduled.
      '2026-02-05 end - scheduled',
    ]);
    const items = timeline('new-start');
    expect(items.filter((i) => i.suspensionClaimed).map((i) => i.date)).toEqual(['2023-02-21', '2023-02-28']);
    expect(items.find((i) => i.kind === 'extension')?.text).toBe(
      'The parties extend the treaty until 5 February 2026 (Art. XIV(2))',
    );
    // Every item a party did, and the extension and the end, carry their sources.
    for (const item of items.filter((i) => i.kind !== 'signature' && i.kind !== 'entry-into-force'))
      expect(item.sources.length, `${item.date} ${item.kind}`).toBeGreaterThan(0);
  });

  it('after the expiry nothing is scheduled', () => {
    expect(timeline('new-start', d('2026-12-05')).some((i) => i.scheduled)).toBe(false);
  });

  it('INF: the US notice, its withdrawal taking effect and the termination, in that order on the last day', () => {
    const items = summary('inf-treaty');
    expect(items[0]).toBe('1987-12-08 signature -');
    expect(items).toContain('2019-02-02 withdrawal-notice united-states');
    expect(items.slice(-2)).toEqual(['2019-08-02 withdrawal-effective united-states', '2019-08-02 end -']);
    // The successor states are in it, each from its earliest record.
    expect(items.filter((i) => i.startsWith('2017-12-12 consent'))).toHaveLength(3);
  });
});
