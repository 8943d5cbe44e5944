import { describe, expect, it } from 'vitest';
import { toIsoDate as d } from '../core/dates.ts';
import { decodeFacts, encodeFacts, parseAsOfData, serializeAsOfData, toAsOfData } from './as-of-data.ts';
import { getStatusOn, type ParticipantFacts } from '../domain/status.ts';
import { realLedger } from '../../../tests/support/ledger.ts';

describe('as-of data', () => {
  const ledger = realLedger();

  it('round-trips every participant’s facts exactly', () => {
    for (const list of ledger.participantsByTreaty.values()) {
      for (const p of list) {
        const back = decodeFacts(JSON.parse(JSON.stringify(encodeFacts(p.country, p.facts))));
        expect(back.country).toBe(p.country);
        expect(back.facts.signature).toBe(p.facts.signature);
        expect(back.facts.consent).toEqual(p.facts.consent);
        expect(back.facts.consentRevoked).toBe(p.facts.consentRevoked);
        expect(back.facts.entryIntoForce).toEqual(p.facts.entryIntoForce);
        expect(back.facts.withdrawal).toEqual(p.facts.withdrawal);
        expect(back.facts.suspensionClaimed).toBe(p.facts.suspensionClaimed);
      }
    }
  });

  it('keeps the rare facts: revocation, suspension, succession, unknown dates', () => {
    const facts: ParticipantFacts = {
      signature: d('1996-09-24'),
      consent: { date: d('2000-06-30') },
      consentRevoked: d('2023-11-02'),
      entryIntoForce: { date: null, basis: 'succession' },
      withdrawal: { deposited: d('2025-01-01'), effective: null },
      suspensionClaimed: d('2025-06-29'),
    };
    expect(decodeFacts(encodeFacts('x', facts)).facts).toEqual(facts);
    expect(decodeFacts(encodeFacts('y', { entryIntoForce: null })).facts.entryIntoForce).toBeNull();
    expect(encodeFacts('y', { entryIntoForce: null })).toEqual(['y', '', '', '', '', -1]);
  });

  it('gives the same status in the browser’s decoding as in the build, on every date that matters', () => {
    const poland = ledger.participantsByTreaty.get('ottawa-convention')!.find((p) => p.country === 'poland')!;
    const decoded = decodeFacts(encodeFacts('poland', poland.facts)).facts;
    for (const date of [
      '1997-12-03',
      '1997-12-04',
      '2012-12-27',
      '2013-06-01',
      '2025-08-20',
      '2026-02-19',
      '2026-02-20',
    ]) {
      expect(getStatusOn(decoded, d(date))).toEqual(getStatusOn(poland.facts, d(date)));
    }
  });

  it('serializes to JSON that cannot close its script element', () => {
    const data = toAsOfData(d('2026-02-03'), [{ id: 't', name: '</script><!--', participants: [] }]);
    const text = serializeAsOfData(data);
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(parseAsOfData(text).treaties[0]?.name).toBe('</script><!--');
  });

  it('starts the date range at the earliest signature or opening', () => {
    const participants = ledger.participantsByTreaty.get('ottawa-convention')!;
    const data = toAsOfData(d('2026-02-03'), [
      { id: 'ottawa-convention', name: 'Ottawa Convention', opened: d('1997-12-03'), participants },
    ]);
    expect(data.min).toBe('1997-12-03');
    expect(data.max).toBe('2027-02-21'); // a year after Poland's withdrawal takes effect
    expect(data.treaties[0]).toMatchObject({ complete: true });
    expect(data.treaties[0]?.rows).toHaveLength(participants.length);
    const poland = toAsOfData(
      d('2026-02-03'),
      [{ id: 'ottawa-convention', name: 'Ottawa Convention', participants }],
      ['poland'],
    );
    expect(poland.treaties[0]).toMatchObject({
      complete: false,
      rows: [expect.arrayContaining(['poland', '2026-02-20'])],
    });
  });

  it('rejects a row with a date that is not one', () => {
    expect(() => decodeFacts(['x', '2025-02-30'])).toThrow(/signature "2025-02-30" is not a date/);
    expect(() => parseAsOfData('{"asOf":"2026-13-01","min":"2000-01-01","max":"2027-01-01","treaties":[]}')).toThrow(
      /expected/,
    );
  });
});
