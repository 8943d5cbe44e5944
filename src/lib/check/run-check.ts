/**
 * Runs the integrity check for a project and prints the report: used by `npm run check`, by the
 * build (through the ledger integration) and by tests. Returns the problems; printing is the
 * caller's choice of stream.
 */
import { checkProject, type CheckOptions } from './integrity.ts';
import { formatGithubAnnotations, formatReport, type Problem } from './problems.ts';

export interface CheckOutcome {
  ok: boolean;
  problems: Problem[];
  report: string;
  /** Also set when running in CI (CI or GITHUB_ACTIONS): one ::error line per problem. */
  annotations: string;
  counts: Record<string, number>;
}

export function runCheck(
  projectRoot: string,
  env: Record<string, string | undefined> = process.env,
  contentDir: string | undefined = env['LEDGER_CONTENT_DIR'],
  options: CheckOptions = {},
): CheckOutcome {
  const { problems, corpus } = checkProject(projectRoot, contentDir, options);
  const counts = Object.fromEntries(Object.entries(corpus).map(([name, map]) => [name, map.size]));
  const inCi = Boolean(env['GITHUB_ACTIONS'] || env['CI']);
  return {
    ok: problems.length === 0,
    problems,
    report: problems.length ? formatReport(problems) : '',
    annotations: inCi && problems.length ? formatGithubAnnotations(problems) : '',
    counts,
  };
}
