/**
 * Issue 19's "Must show", on the real content: the ledger built from src/content (the generated
 * participation files, the treaty files and the curated events), read the way the integrity check
 * reads them, gives the figures the sources give — and, on each treaty's `as_at` date, exactly the
 * counts of data/unoda/counts.csv.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import { ledgerFromDisk } from './ledger-from-disk.ts';
import { countOn, getStatusOn } from '../domain/status.ts';
import { checkWithdrawalDate } from '../domain/treaty-rules.ts';
import { isTreatyInForceOn, treatyLife } from '../domain/treaty-life.ts';
import { readAsAt, readTable, TREATIES } from '../../../scripts/import-unoda.ts';

const ROOT = join(import.meta.dirname, '../../..');
const ledger = ledgerFromDisk(ROOT, '2026-02-03');

const participants = (treaty: string) => ledger.participantsByTreaty.get(treaty) ?? [];
const participant = (treaty: string, country: string) => {
  const p = participants(treaty).find((x) => x.country === country);
  if (!p) throw new Error(`no ${country} in ${treaty}`);
  return p;
};
const counts = (treaty: string, date: string) => countOn(participants(treaty), d(date));
const status = (treaty: string, country: string, date: string) =>
  getStatusOn(participant(treaty, country).facts, d(date));
const treaty = (id: string) => {
  const t = ledger.treaties.get(id);
  if (!t) throw new Error(`no treaty ${id}`);
  return t.data;
};

describe('several depositaries: every deposit kept, the earliest counts', () => {
  it('NPT, Kazakhstan: three deposits on three dates; consent and entry into force on the earliest (Washington)', () => {
    const kz = participant('npt', 'kazakhstan');
    expect(kz.deposits?.map((x) => `${x.date} ${x.depositary}`)).toEqual([
      '1994-02-14 Washington',
      '1994-03-21 London',
      '1994-05-20 Moscow',
    ]);
    expect(kz.consent).toMatchObject({ type: 'accession', date: '1994-02-14', depositary: 'Washington' });
    expect(kz.review).toBeUndefined();
    // NPT Art. IX(4): in force for a state on the day it deposits.
    expect(kz.entryIntoForce).toEqual({ date: '1994-02-14', basis: 'rule' });
    expect(status('npt', 'kazakhstan', '1994-02-13').status).toBe('not-joined');
    expect(status('npt', 'kazakhstan', '1994-02-14').status).toBe('party');
  });

  it('NPT, Andorra (London 1986, Washington and Moscow 1996): shown as disputed with every deposit, never settled', () => {
    const ad = participant('npt', 'andorra');
    expect(ad.deposits?.map((x) => `${x.date} ${x.depositary}`)).toEqual([
      '1986-06-07 London',
      '1996-06-25 Washington',
      '1996-07-02 Moscow',
    ]);
    expect(ad.review?.reasons).toEqual(['years-apart']);
    expect(ad.review?.note).toContain('1996-07-02 accession (Moscow)');
    expect(ledger.disputedConsents).toContain(ad);
  });

  it('BWC, Sri Lanka (London 1976, the others 1986) is on the review list too, with the predecessor and disagreement cases', () => {
    const list = ledger.disputedConsents.map((p) => `${p.treaty}:${p.country}:${p.review?.reasons.join('+')}`);
    expect(list).toContain('bwc:sri-lanka:years-apart');
    expect(list).toContain('npt:serbia:predecessor+years-apart');
    expect(list).toContain('outer-space-treaty:cuba:sources-disagree');
    expect(list).toContain('open-skies-treaty:czechia:predecessor+sources-disagree');
    // The eleven pairs two years or more apart (the research's list), none missed and none added.
    expect(list.filter((x) => x.includes('years-apart')).sort()).toEqual([
      'bwc:equatorial-guinea:years-apart',
      'bwc:serbia:predecessor+years-apart',
      'bwc:sri-lanka:years-apart',
      'bwc:suriname:years-apart',
      'npt:andorra:years-apart',
      'npt:angola:years-apart',
      'npt:cambodia:years-apart',
      'npt:serbia:predecessor+years-apart',
      'npt:yemen:predecessor+years-apart',
      'partial-test-ban-treaty:serbia:predecessor+years-apart',
      'seabed-treaty:mongolia:years-apart',
    ]);
    // A continuing state's acts are its own: Russia (the USSR) is not disputed.
    expect(participant('npt', 'russia').review).toBeUndefined();
  });

  it('keeps Czechoslovakia as a former state: shown with CFE and Open Skies, never a participant', () => {
    for (const id of ['cfe-treaty', 'open-skies-treaty']) {
      const record = ledger.participation.get(id)?.data;
      expect(record?.formerStates.map((s) => `${s.name} ${s.code} ${s.successors.join('+')}`)).toEqual([
        'Czechoslovakia CSHH czechia+slovakia',
      ]);
      expect(participants(id).some((p) => p.untcName === 'Czechoslovakia')).toBe(false);
    }
  });
});

describe('withdrawals under each treaty’s own rule', () => {
  it('United States, Open Skies: notice 22 May 2020 → out 22 Nov 2020 (at least six months, Art. XV(2))', () => {
    const us = participant('open-skies-treaty', 'united-states');
    expect(us.withdrawal).toMatchObject({ deposited: '2020-05-22', effective: '2020-11-22', basis: 'recorded' });
    expect(checkWithdrawalDate(treaty('open-skies-treaty').rules.withdrawal, d('2020-05-22'), d('2020-11-22')).ok).toBe(
      true,
    );
    expect(status('open-skies-treaty', 'united-states', '2020-11-21')).toMatchObject({ status: 'withdrawal-pending' });
    expect(status('open-skies-treaty', 'united-states', '2020-11-22').status).toBe('withdrawn');
  });

  it('Russia, CFE: notice 9 Jun 2023 → out 7 Nov 2023 accepted (day 151); 5 Nov 2023 rejected (day 149)', () => {
    const rule = treaty('cfe-treaty').rules.withdrawal;
    expect(rule).toMatchObject({ kind: 'at-least-days-before-named-date', days: 150, article: 'Art. XIX(2)' });
    const ru = participant('cfe-treaty', 'russia');
    expect(ru.withdrawal).toMatchObject({ deposited: '2023-06-09', effective: '2023-11-07' });
    expect(checkWithdrawalDate(rule, d('2023-06-09'), d('2023-11-07'))).toEqual({ ok: true, basis: 'named-date' });
    expect(checkWithdrawalDate(rule, d('2023-06-09'), d('2023-11-05')).ok).toBe(false);
    expect(status('cfe-treaty', 'russia', '2023-11-06').status).toBe('withdrawal-pending');
    expect(status('cfe-treaty', 'russia', '2023-11-07').status).toBe('withdrawn');
  });

  it('the Geneva Protocol has no withdrawal clause', () => {
    expect(treaty('geneva-protocol').rules.withdrawal.kind).toBe('not-provided');
  });
});

describe('contracting states on the days the treaties changed', () => {
  it.each([
    ['open-skies-treaty', '2020-11-21', 34],
    ['open-skies-treaty', '2020-11-22', 33],
    ['open-skies-treaty', '2021-12-17', 33],
    ['open-skies-treaty', '2021-12-18', 32],
    ['cfe-treaty', '2023-11-06', 30],
    ['cfe-treaty', '2023-11-07', 29],
  ])('%s on %s: %i', (id, date, n) => {
    expect(counts(id, date).bound).toBe(n);
  });

  it('CFE: the allies’ suspensions change no count; each is flagged from the day it applies, on its own source', () => {
    const flagged = (country: string, date: string) =>
      status('cfe-treaty', country, date).flags.includes('suspension-claimed');
    for (const [country, from] of [
      ['canada', '2024-02-07'],
      ['czechia', '2023-11-07'],
      ['denmark', '2023-11-07'],
      ['italy', '2023-12-07'],
    ] as const) {
      expect(flagged(country, from), country).toBe(true);
      expect(flagged(country, d(from) > '2023-11-07' ? '2023-11-07' : '2023-11-06'), country).toBe(false);
      const act = participant('cfe-treaty', country).events.find((e) => 'claimsSuspension' in e && e.claimsSuspension);
      expect(act?.sources.length, country).toBeGreaterThan(0);
      expect(status('cfe-treaty', country, '2026-02-03').status, country).toBe('party');
    }
    expect(counts('cfe-treaty', '2026-02-03').bound).toBe(29);
  });

  it('Russia claimed to suspend the CFE Treaty from 12 Dec 2007, and New START from 21 Feb 2023: still a party', () => {
    expect(status('cfe-treaty', 'russia', '2007-12-11').flags).toEqual([]);
    expect(status('cfe-treaty', 'russia', '2007-12-12')).toEqual({ status: 'party', flags: ['suspension-claimed'] });
    expect(status('new-start', 'russia', '2023-02-21')).toEqual({ status: 'party', flags: ['suspension-claimed'] });
  });

  it('the DPRK and the NPT: withdrawal announced 10 Jan 2003, disputed; still a contracting state', () => {
    expect(status('npt', 'north-korea', '2003-01-09').flags).toEqual([]);
    expect(status('npt', 'north-korea', '2003-01-10')).toEqual({ status: 'party', flags: ['withdrawal-disputed'] });
    expect(participant('npt', 'north-korea').withdrawal).toBeUndefined();
  });

  it('Tlatelolco: in force for Brazil from its waiver (30 May 1994); for the others the date is not recorded', () => {
    expect(participant('treaty-of-tlatelolco', 'brazil').entryIntoForce).toEqual({
      date: '1994-05-30',
      basis: 'override',
    });
    expect(participant('treaty-of-tlatelolco', 'mexico').entryIntoForce).toEqual({
      date: null,
      basis: 'waiver-not-recorded',
    });
    expect(counts('treaty-of-tlatelolco', '2026-02-03')).toMatchObject({ bound: 33, parties: 1 });
  });
});

describe('the end of a treaty: nobody is a party after it', () => {
  it('INF: terminated on 2 Aug 2019 — five parties the day before, none the day after', () => {
    const life = treatyLife(treaty('inf-treaty'));
    expect(isTreatyInForceOn(life, d('2019-08-01'))).toBe(true);
    expect(isTreatyInForceOn(life, d('2019-08-02'))).toBe(false);
    expect(counts('inf-treaty', '2019-08-01')).toMatchObject({ bound: 5, parties: 5, treatyEnded: 0 });
    expect(counts('inf-treaty', '2019-08-03')).toMatchObject({ bound: 0, parties: 0, treatyEnded: 5 });
    expect(counts('inf-treaty', '2019-08-02').parties).toBe(0);
    expect(status('inf-treaty', 'united-states', '2019-08-01')).toMatchObject({
      status: 'withdrawal-pending',
      until: '2019-08-02',
    });
    expect(status('inf-treaty', 'united-states', '2019-08-02')).toEqual({
      status: 'treaty-ended',
      until: '2019-08-02',
      flags: [],
    });
    expect(participant('inf-treaty', 'united-states').withdrawal).toMatchObject({ origin: 'curated', basis: 'rule' });
    // Before the successor states' earliest record, the treaty had its two original parties.
    expect(counts('inf-treaty', '2017-12-11').parties).toBe(2);
  });

  it('New START: expired at the end of 5 Feb 2026 — two parties on 4 and 5 Feb, none on 6 Feb', () => {
    const life = treatyLife(treaty('new-start'));
    expect(isTreatyInForceOn(life, d('2026-02-05'))).toBe(true);
    expect(isTreatyInForceOn(life, d('2026-02-06'))).toBe(false);
    expect(counts('new-start', '2026-02-04')).toMatchObject({ bound: 2, parties: 2 });
    expect(counts('new-start', '2026-02-05')).toMatchObject({ bound: 2, parties: 2 });
    expect(counts('new-start', '2026-02-06')).toMatchObject({ bound: 0, parties: 0, treatyEnded: 2 });
    expect(status('new-start', 'russia', '2026-02-06')).toEqual({
      status: 'treaty-ended',
      until: '2026-02-05',
      flags: [],
    });
  });
});

describe('data/unoda/counts.csv, reproduced on each treaty’s as_at date', () => {
  const csv = (name: string) => readFileSync(join(ROOT, 'data/unoda', name), 'utf8');
  const asAt = readAsAt(csv('counts.csv'), 'counts.csv');
  const expected = readTable(csv('counts.csv'), 'counts.csv').rows;
  const idOfIso2 = new Map([...ledger.countries.values()].map((c) => [c.data.iso2, c.id]));

  it.each(expected.map((r) => [r['treaty_code'] ?? '', r] as const))('%s', (code, row) => {
    const id = TREATIES[code as keyof typeof TREATIES];
    const date = asAt.get(code) ?? '';
    expect(treaty(id).record?.asAt).toBe(date);
    expect(ledger.participation.get(id)?.data.statusAsAt).toBe(date);
    const c = counts(id, date);
    expect(c.bound, 'contracting states').toBe(Number(row['bound']));
    expect(c.withdrawn, 'withdrawn').toBe(Number(row['withdrawn']));
    expect(c.signatoriesOnly, 'signatories only').toBe(Number(row['signatories_without_consent']));
    const ids = (list: string | undefined) =>
      (list ?? '')
        .split(' ')
        .filter(Boolean)
        .map((iso2) => idOfIso2.get(iso2))
        .sort();
    const byStatus = (s: string) =>
      participants(id)
        .filter((p) => getStatusOn(p.facts, d(date)).status === s)
        .map((p) => p.country)
        .sort();
    expect(byStatus('withdrawn')).toEqual(ids(row['withdrawn_states']));
    expect(byStatus('signatory')).toEqual(ids(row['signatories_without_consent_states']));
  });
});

describe('known gaps are data the pages can show', () => {
  it('Geneva Protocol: at least six states and two signatures short', () => {
    const gap = treaty('geneva-protocol').record?.gaps.find((g) => g.kind === 'missing-participants');
    expect(gap).toMatchObject({ missingStates: 6, missingSignatures: 2 });
  });

  it('Outer Space Treaty: stale after July 2018 for most states', () => {
    const gap = treaty('outer-space-treaty').record?.gaps.find((g) => g.kind === 'stale');
    expect(gap?.since).toBe('2018-07-10');
  });

  it('the Republic of China’s and the GDR’s deposits are not in these sources (NPT, BWC, PTBT, Outer Space, Seabed)', () => {
    for (const id of ['npt', 'bwc', 'partial-test-ban-treaty', 'outer-space-treaty', 'seabed-treaty']) {
      const gap = treaty(id).record?.gaps.find((g) => g.kind === 'not-in-sources');
      expect(gap?.summary, id).toMatch(/Republic of China.*German Democratic Republic/);
    }
  });
});
