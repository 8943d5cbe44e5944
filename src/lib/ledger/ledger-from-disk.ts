/**
 * The ledger straight from the files, without Astro: the integrity check's corpus fed to
 * `buildLedger`. Used by tests and scripts that need computed figures without a build.
 */
import { toIsoDate } from '../core/dates.ts';
import { checkProject, type Corpus } from '../check/integrity.ts';
import { buildLedger, type Entry, type Ledger } from './ledger.ts';
import { formatReport, isError } from '../check/problems.ts';

export function ledgerFromDisk(projectRoot: string, asOf: string, contentDir?: string): Ledger {
  const { problems, corpus } = checkProject(projectRoot, contentDir);
  if (problems.some(isError)) throw new Error(`The content has problems:\n${formatReport(problems)}`);
  const list = <C extends keyof Corpus>(c: C) =>
    [...corpus[c].values()].map((e) => ({ id: e.id, data: e.data, body: e.file.body, filePath: e.file.path })) as Entry<
      Corpus[C] extends Map<string, { data: infer D }> ? D : never
    >[];
  return buildLedger({
    asOf: toIsoDate(asOf),
    countries: list('countries'),
    organizations: list('organizations'),
    treaties: list('treaties'),
    participation: list('participation'),
    events: list('events'),
    sources: list('sources'),
    claims: list('claims'),
    briefings: list('briefings'),
  });
}
