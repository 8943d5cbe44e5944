import { describe, expect, it } from 'vitest';
import { getHighlights, shortNotification, summarizeStatuses } from './country-summary.ts';
import { toIsoDate as d } from '../core/dates.ts';
import type { Participant } from './participants.ts';
import { getStatusOn } from './status.ts';
import { fixtureLedger } from '../../../tests/support/ledger.ts';

const ledger = fixtureLedger();
const name = (id: string) => ledger.treaties.get(id)?.data.shortName ?? id;
const highlightsOn = (country: string, date: string) =>
  getHighlights(ledger.participantsByCountry.get(country) ?? [], (p) => getStatusOn(p.facts, d(date)), name);

describe('getHighlights', () => {
  it('before 20 February 2026 Poland is leaving the Ottawa Convention, with deposit, notification and party-since dates', () => {
    const [first] = highlightsOn('poland', '2026-02-03');
    expect(first?.text).toBe(
      'Leaving the Ottawa Convention: the withdrawal takes effect on 20 February 2026 (deposited 20 August 2025, C.N.421.2025). A party since 1 June 2013.',
    );
    expect(first?.sources.map((s) => s.source)).toEqual(['untc-xxvi-5']);
  });

  it('from 20 February 2026 Poland has left it', () => {
    expect(highlightsOn('poland', '2026-02-20')[0]?.text).toBe(
      'Left the Ottawa Convention on 20 February 2026 (withdrawal deposited 20 August 2025, C.N.421.2025); it had been a party since 1 June 2013.',
    );
  });

  it('before the deposit there is nothing to highlight', () => {
    expect(highlightsOn('poland', '2025-08-19')).toEqual([]);
  });

  it('lists Lithuania’s two exits, latest first', () => {
    expect(highlightsOn('lithuania', '2026-02-03').map((h) => `${h.kind} ${h.treaty} ${h.date}`)).toEqual([
      'withdrawn ottawa-convention 2025-12-27',
      'withdrawn convention-on-cluster-munitions 2025-03-06',
    ]);
  });

  it('says a consent takes effect on its date, and a claimed suspension leaves the state a party', () => {
    const p: Participant = {
      treaty: 'ottawa-convention',
      country: 'ukraine',
      untcName: 'Ukraine',
      signature: undefined,
      provisionalApplication: undefined,
      consent: { type: 'ratification', date: d('2005-12-27'), origin: 'depositary' },
      consentRevoked: undefined,
      entryIntoForce: { date: d('2006-06-01'), basis: 'rule' },
      withdrawal: undefined,
      events: [
        {
          id: 'ukraine-decree',
          treaty: 'ottawa-convention',
          country: 'ukraine',
          type: 'decree',
          date: '2025-06-29',
          title: 'Presidential decree to withdraw',
          claimsSuspension: true,
          sources: [{ source: 'komersant' }],
        },
      ],
      untcNotes: [],
      sources: [{ source: 'untc-xxvi-5' }],
      inDepositaryRecord: true,
      facts: {
        consent: { date: d('2005-12-27') },
        entryIntoForce: { date: d('2006-06-01'), basis: 'rule' },
        suspensionClaimed: d('2025-06-29'),
      },
    };
    const [h] = getHighlights([p], (x) => getStatusOn(x.facts, d('2026-02-03')), name);
    expect(h?.text).toBe(
      'Claims to have suspended the Ottawa Convention (Presidential decree to withdraw, 29 June 2025); the treaty has no suspension clause and the depositary records no withdrawal, so it is still a party.',
    );
    expect(h?.sources).toEqual([{ source: 'komersant' }]);
    const joining = getHighlights([p], (x) => getStatusOn(x.facts, d('2006-01-01')), name);
    expect(joining.map((x) => x.text)).toEqual([
      'Becomes a party to the Ottawa Convention on 1 June 2006 (ratification deposited 27 December 2005).',
    ]);
  });
});

describe('shortNotification', () => {
  it('cites the C.N. number without the treaty suffix', () => {
    expect(shortNotification('C.N.421.2025.TREATIES-XXVI-5')).toBe('C.N.421.2025');
  });
});

describe('summarizeStatuses', () => {
  it('counts a pending withdrawal as still a party', () => {
    expect(summarizeStatuses(['withdrawal-pending'], 2)).toEqual([
      'Party to 1 of 2 treaties (leaving 1)',
      'not joined 1',
    ]);
  });

  it('names every other status with its count', () => {
    expect(summarizeStatuses(['party', 'party', 'signatory', 'withdrawn', 'consented', 'not-joined'], 8)).toEqual([
      'Party to 2 of 8 treaties',
      'consented to 1 not yet in force for it',
      'signed 1 without consenting',
      'withdrew from 1',
      'not joined 3',
    ]);
  });
});

describe('issue 19: statuses and flags of the new treaties', () => {
  it('counts the treaties that ended apart from the ones a state left', () => {
    expect(summarizeStatuses(['party', 'treaty-ended', 'treaty-ended', 'withdrawn'], 4)).toEqual([
      'Party to 1 of 4 treaties',
      'withdrew from 1',
      'was in 2 that ended',
    ]);
  });
});

describe('issue 19: consents whose date of entry into force is not recorded', () => {
  it('are named apart, never as "not yet in force"', () => {
    expect(summarizeStatuses(['party', 'consented', 'consented'], 3, 1)).toEqual([
      'Party to 1 of 3 treaties',
      'consented to 1 not yet in force for it',
      'consented to 1 whose date of entry into force for it is not recorded',
    ]);
  });
});
