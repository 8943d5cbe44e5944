import { describe, expect, it } from 'vitest';
import { pathBox, type MapItem } from './map.ts';
import { treatyMapFor } from './viz-from-ledger.ts';
import { realLedger } from '../../../tests/support/ledger.ts';

const item = (items: MapItem[], country: string) => items.find((i) => i.country === country);

describe('the Ottawa Convention map', () => {
  it('on 3 Feb 2026 colours Poland "withdrawal pending" and Estonia "withdrawn", each linked and titled', () => {
    const map = treatyMapFor(realLedger(), 'ottawa-convention', '/ledger/');
    const poland = item(map.items, 'poland')!;
    expect(poland.status).toBe('withdrawal-pending');
    expect(poland.title).toBe('Poland — withdrawal pending (effective 20 Feb 2026)');
    expect(poland.href).toBe('/ledger/countries/poland/');
    expect(poland.mark.kind).toBe('path');
    expect(item(map.items, 'estonia')).toMatchObject({
      status: 'withdrawn',
      title: 'Estonia — withdrawn (effective 27 Dec 2025)',
    });
    expect(map.legend.find((l) => l.status === 'withdrawn')?.count).toBe(4); // Estonia, Latvia, Lithuania, Finland
  });

  it('on 1 Jan 2025 colours both as parties', () => {
    const map = treatyMapFor(realLedger('2025-01-01'), 'ottawa-convention', '/');
    expect(item(map.items, 'poland')?.status).toBe('party');
    expect(item(map.items, 'estonia')?.status).toBe('party');
  });

  it('gives every participant in the content a shape or a marker', () => {
    const ledger = realLedger();
    for (const [treaty, participants] of ledger.participantsByTreaty) {
      const map = treatyMapFor(ledger, treaty, '/');
      expect(map.unplaced, treaty).toEqual([]);
      for (const p of participants) expect(item(map.items, p.country), `${treaty}: ${p.country}`).toBeDefined();
    }
  });

  it('draws areas without a ledger entry neutral, unlinked and untitled by any status', () => {
    const map = treatyMapFor(realLedger(), 'ottawa-convention', '/');
    const greenland = map.items.find((i) => i.name === 'Greenland')!;
    expect(greenland).toMatchObject({
      country: undefined,
      status: 'none',
      href: undefined,
      title: 'Greenland — no ledger entry',
    });
  });
});

describe('every participant in every treaty has a shape or a marker', () => {
  const ledger = realLedger();
  const participants = new Set([...ledger.participantsByTreaty.values()].flat().map((p) => p.country));
  const map = treatyMapFor(ledger, 'ottawa-convention', '/');
  const placed = new Map(map.items.map((i) => [i.country, i.placed]));

  it('places all of them', () => {
    expect(participants.size).toBeGreaterThanOrEqual(197);
    expect(map.unplaced).toEqual([]);
    for (const id of participants) expect(placed.has(id), id).toBe(true);
  });

  it('draws Tuvalu, the one participant without a shape, as a marker from world-countries', () => {
    expect(map.items.filter((i) => i.placed === 'marker-no-shape').map((i) => i.name)).toEqual(['Tuvalu']);
  });

  it('draws states too small to see as markers: Malta, Liechtenstein, Nauru, the Holy See, Monaco, Singapore', () => {
    const small = map.items.filter((i) => i.placed === 'marker-small').map((i) => i.name);
    for (const name of ['Malta', 'Liechtenstein', 'Nauru', 'Holy See', 'Monaco', 'Singapore'])
      expect(small).toContain(name);
    expect(small).not.toContain('Poland');
    console.log(`markers for ${small.length} small states: ${small.join(', ')}`);
  });
});

describe('the close-up of the region where the story is', () => {
  it('frames Europe for the Ottawa exits (Estonia, Finland, Latvia, Lithuania, Poland), with their shapes in it', () => {
    const map = treatyMapFor(realLedger(), 'ottawa-convention', '/');
    const closeUp = map.closeUp!;
    expect(closeUp.region).toBe('Europe');
    expect(closeUp.story).toEqual(['Estonia', 'Finland', 'Latvia', 'Lithuania', 'Poland']);
    expect(closeUp.width / closeUp.height).toBeCloseTo(4 / 3, 1);
    for (const id of ['estonia', 'finland', 'latvia', 'lithuania', 'poland', 'russia', 'germany']) {
      expect(item(closeUp.items, id), id).toBeDefined();
    }
    expect(item(closeUp.items, 'brazil')).toBeUndefined();
  });

  it('has none where nobody has left, or where only a state too big to need one is leaving', () => {
    expect(treatyMapFor(realLedger(), 'chemical-weapons-convention', '/').closeUp).toBeUndefined();
    expect(treatyMapFor(realLedger(), 'cfe-treaty', '/').closeUp).toBeUndefined(); // Russia
  });

  it('measures a path as world-geometry writes it (absolute move, relative lines, several rings)', () => {
    expect(pathBox('M10 20l5 0 0 5-5 0zM30 40l-2 -3h4v-1z')).toEqual([10, 20, 32, 40]);
  });
});
