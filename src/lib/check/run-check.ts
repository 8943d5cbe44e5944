/**
 * Runs the integrity check for a project and prints the report: used by `npm run check`, by the
 * build (through the ledger integration) and by tests. Returns the problems; printing is the
 * caller's choice of stream.
 */
import { resolveAsOf } from '../config/as-of.ts';
import { checkProject, type CheckOptions } from './integrity.ts';
import { formatGithubAnnotations, formatReport, isError, type Problem } from './problems.ts';

export interface CheckOutcome {
  /** No errors (warnings may be reported). */
  ok: boolean;
  problems: Problem[];
  /** The report of every error and warning; empty when there is none. */
  report: string;
  /** Also set when running in CI (CI or GITHUB_ACTIONS): one ::error or ::warning line per problem. */
  annotations: string;
  counts: Record<string, number>;
}

export function runCheck(
  projectRoot: string,
  env: Record<string, string | undefined> = process.env,
  contentDir: string | undefined = env['LEDGER_CONTENT_DIR'],
  options: CheckOptions = {},
): CheckOutcome {
  const { problems, corpus } = checkProject(projectRoot, contentDir, { asOf: asOfOf(env), ...options });
  const counts = Object.fromEntries(Object.entries(corpus).map(([name, map]) => [name, map.size]));
  const inCi = Boolean(env['GITHUB_ACTIONS'] || env['CI']);
  return {
    ok: !problems.some(isError),
    problems,
    report: problems.length ? formatReport(problems) : '',
    annotations: inCi && problems.length ? formatGithubAnnotations(problems) : '',
    counts,
  };
}

/** AS_OF as the build reads it, for the date rules; a bad AS_OF is the build settings' to report. */
function asOfOf(env: Record<string, string | undefined>): string | undefined {
  try {
    return resolveAsOf(env['AS_OF']);
  } catch {
    return undefined;
  }
}
