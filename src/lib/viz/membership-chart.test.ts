import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import { layoutMembershipChart } from './membership-chart.ts';
import { buildMembershipSeries, withdrawalMarks } from './membership-series.ts';
import { realLedger } from '../../../tests/support/ledger.ts';

describe('the Ottawa Convention membership chart on the full record', () => {
  const ledger = realLedger();
  const participants = ledger.participantsByTreaty.get('ottawa-convention')!;
  const from = d('1997-12-03');
  const to = d('2026-02-03');
  const names = (id: string) => ledger.countries.get(id)!.data.name;
  const chart = layoutMembershipChart(
    buildMembershipSeries(participants, from, to),
    withdrawalMarks(participants, to),
    { from, to, names },
  );

  it('ends its steps at 162 contracting states and 162 parties, labelled at the line ends', () => {
    expect(chart.last.bound).toBe(162);
    expect(chart.lines.map((l) => l.label)).toEqual(['162 contracting states', '162 parties', '0 signatories only']); // the Marshall Islands, the last signatory, ratified on 12 Mar 2025
    expect(chart.summary).toBe('162 contracting states, 162 parties, 0 signatories only on 3 Feb 2026.');
  });

  it('labels each withdrawal, in rows that do not overlap', () => {
    expect(chart.marks.map((m) => m.label)).toEqual([
      '20 Aug 2025: Poland gives notice, effective 20 Feb 2026',
      '27 Dec 2025: Estonia, Latvia and Lithuania withdraw',
      '10 Jan 2026: Finland withdraws',
    ]);
    const rows = new Set(chart.marks.map((m) => m.labelY));
    expect(rows.size).toBe(3); // the three marks lie within five months of each other
    for (const m of chart.marks) expect(m.labelY).toBeLessThan(chart.plot.top);
  });

  it('keeps every mark and label inside the frame', () => {
    for (const m of chart.marks) {
      expect(m.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(m.x).toBeLessThanOrEqual(chart.plot.right);
      expect(m.anchor).toBe('end');
      // Every label ends left of every mark, so the elbow leaders never cross a label.
      expect(m.labelX).toBeLessThan(Math.min(...chart.marks.map((o) => o.x)));
    }
  });

  it('tabulates year ends and every change of the last years with who changed', () => {
    expect(chart.yearly[0]?.date).toBe('1997-12-31');
    expect(chart.yearly.at(-1)).toMatchObject({ date: '2026-02-03', bound: 162 });
    const withdrawal = chart.changes.find((c) => c.point.date === '2025-12-27');
    expect(withdrawal?.text).toBe(
      'Estonia: withdrawal pending → withdrawn; Latvia: withdrawal pending → withdrawn; Lithuania: withdrawal pending → withdrawn',
    );
    expect(withdrawal?.point.bound).toBe(chart.changes.find((c) => c.point.date === '2025-12-01')!.point.bound - 3);
  });
});

describe('the chart of a treaty not in force (the CTBT)', () => {
  const ledger = realLedger();
  const participants = ledger.participantsByTreaty.get('ctbt')!;
  const from = d('1996-09-24');
  const to = d('2026-02-03');
  const chart = layoutMembershipChart(
    buildMembershipSeries(participants, from, to),
    withdrawalMarks(participants, to),
    {
      from,
      to,
      names: (id) => id,
      inForce: false,
    },
  );

  it('counts ratifications, never states bound, and draws no party line', () => {
    expect(chart.lines.map((l) => l.key)).toEqual(['bound', 'signatories']);
    expect(chart.lines[0]?.label).toBe(`${chart.last.bound} ratifications`);
    expect(chart.summary).toMatch(/^\d+ ratifications, \d+ signatories only on 3 Feb 2026\.$/);
  });
});
