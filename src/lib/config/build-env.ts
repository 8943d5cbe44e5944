/**
 * The build settings read from the environment, checked before anything is built: a mistyped
 * AS_OF or CLAIMS_PER_PAGE, or a deployment setting that is not what it should be (SITE_URL,
 * BASE_PATH, the repository, OUT_DIR, LEDGER_CONTENT_DIR: deploy-env.ts), stops the build at once
 * with a line that says what to write, instead of a stack trace from the middle of page generation
 * or a half-written output folder. astro.config.mjs runs it before Astro reads its config.
 */
import { resolveAsOf } from './as-of.ts';
import { checkDeployEnv } from './deploy-env.ts';
import { DEFAULT_CLAIMS_PER_PAGE, parsePageSize } from '../core/pagination.ts';
import { safeReportLine } from '../core/text-safety.ts';

/** One message per setting that cannot be used; empty when all are fine. */
export function checkBuildEnv(env: Record<string, string | undefined>, projectRoot = process.cwd()): string[] {
  const problems: string[] = [];
  const attempt = (check: () => unknown) => {
    try {
      check();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  };
  attempt(() => resolveAsOf(env['AS_OF']));
  attempt(() => parsePageSize(env['CLAIMS_PER_PAGE'], 'CLAIMS_PER_PAGE', DEFAULT_CLAIMS_PER_PAGE));
  problems.push(...checkDeployEnv(env, projectRoot));
  return problems;
}

export function formatBuildEnvProblems(problems: string[]): string {
  const n = problems.length;
  return [
    ...problems.map((p) => `✖ ${p}`),
    '',
    `${n} problem${n === 1 ? '' : 's'} in the build settings (environment variables): nothing was built.`,
  ]
    .map(safeReportLine)
    .join('\n');
}

/** The origin every absolute URL falls back to when SITE_URL is not set (astro.config.mjs). */
export const FALLBACK_SITE_URL = 'https://treaty-ledger.example.org';

const isSet = (v: string | undefined) => v !== undefined && v.trim() !== '' && !/^(0|false)$/i.test(v.trim());

/**
 * Settings that do not stop a build but make it wrong to publish: a CI build (CI or GITHUB_ACTIONS
 * set) without SITE_URL writes citations, canonical links, feeds, the sitemap and JSON-LD with the
 * placeholder origin. One line each, said loudly by the build (and as a GitHub annotation).
 */
export function buildEnvWarnings(env: Record<string, string | undefined>): string[] {
  if (!(isSet(env['CI']) || isSet(env['GITHUB_ACTIONS'])) || isSet(env['SITE_URL'])) return [];
  return [
    `SITE_URL is not set in this CI build: citations, canonical links, feeds, the sitemap and JSON-LD will say ${FALLBACK_SITE_URL}. Set SITE_URL to the site's origin, e.g. SITE_URL=https://example.org (the Pages workflow sets it).`,
  ].map(safeReportLine);
}
