/**
 * The real dataset, through the same ledger the site builds (ledgerFromDisk): the counts the story
 * rests on, every recorded withdrawal date against the treaty's rule, entry-into-force dates against
 * the dates other sources give, and the curated facts (Ukraine, Russia) that change a status.
 */
import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../src/lib/core/dates.ts';
import { countOn, getStatusOn } from '../src/lib/domain/status.ts';
import { checkWithdrawalDate, computeWithdrawalEffective } from '../src/lib/domain/treaty-rules.ts';
import { realLedger } from '../tests/support/ledger.ts';

const ledger = realLedger();
const participants = (treaty: string) => ledger.participantsByTreaty.get(treaty) ?? [];
const participant = (treaty: string, country: string) => {
  const p = participants(treaty).find((x) => x.country === country);
  if (!p) throw new Error(`no ${country} in ${treaty}`);
  return p;
};

describe('counts computed from the depositary record', () => {
  it('Ottawa Convention: 162 states bound on 3 February 2026, 161 on 1 March 2026 once Poland has left', () => {
    const ottawa = participants('ottawa-convention');
    expect(countOn(ottawa, d('2026-02-03'))).toMatchObject({
      bound: 162,
      parties: 162,
      withdrawn: 4,
      withdrawalsPending: [{ country: 'poland', effective: '2026-02-20' }],
    });
    expect(countOn(ottawa, d('2026-03-01'))).toMatchObject({
      bound: 161,
      parties: 161,
      withdrawn: 5,
      withdrawalsPending: [],
    });
  });

  it('Convention on Cluster Munitions: 112 bound, 111 parties on 3 February 2026 (Vanuatu in force from 1 March 2026)', () => {
    expect(ledger.countsAsOf.get('convention-on-cluster-munitions')).toMatchObject({
      bound: 112,
      parties: 111,
      withdrawn: 1,
      awaitingEntryIntoForce: [{ country: 'vanuatu', entryIntoForce: '2026-03-01' }],
    });
    expect(countOn(participants('convention-on-cluster-munitions'), d('2026-03-01'))).toMatchObject({
      bound: 112,
      parties: 112,
    });
  });

  it('CTBT: not in force, so no parties; Russia and Montenegro are not counted as parties', () => {
    const counts = ledger.countsAsOf.get('ctbt');
    expect(counts?.parties).toBe(0);
    expect(counts?.bound).toBe(178);
    expect(ledger.statusAsOf.get('ctbt:montenegro')?.status).toBe('consented');
  });

  it('every treaty with a depositary has its participation file, and every participant has a country', () => {
    expect([...ledger.treaties.keys()].sort()).toEqual([
      'arms-trade-treaty',
      'bwc',
      'ccw-convention',
      'cfe-treaty',
      'chemical-weapons-convention',
      'convention-on-cluster-munitions',
      'ctbt',
      'enmod-convention',
      'geneva-protocol',
      'inf-treaty',
      'new-start',
      'npt',
      'open-skies-treaty',
      'ottawa-convention',
      'outer-space-treaty',
      'partial-test-ban-treaty',
      'seabed-treaty',
      'tpnw',
      'treaty-of-bangkok',
      'treaty-of-pelindaba',
      'treaty-of-rarotonga',
      'treaty-of-semipalatinsk',
      'treaty-of-tlatelolco',
    ]);
    for (const [id, t] of ledger.treaties)
      expect(ledger.participation.has(id), id).toBe(t.data.parties === 'multilateral');
    for (const list of ledger.participantsByTreaty.values())
      for (const p of list) expect(ledger.countries.has(p.country), p.country).toBe(true);
    expect(ledger.countries.size).toBeGreaterThanOrEqual(195);
  });
});

describe('dates against the treaty rules', () => {
  it('every withdrawal date the depositary records fits the treaty rule, with no override', () => {
    const recorded = [...ledger.participantsByTreaty.values()].flat().filter((p) => p.withdrawal?.recordedEffective);
    expect(recorded.map((p) => `${p.treaty}:${p.country}`).sort()).toEqual([
      'cfe-treaty:russia',
      'convention-on-cluster-munitions:lithuania',
      'open-skies-treaty:russia',
      'open-skies-treaty:united-states',
      'ottawa-convention:estonia',
      'ottawa-convention:finland',
      'ottawa-convention:latvia',
      'ottawa-convention:lithuania',
      'ottawa-convention:poland',
    ]);
    for (const p of recorded) {
      const rule = ledger.treaties.get(p.treaty)!.data.rules.withdrawal;
      const w = p.withdrawal!;
      // CFE and Open Skies: the state names the date, and the notice must come early enough before it.
      const named =
        rule.kind === 'at-least-days-before-named-date' || rule.kind === 'at-least-months-before-named-date';
      expect(checkWithdrawalDate(rule, d(w.deposited), d(w.recordedEffective!)).ok, `${p.treaty}:${p.country}`).toBe(
        true,
      );
      if (!named)
        expect(computeWithdrawalEffective(rule, d(w.deposited)), `${p.treaty}:${p.country}`).toBe(w.recordedEffective);
      expect(w.basis, `${p.treaty}:${p.country}`).toBe(named ? 'recorded' : 'rule');
    }
  });

  it('computed entry-into-force dates match those other sources give', () => {
    // Poland: Landmine Monitor; Marshall Islands and Tonga: ICBL press releases (see the claims).
    expect(participant('ottawa-convention', 'poland').entryIntoForce).toEqual({ date: '2013-06-01', basis: 'rule' });
    expect(participant('ottawa-convention', 'marshall-islands').entryIntoForce).toEqual({
      date: '2025-09-01',
      basis: 'rule',
    });
    expect(participant('ottawa-convention', 'tonga').entryIntoForce).toEqual({ date: '2025-12-01', basis: 'rule' });
    expect(participant('convention-on-cluster-munitions', 'vanuatu').entryIntoForce).toEqual({
      date: '2026-03-01',
      basis: 'rule',
    });
  });

  it('the withdrawal articles are the ones the texts put them in (APMBC and CCM: Art. 20(3))', () => {
    for (const id of ['ottawa-convention', 'convention-on-cluster-munitions']) {
      const rule = ledger.treaties.get(id)!.data.rules.withdrawal;
      expect(rule).toMatchObject({
        kind: 'months-after-notice',
        months: 6,
        article: 'Art. 20(3)',
        armedConflict: { article: 'Art. 20(3)' },
      });
    }
  });
});

describe('curated facts that change what a page shows', () => {
  it('Ukraine stays a party to the Ottawa Convention, flagged "suspension claimed" from the Rada vote', () => {
    const ukraine = participant('ottawa-convention', 'ukraine');
    expect(ukraine.withdrawal).toBeUndefined();
    expect(ledger.statusAsOf.get('ottawa-convention:ukraine')).toEqual({
      status: 'party',
      flags: ['suspension-claimed'],
    });
    expect(getStatusOn(ukraine.facts, d('2025-07-14')).flags).toEqual([]);
    expect(getStatusOn(ukraine.facts, d('2025-07-15')).flags).toEqual(['suspension-claimed']);
  });

  it("Ukraine's 2025 domestic acts are on its timeline, each with a source", () => {
    const acts = (ledger.eventsByCountry.get('ukraine') ?? []).filter(
      (e) => e.origin === 'curated' && e.treaty === 'ottawa-convention',
    );
    expect(acts.map((e) => [e.date, e.kind])).toEqual([
      ['2025-06-29', 'decree'],
      ['2025-07-14', 'other'],
      ['2025-07-15', 'parliament-vote'],
      ['2025-07-18', 'suspension'],
    ]);
    for (const e of acts) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(ledger.sources.get(s.source)?.data.url, s.source).toMatch(/^https:\/\//);
    }
    const rada = eventById('ukraine-apmbc-rada-vote-2025-07-15');
    expect(rada.title).toContain('299');
  });

  it('Russia is a CTBT signatory whose ratification was revoked on 2 November 2023', () => {
    const russia = participant('ctbt', 'russia');
    expect(russia.consent).toMatchObject({ type: 'ratification', date: '2000-06-30', origin: 'curated' });
    expect(getStatusOn(russia.facts, d('2023-11-01'))).toEqual({ status: 'consented', until: undefined, flags: [] });
    expect(getStatusOn(russia.facts, d('2023-11-02'))).toEqual({
      status: 'signatory',
      flags: ['ratification-revoked'],
    });
  });

  it('NATO and EU memberships cover the states in the story, each with a source', () => {
    for (const org of ['nato', 'eu']) {
      const members = ledger.organizations.get(org)?.data.members ?? [];
      for (const c of ['poland', 'estonia', 'latvia', 'lithuania', 'finland', 'france', 'sweden']) {
        const m = members.find((x) => x.country === c);
        expect(m?.sources.length, `${org}:${c}`).toBeGreaterThan(0);
      }
    }
    expect(ledger.membershipsByCountry.get('finland')?.find((m) => m.organization === 'nato')?.joined).toBe(
      '2023-04-04',
    );
  });
});

function eventById(id: string) {
  const e = ledger.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
}
