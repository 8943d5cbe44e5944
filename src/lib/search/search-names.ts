/**
 * The data behind search that answers, computed from the ledger at build time: every name readers
 * type for a treaty or a country (src/pages/search/names.json.ts), and each country's status in
 * each treaty in the words of treaty law (src/pages/search/answers/[country].json.ts). The browser
 * loads them only when search opens (src/client/search-engine.ts) and matches with
 * src/lib/search/search-answer.ts.
 */
import type { Ledger } from '../ledger/ledger.ts';
import { formatDate, formatDateShort, parsePartialDate, type IsoDate } from '../core/dates.ts';
import { describeStatusOn } from '../domain/status-text.ts';
import type { ParticipantFacts } from '../domain/status.ts';
import { pathFor } from '../urls/routes.ts';
import { searchWords, type CountryAnswers, type NamesFile } from './search-answer.ts';

/** Each other name normalised once; repeats, and the display name itself (the reader adds it back), dropped. */
function otherNames(name: string, names: (string | undefined)[]): string[] {
  const own = searchWords(name).join(' ');
  const out = new Set<string>();
  for (const other of names) {
    const words = searchWords(other ?? '').join(' ');
    if (words && words !== own) out.add(words);
  }
  return [...out];
}

/** Every name of every treaty and country (names, abbreviations, aliases, keywords), normalised. */
export function namesFile(ledger: Ledger): NamesFile {
  const folder = (collection: 'treaties' | 'countries') => pathFor(collection, '').replace(/\/+$/, '/');
  return {
    treaty: {
      folder: folder('treaties'),
      entries: ledger.sorted.treaties.map(({ id, data }) => {
        const started = parsePartialDate(data.adopted?.date ?? data.openedForSignature?.date ?? '');
        return {
          id,
          name: data.shortName,
          names: otherNames(data.shortName, [data.abbreviation, ...data.aliases, data.title, ...data.keywords]),
          ...(started.ok ? { year: String(started.value.year) } : {}),
        };
      }),
    },
    country: {
      folder: folder('countries'),
      entries: ledger.sorted.countries.map(({ id, data }) => ({
        id,
        name: data.name,
        names: otherNames(data.name, [data.officialName, ...data.alternativeNames, data.untcName]),
      })),
    },
  };
}

/**
 * A participant's status on the edition's date as one phrase: "party since 1 Jun 2006; suspension
 * claimed 2025", "withdrawn (effective 27 Dec 2025)", "consented (the treaty is not in force)".
 * The status words are describeStatusOn's (the same as the map and the tables); the flags carry the
 * year of the act behind them.
 */
export function statusPhrase(facts: ParticipantFacts, asOf: IsoDate): string {
  const full = describeStatusOn(facts, asOf);
  const main = describeStatusOn({ ...facts, suspensionClaimed: undefined, withdrawalDisputed: undefined }, asOf);
  const since = facts.entryIntoForce?.date;
  const head =
    main.status === 'party' && since && main.flags.length === 0 ? `party since ${formatDateShort(since)}` : main.text;
  const year = (date: string | undefined) => (date ? ` ${date.slice(0, 4)}` : '');
  const flags: string[] = [];
  if (full.flags.includes('suspension-claimed')) flags.push(`suspension claimed${year(facts.suspensionClaimed)}`);
  if (full.flags.includes('withdrawal-disputed')) flags.push(`withdrawal disputed${year(facts.withdrawalDisputed)}`);
  return [head, ...flags].join('; ');
}

/** The answers for one country: its status in every treaty it has a record in. */
export function countryAnswers(ledger: Ledger, country: string): CountryAnswers {
  const statuses: Record<string, string> = {};
  for (const p of ledger.participantsByCountry.get(country) ?? [])
    statuses[p.treaty] = statusPhrase(p.facts, ledger.asOf);
  return { asOf: formatDate(ledger.asOf), statuses };
}
