/**
 * The full depositary record for tests whose figures need every participant (162 states bound by
 * the Ottawa Convention on 3 Feb 2026), while the content may hold only a few. Reads the UNTC CSV
 * the import reads (`data/untc/`, or the copy in tests/fixtures/untc/) and builds participants with
 * the same merge and treaty rules the site uses (src/lib/participants.ts): real data, same rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Participation } from '../../src/schemas/participation.ts';
import { buildLedger, type Entry, type Ledger } from '../../src/lib/ledger.ts';
import { ledgerFromDisk } from '../../src/lib/ledger-from-disk.ts';
import { toIsoDate } from '../../src/lib/dates.ts';
import { buildParticipants, type Participant } from '../../src/lib/participants.ts';
import { ROOT } from './build.ts';

export interface UntcRow {
  treaty: string;
  participant_untc: string;
  iso3: string;
  iso_numeric: string;
  signature_date: string;
  consent_date: string;
  consent_type: string;
  withdrawal_deposit_date: string;
  withdrawal_effective_date: string;
}

const FILE = 'participants-2026-02-03.csv';

export function readUntcRows(): UntcRow[] {
  const candidates = [join(ROOT, 'data/untc', FILE), join(ROOT, 'tests/fixtures/untc', FILE)];
  const path = candidates.find((p) => existsSync(p));
  if (!path) throw new Error(`No UNTC CSV at ${candidates.join(' or ')}`);
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as UntcRow[];
}

/** Treaty ids of the two treaties the seed content has, by the CSV's short code. */
export const TREATY_BY_CODE: Record<string, string> = { APMBC: 'ottawa-convention', CCM: 'convention-on-cluster-munitions' };

/**
 * The depositary record of one treaty as the content's participation file would hold it, from the
 * CSV. Country ids are the ledger's where the ISO numeric code matches, else the lower-case ISO
 * alpha-3 code.
 */
export function participationFromCsv(ledger: Ledger, code: string): Participation {
  const treatyId = TREATY_BY_CODE[code];
  if (!treatyId) throw new Error(`No treaty id for ${code}`);
  const treaty = ledger.treaties.get(treatyId);
  if (!treaty) throw new Error(`The content has no treaty ${treatyId}`);
  const idByIso = new Map([...ledger.countries.values()].map((c) => [c.data.isoNumeric, c.id]));
  return {
    treaty: treatyId,
    source: `untc-${treaty.data.untc.number.toLowerCase()}`,
    statusAsAt: '2026-02-03',
    importedFrom: `data/untc/${FILE}`,
    participants: readUntcRows()
      .filter((r) => r.treaty === code)
      .map((r) => ({
        country: idByIso.get(r.iso_numeric) ?? r.iso3.toLowerCase(),
        untcName: r.participant_untc,
        ...(r.signature_date ? { signature: r.signature_date } : {}),
        ...(r.consent_date ? { consent: { type: r.consent_type as 'ratification', date: r.consent_date } } : {}),
        ...(r.withdrawal_deposit_date
          ? { withdrawal: { deposited: r.withdrawal_deposit_date, ...(r.withdrawal_effective_date ? { effective: r.withdrawal_effective_date } : {}) } }
          : {}),
        untcNotes: [],
        sources: [],
      })),
  };
}

/**
 * Participants of a treaty for tests: the ledger's own when the content holds the full record,
 * else built from the CSV with the treaty's rules from the content (src/lib/participants.ts).
 */
export function fullParticipants(ledger: Ledger, code: string): Participant[] {
  const participation = participationFromCsv(ledger, code);
  const own = ledger.participantsByTreaty.get(participation.treaty) ?? [];
  if (own.length >= participation.participants.length) return own;
  const t = ledger.treaties.get(participation.treaty)!.data;
  return buildParticipants(
    { id: participation.treaty, entryIntoForce: t.entryIntoForce.date ? toIsoDate(t.entryIntoForce.date) : undefined, rules: t.rules },
    participation,
    [],
    [],
  );
}

/** A participant's name: the ledger's, else the depositary's for a CSV-built id. */
export function participantName(ledger: Ledger, id: string): string {
  const own = ledger.countries.get(id)?.data.name;
  if (own) return own;
  const row = readUntcRows().find((r) => r.iso3.toLowerCase() === id);
  if (!row) throw new Error(`No participant ${id} in the ledger or the UNTC CSV`);
  return row.participant_untc;
}

/**
 * A ledger with every participant of the full UNTC record for the treaties the content defines
 * (Ottawa and CCM in the seed): the content's own entries plus countries and participation built
 * from the CSV. For component tests and size measurements that need the real number of states.
 */
export function fullLedger(asOf: string): Ledger {
  const seed = ledgerFromDisk(ROOT, asOf);
  const rows = readUntcRows();
  const countries = new Map([...seed.countries.values()].map((c) => [c.data.isoNumeric, c]));
  for (const r of rows) {
    if (countries.has(r.iso_numeric)) continue;
    countries.set(r.iso_numeric, {
      id: r.iso3.toLowerCase(),
      data: { name: r.participant_untc, officialName: r.participant_untc, iso2: r.iso3.slice(0, 2), iso3: r.iso3, isoNumeric: r.iso_numeric, region: 'World', unStatus: 'member', alternativeNames: [] },
    });
  }
  const entries = <T,>(m: Map<string, Entry<T>>) => [...m.values()];
  return buildLedger({
    asOf: toIsoDate(asOf),
    countries: [...countries.values()],
    organizations: entries(seed.organizations),
    treaties: entries(seed.treaties),
    participation: Object.keys(TREATY_BY_CODE).map((code) => {
      const data = participationFromCsv(seed, code);
      return { id: data.treaty, data };
    }),
    events: [],
    sources: entries(seed.sources),
    claims: entries(seed.claims),
    briefings: entries(seed.briefings),
  });
}
