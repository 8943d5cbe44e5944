import { describe, expect, it } from 'vitest';
import { briefingsLinkingTo, claimsLinkingTo, eventAnchor, groupBacklinks } from './backlink-groups.ts';
import { getBacklinks } from './ledger.ts';
import { fixtureLedger } from '../../../tests/support/ledger.ts';

const ledger = fixtureLedger();
const groupsOf = (collection: Parameters<typeof getBacklinks>[1], id: string) =>
  Object.fromEntries(groupBacklinks(ledger, getBacklinks(ledger, collection, id)).map((g) => [g.key, g.items]));

describe('groupBacklinks', () => {
  it('a source: the claims, events, depositary rows and memberships that rest on it', () => {
    const groups = groupsOf('sources', 'reuters-2025-03-18');
    expect(groups['claims']).toEqual([
      { path: '/claims/four-states-announce-ottawa-exit/', label: expect.stringContaining('On 18 March 2025') },
    ]);
    expect(groups['events']).toEqual([
      {
        path: `/countries/poland/#${eventAnchor('poland-apmbc-announcement-2025-03-18')}`,
        label: '18 March 2025: Defence minister recommends leaving the convention',
        detail: 'Poland, Ottawa Convention',
      },
    ]);
    expect(groups['memberships']).toEqual([
      { path: '/countries/poland/#memberships', label: 'NATO membership of Poland' },
    ]);
  });

  it('a depositary source: the treaty, its record and the claim citing it', () => {
    const groups = groupsOf('sources', 'untc-xxvi-5');
    expect(groups['records']).toEqual([
      {
        path: '/treaties/ottawa-convention/#participants',
        label: 'Ottawa Convention: depositary record (4 participants)',
        detail: 'status as at 3 February 2026',
      },
    ]);
    expect(groups['treaties']).toEqual([{ path: '/treaties/ottawa-convention/', label: 'Ottawa Convention' }]);
    expect(Object.keys(groups)).toContain('claims');
  });

  it('a claim: the briefing that cites it', () => {
    expect(groupsOf('claims', 'four-states-announce-ottawa-exit')['briefings']).toEqual([
      { path: '/briefings/exit/', label: 'Four states leave the mine ban', detail: 'cites it' },
    ]);
  });

  it('a country: briefings about it (once, though it also links in the body), claims, records and events', () => {
    const groups = groupsOf('countries', 'poland');
    expect(groups['briefings']?.map((i) => i.label)).toEqual(['Four states leave the mine ban']);
    expect(groups['claims']?.[0]?.detail).toBe('about it');
    expect(groups['records']?.map((i) => i.label)).toEqual(['Ottawa Convention: depositary record (4 participants)']);
    expect(groups['events']?.length).toBe(1);
  });

  it('keeps groups in a fixed order', () => {
    expect(groupBacklinks(ledger, getBacklinks(ledger, 'countries', 'poland')).map((g) => g.key)).toEqual([
      'briefings',
      'claims',
      'records',
      'events',
      'memberships',
    ]);
  });
});

describe('claimsLinkingTo and briefingsLinkingTo', () => {
  it('give the entries themselves, once each', () => {
    const edges = getBacklinks(ledger, 'countries', 'poland');
    expect(claimsLinkingTo(ledger, edges).map((c) => c.id)).toEqual(['four-states-announce-ottawa-exit']);
    expect(briefingsLinkingTo(ledger, edges).map((b) => b.id)).toEqual(['exit']);
  });

  it('can keep only some relations (a claim cited, not merely about the same subject)', () => {
    const edges = getBacklinks(ledger, 'claims', 'four-states-announce-ottawa-exit');
    expect(briefingsLinkingTo(ledger, edges, ['cites-claim']).map((b) => b.id)).toEqual(['exit']);
    expect(briefingsLinkingTo(ledger, edges, ['subject'])).toEqual([]);
  });
});
