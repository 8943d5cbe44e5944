import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import { countOn, getStatusOn, type ParticipantFacts } from './status.ts';

const poland: ParticipantFacts = {
  signature: d('1997-12-04'),
  consent: { date: d('2012-12-27') },
  entryIntoForce: { date: d('2013-06-01'), basis: 'rule' },
  withdrawal: { deposited: d('2025-08-20'), effective: d('2026-02-20') },
};

describe('getStatusOn', () => {
  it.each([
    ['1997-12-03', 'not-joined'],
    ['1997-12-04', 'signatory'],
    ['2012-12-27', 'consented'],
    ['2013-05-31', 'consented'],
    ['2013-06-01', 'party'],
    ['2025-08-19', 'party'],
    ['2025-08-20', 'withdrawal-pending'],
    ['2026-01-01', 'withdrawal-pending'],
    ['2026-02-19', 'withdrawal-pending'],
    ['2026-02-20', 'withdrawn'],
    ['2026-03-01', 'withdrawn'],
  ])('Poland and the Ottawa convention on %s: %s', (date, status) => {
    expect(getStatusOn(poland, d(date)).status).toBe(status);
  });

  it('says until when a withdrawal is pending and when a consent takes effect', () => {
    expect(getStatusOn(poland, d('2026-01-01')).until).toBe('2026-02-20');
    expect(getStatusOn(poland, d('2013-01-01')).until).toBe('2013-06-01');
  });

  it('keeps a state that claims suspension a party, with the flag beside it', () => {
    const ukraine: ParticipantFacts = {
      signature: undefined,
      consent: { date: d('2005-12-27') },
      entryIntoForce: { date: d('2006-06-01'), basis: 'rule' },
      suspensionClaimed: d('2025-06-29'),
    };
    expect(getStatusOn(ukraine, d('2025-06-28'))).toEqual({ status: 'party', flags: [] });
    expect(getStatusOn(ukraine, d('2026-02-03'))).toEqual({ status: 'party', flags: ['suspension-claimed'] });
  });

  it('returns a state whose ratification was revoked to signatory, flagged', () => {
    const russiaCtbt: ParticipantFacts = {
      signature: d('1996-09-24'),
      consent: { date: d('2000-05-27') },
      consentRevoked: d('2023-11-02'),
      entryIntoForce: { date: null, basis: 'treaty-not-in-force' },
    };
    expect(getStatusOn(russiaCtbt, d('2010-01-01')).status).toBe('consented');
    expect(getStatusOn(russiaCtbt, d('2023-11-02'))).toEqual({ status: 'signatory', flags: ['ratification-revoked'] });
  });

  it('treats a succession as binding from its notification', () => {
    const facts: ParticipantFacts = {
      consent: { date: d('1994-02-25') },
      entryIntoForce: { date: null, basis: 'succession' },
    };
    expect(getStatusOn(facts, d('1994-02-24')).status).toBe('not-joined');
    expect(getStatusOn(facts, d('1994-02-25')).status).toBe('party');
  });
});

describe('countOn', () => {
  const vanuatu: ParticipantFacts = {
    consent: { date: d('2025-09-05') },
    entryIntoForce: { date: d('2026-03-01'), basis: 'rule' },
  };
  const signatoryOnly: ParticipantFacts = { signature: d('2008-12-03'), entryIntoForce: null };
  const participants = [
    { country: 'poland', facts: poland },
    { country: 'vanuatu', facts: vanuatu },
    { country: 'somewhere', facts: signatoryOnly },
  ];

  it('counts states bound separately from parties in force', () => {
    const counts = countOn(participants, d('2026-02-03'));
    expect(counts.bound).toBe(2);
    expect(counts.parties).toBe(1);
    expect(counts.signatoriesOnly).toBe(1);
    expect(counts.withdrawalsPending).toEqual([{ country: 'poland', effective: '2026-02-20' }]);
    expect(counts.awaitingEntryIntoForce).toEqual([{ country: 'vanuatu', entryIntoForce: '2026-03-01' }]);
  });

  it('moves a withdrawn state out of both counts', () => {
    const counts = countOn(participants, d('2026-03-01'));
    expect(counts).toMatchObject({ bound: 1, parties: 1, withdrawn: 1 });
  });
});
