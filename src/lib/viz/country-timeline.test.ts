import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import { buildCountryTimeline, splitAt, statusBands } from './country-timeline.ts';
import { fixtureLedger } from '../../../tests/support/ledger.ts';

describe('Poland’s timeline', () => {
  // The fixture content has a curated domestic step (the announcement of 18 Mar 2025) besides the depositary record.
  const ledger = fixtureLedger();
  const participations = ledger.participantsByCountry.get('poland')!;
  const ottawa = participations.find((p) => p.treaty === 'ottawa-convention')!;

  it('bands its Ottawa status: signatory, consented, party, withdrawal pending, withdrawn', () => {
    expect(statusBands(ottawa.facts, d('1997-01-01'), d('2026-06-01'))).toEqual([
      { from: '1997-12-04', to: '2012-12-27', status: 'signatory' },
      { from: '2012-12-27', to: '2013-06-01', status: 'consented' },
      { from: '2013-06-01', to: '2025-08-20', status: 'party' },
      { from: '2025-08-20', to: '2026-02-20', status: 'withdrawal-pending' },
      { from: '2026-02-20', to: '2026-06-01', status: 'withdrawn' },
    ]);
  });

  const model = buildCountryTimeline({
    participations,
    events: ledger.eventsByCountry.get('poland') ?? [],
    treatyName: (id) => ledger.treaties.get(id)?.data.shortName ?? id,
    asOf: d('2026-02-03'),
  });

  it('puts every event on one axis, from its first year to past the last event', () => {
    expect(model.from).toBe('1997-01-01');
    expect(model.to > '2026-02-20').toBe(true);
    const lane = model.lanes.find((l) => l.treaty === 'ottawa-convention')!;
    const xs = lane.events.map((e) => e.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(model.width);
  });

  it('draws what follows the as-of date as scheduled: Poland’s withdrawal after 20 Feb 2026', () => {
    const lane = model.lanes.find((l) => l.treaty === 'ottawa-convention')!;
    expect(lane.bands.map((b) => [b.status, b.scheduled])).toEqual([
      ['signatory', false],
      ['consented', false],
      ['party', false],
      ['withdrawal-pending', false],
      ['withdrawal-pending', true],
      ['withdrawn', true],
    ]);
    expect(lane.bands.at(-1)?.title).toBe('Withdrawn: from 20 Feb 2026 (scheduled)');
    expect(lane.summary).toBe(
      'Ottawa Convention: signatory from 4 Dec 1997, consented, not yet in force from 27 Dec 2012, party from 1 Jun 2013, withdrawal pending from 20 Aug 2025, withdrawn from 20 Feb 2026 (scheduled).',
    );
    expect(splitAt([{ from: d('2000-01-01'), to: d('2000-02-01'), status: 'party' }], d('2000-02-01'))).toHaveLength(1);
  });

  it('lists events by year, the withdrawal’s effect marked as scheduled', () => {
    const y2026 = model.years.find((y) => y.year === '2026')!;
    expect(y2026.events.map((e) => [e.kind, e.scheduled])).toEqual([['withdrawal-effective', true]]);
    const y2025 = model.years.find((y) => y.year === '2025')!.events.map((e) => e.kind);
    expect(y2025).toEqual(['announcement', 'withdrawal-deposited']);
    expect(model.years[0]).toMatchObject({ year: '1997' });
  });
});
