import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import { countOn, disputedWithdrawalOn, getStatusOn, type ParticipantFacts } from './status.ts';

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

describe('after the treaty ends, and the new flags (issue 19)', () => {
  // INF: the US notice of 2 Feb 2019 took effect, and ended the treaty, on 2 Aug 2019.
  const end = { from: d('2019-08-02'), date: d('2019-08-02') };
  const us: ParticipantFacts = {
    consent: { date: d('1988-06-01') },
    entryIntoForce: { date: d('1988-06-01'), basis: 'treaty-entry-into-force' },
    withdrawal: { deposited: d('2019-02-02'), effective: d('2019-08-02') },
    treatyEnded: end,
  };
  const russia: ParticipantFacts = {
    consent: { date: d('1988-06-01') },
    entryIntoForce: { date: d('1988-06-01'), basis: 'treaty-entry-into-force' },
    suspensionClaimed: d('2019-02-02'),
    treatyEnded: end,
  };

  it('is "treaty ended, was a party until …" for every state still in it, the withdrawing one too', () => {
    expect(getStatusOn(us, d('2019-08-01'))).toEqual({ status: 'withdrawal-pending', until: '2019-08-02', flags: [] });
    expect(getStatusOn(us, d('2019-08-02'))).toEqual({ status: 'treaty-ended', until: '2019-08-02', flags: [] });
    expect(getStatusOn(russia, d('2019-08-01'))).toEqual({ status: 'party', flags: ['suspension-claimed'] });
    expect(getStatusOn(russia, d('2026-01-01'))).toEqual({ status: 'treaty-ended', until: '2019-08-02', flags: [] });
  });

  it('counts no party and no contracting state after the end', () => {
    const list = [
      { country: 'united-states', facts: us },
      { country: 'russia', facts: russia },
    ];
    expect(countOn(list, d('2019-08-01'))).toMatchObject({ bound: 2, parties: 2, treatyEnded: 0 });
    expect(countOn(list, d('2019-08-02'))).toMatchObject({ bound: 0, parties: 0, withdrawn: 0, treatyEnded: 2 });
  });

  it('keeps a withdrawal that took effect before the end a withdrawal', () => {
    const earlier: ParticipantFacts = { ...us, withdrawal: { deposited: d('2010-01-01'), effective: d('2010-07-01') } };
    expect(getStatusOn(earlier, d('2020-01-01')).status).toBe('withdrawn');
  });

  it('flags a disputed withdrawal beside "party" and keeps the state counted (DPRK, NPT, 10 Jan 2003)', () => {
    const dprk: ParticipantFacts = {
      consent: { date: d('1985-12-12') },
      entryIntoForce: { date: d('1985-12-12'), basis: 'rule' },
      withdrawalDisputed: d('2003-01-10'),
    };
    expect(getStatusOn(dprk, d('2003-01-09'))).toEqual({ status: 'party', flags: [] });
    expect(getStatusOn(dprk, d('2003-01-10'))).toEqual({ status: 'party', flags: ['withdrawal-disputed'] });
    expect(countOn([{ country: 'north-korea', facts: dprk }], d('2026-02-03')).bound).toBe(1);
  });

  it('drops the suspension flag once the withdrawal has taken effect (Russia, CFE, 7 Nov 2023)', () => {
    const russiaCfe: ParticipantFacts = {
      consent: { date: d('1992-09-03') },
      entryIntoForce: { date: d('1992-11-09'), basis: 'treaty-entry-into-force' },
      withdrawal: { deposited: d('2023-06-09'), effective: d('2023-11-07') },
      suspensionClaimed: d('2007-12-12'),
    };
    expect(getStatusOn(russiaCfe, d('2007-12-12')).flags).toEqual(['suspension-claimed']);
    expect(getStatusOn(russiaCfe, d('2023-11-06'))).toEqual({
      status: 'withdrawal-pending',
      until: '2023-11-07',
      flags: ['suspension-claimed'],
    });
    expect(getStatusOn(russiaCfe, d('2023-11-07'))).toEqual({ status: 'withdrawn', flags: [] });
  });
});

describe('disputedWithdrawalOn', () => {
  it('gives the announcement day from that day on, and nothing before or without one', () => {
    const facts = { withdrawalDisputed: d('2003-01-10') };
    expect(disputedWithdrawalOn(facts, d('2003-01-09'))).toBeUndefined();
    expect(disputedWithdrawalOn(facts, d('2003-01-10'))).toBe('2003-01-10');
    expect(disputedWithdrawalOn({}, d('2026-02-03'))).toBeUndefined();
  });
});
