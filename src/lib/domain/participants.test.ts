import { describe, expect, it } from 'vitest';
import type { CuratedEvent, Override } from '../../schemas/events.ts';
import { toIsoDate as d } from '../core/dates.ts';
import { buildParticipants, rowSources, type TreatyForMerge } from './participants.ts';
import { realLedger } from '../../../tests/support/ledger.ts';
import { countOn, getStatusOn } from './status.ts';

const src = [{ source: 'test-source' }];
const event = (e: Partial<CuratedEvent> & Pick<CuratedEvent, 'id' | 'country' | 'type' | 'date'>): CuratedEvent =>
  ({ treaty: 't', title: 'x', sources: src, claimsSuspension: false, ...e }) as CuratedEvent;

describe('a bilateral treaty without a depositary (INF)', () => {
  const inf: TreatyForMerge = {
    id: 't',
    entryIntoForce: d('1988-06-01'),
    end: { from: d('2019-08-02'), date: d('2019-08-02') },
    rules: {
      entryIntoForce: { kind: 'not-applicable', note: 'bilateral' },
      withdrawal: { kind: 'months-after-notice', months: 6, article: 'Art. XV(2)' },
    },
  };
  const events: CuratedEvent[] = [
    event({
      id: 'us-consent',
      country: 'united-states',
      type: 'consent',
      consentType: 'ratification',
      date: '1988-06-01',
    }),
    event({ id: 'ru-consent', country: 'russia', type: 'consent', consentType: 'ratification', date: '1988-06-01' }),
    event({
      id: 'by-consent',
      country: 'belarus',
      type: 'consent',
      consentType: 'succession',
      date: '2017-12-12',
      earliestRecord: true,
    }),
    event({ id: 'us-notice', country: 'united-states', type: 'withdrawal-notice', date: '2019-02-02' }),
  ];
  const list = buildParticipants(inf, undefined, events, []);
  const of = (c: string) => list.find((p) => p.country === c)!;

  it('takes consent from curated events and the withdrawal from the curated notice, dated by the rule', () => {
    expect(of('united-states').consent).toMatchObject({ type: 'ratification', date: '1988-06-01', origin: 'curated' });
    expect(of('united-states').withdrawal).toMatchObject({
      deposited: '2019-02-02',
      computedEffective: '2019-08-02',
      effective: '2019-08-02',
      basis: 'rule',
      origin: 'curated',
      eventId: 'us-notice',
    });
    expect(of('united-states').entryIntoForce).toEqual({ date: '1988-06-01', basis: 'treaty-entry-into-force' });
  });

  it('marks a succession dated by its earliest record, and counts it a party from then, never earlier', () => {
    expect(of('belarus').consent).toMatchObject({ type: 'succession', earliestRecord: true });
    expect(getStatusOn(of('belarus').facts, d('2017-12-11')).status).toBe('not-joined');
    expect(getStatusOn(of('belarus').facts, d('2017-12-12')).status).toBe('party');
  });

  it('counts 3 the day before the end and none after', () => {
    expect(countOn(list, d('2019-08-01'))).toMatchObject({ bound: 3, parties: 3, treatyEnded: 0 });
    expect(countOn(list, d('2019-08-02'))).toMatchObject({ bound: 0, parties: 0, treatyEnded: 3 });
  });
});

describe('flags from sourced events', () => {
  const cfe: TreatyForMerge = {
    id: 't',
    entryIntoForce: d('1992-11-09'),
    rules: {
      entryIntoForce: { kind: 'unknown', note: 'closed' },
      withdrawal: { kind: 'at-least-days-before-named-date', days: 150, article: 'Art. XIX(2)' },
    },
  };
  const participation = {
    treaty: 't',
    source: 's',
    statusAsAt: '2023-11-07',
    importedFrom: 'x',
    formerStates: [],
    participants: [
      {
        country: 'united-states',
        untcName: 'United States of America',
        consent: { type: 'ratification' as const, date: '1992-01-29' },
        untcNotes: [],
        deposits: [],
        sources: [],
      },
      {
        country: 'russia',
        untcName: 'Russian Federation',
        consent: { type: 'ratification' as const, date: '1992-09-03' },
        withdrawal: { deposited: '2023-06-09', effective: '2023-11-07' },
        untcNotes: [],
        deposits: [],
        sources: [],
      },
    ],
  };

  it('a suspension decided on 7 Nov and applied from 7 Dec 2023 flags from 7 Dec (US, CFE)', () => {
    const [us] = buildParticipants(
      cfe,
      participation,
      [
        event({
          id: 'us-susp',
          country: 'united-states',
          type: 'suspension',
          date: '2023-11-07',
          effective: '2023-12-07',
          claimsSuspension: true,
        }),
      ],
      [],
    ).filter((p) => p.country === 'united-states');
    expect(us?.facts.suspensionClaimed).toBe('2023-12-07');
  });

  it('a date the state names is used as recorded (Russia, CFE: out on 7 Nov 2023)', () => {
    const russia = buildParticipants(cfe, participation, [], []).find((p) => p.country === 'russia');
    expect(russia?.withdrawal).toMatchObject({ computedEffective: null, effective: '2023-11-07', basis: 'recorded' });
  });

  it('a disputed withdrawal announcement flags the state and leaves it counted (DPRK)', () => {
    const [dprk] = buildParticipants(
      { ...cfe, id: 'npt' },
      {
        ...participation,
        treaty: 'npt',
        participants: [
          {
            ...participation.participants[0]!,
            country: 'north-korea',
            consent: { type: 'accession', date: '1985-12-12' },
          },
        ],
      },
      [
        event({
          treaty: 'npt',
          id: 'dprk',
          country: 'north-korea',
          type: 'announcement',
          date: '2003-01-10',
          withdrawalDisputed: true,
        }),
      ],
      [],
    );
    expect(dprk?.facts.withdrawalDisputed).toBe('2003-01-10');
    expect(dprk?.withdrawal).toBeUndefined();
  });
});

describe('Tlatelolco Art. 28(2): a waiver date from a cited source, else not recorded', () => {
  const tlatelolco: TreatyForMerge = {
    id: 't',
    individually: true,
    rules: {
      entryIntoForce: { kind: 'on-waiver-deposit', article: 'Art. 28(2)', note: 'per state' },
      withdrawal: { kind: 'months-after-notice', months: 3, article: 'Art. 30(2)' },
    },
  };
  const rows = (country: string, date: string) => ({
    country,
    untcName: country,
    consent: { type: 'ratification' as const, date },
    untcNotes: [],
    deposits: [],
    sources: [],
  });
  const participation = {
    treaty: 't',
    source: 's',
    statusAsAt: '2026-08-22',
    importedFrom: 'x',
    formerStates: [],
    participants: [rows('brazil', '1968-01-29'), rows('mexico', '1967-09-20')],
  };
  const brazilWaiver: Override = {
    treaty: 't',
    country: 'brazil',
    field: 'entryIntoForce',
    date: '1994-05-30',
    reason: 'waiver deposited',
    sources: src,
  };
  const list = buildParticipants(tlatelolco, participation, [], [brazilWaiver]);

  it('Brazil: in force for it from its waiver of 30 May 1994, not from its 1968 ratification', () => {
    const brazil = list.find((p) => p.country === 'brazil')!;
    expect(brazil.entryIntoForce).toEqual({ date: '1994-05-30', basis: 'override' });
    expect(getStatusOn(brazil.facts, d('1994-05-29'))).toEqual({ status: 'consented', until: '1994-05-30', flags: [] });
    expect(getStatusOn(brazil.facts, d('1994-05-30')).status).toBe('party');
  });

  it('another state: a contracting state whose date is not recorded, never a computed party', () => {
    const mexico = list.find((p) => p.country === 'mexico')!;
    expect(mexico.entryIntoForce).toEqual({ date: null, basis: 'waiver-not-recorded' });
    expect(getStatusOn(mexico.facts, d('2026-08-22'))).toEqual({ status: 'consented', flags: [] });
    expect(countOn(list, d('2026-08-22'))).toMatchObject({ bound: 2, parties: 1 });
  });
});

describe('rowSources: what a participant’s row rests on', () => {
  const ledger = realLedger();
  it('a depositary row: the status page the row was read from', () => {
    const npt = ledger.participantByKey.get('npt:united-states')!;
    expect(rowSources(npt).map((s) => s.source)).toEqual(npt.sources.map((s) => s.source));
    expect(rowSources(npt).length).toBeGreaterThan(0);
  });

  it('a bilateral treaty, which no depositary records: the sources of the curated consent', () => {
    expect(rowSources(ledger.participantByKey.get('new-start:united-states')!).map((s) => s.source)).toEqual([
      'upi-2011-02-05-new-start',
    ]);
    expect(rowSources(ledger.participantByKey.get('inf-treaty:russia')!).map((s) => s.source)).toEqual([
      'epthinktank-inf-timeline',
    ]);
  });
});
