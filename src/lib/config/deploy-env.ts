/**
 * The deployment settings read from the environment, checked before Astro reads its config, so a
 * bad value stops the build with one line per variable that says what to write — never a stack
 * trace, never a half-written output folder, never a value copied into pages as it came:
 *   SITE_URL            the public origin (astro.config.mjs → `site`); only its origin is used
 *                       (src/lib/site-urls.ts, the sitemap), so a path is refused, not dropped
 *   BASE_PATH           the sub-path the site is served from (normalizeBase in src/lib/routes.ts)
 *   REPOSITORY_URL      the repository's web address (src/lib/edit-links.ts)
 *   REPOSITORY_BRANCH   the branch edit and history links point at (edit-links.ts)
 *   GITHUB_SERVER_URL   set by GitHub Actions; with GITHUB_REPOSITORY, the repository (edit-links.ts)
 *   GITHUB_REPOSITORY   "owner/name", set by GitHub Actions
 *   OUT_DIR             where the build writes (astro.config.mjs → `outDir`)
 *   LEDGER_CONTENT_DIR  the content folder to build from (tests, the benchmark)
 * An unset or empty variable is fine: each has a default, or its feature is left out.
 */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep, isAbsolute } from 'node:path';
import { escapeForReport, hasControlChars } from '../core/text-safety.ts';

export const DEPLOY_VARIABLES = [
  'SITE_URL',
  'BASE_PATH',
  'REPOSITORY_URL',
  'REPOSITORY_BRANCH',
  'GITHUB_SERVER_URL',
  'GITHUB_REPOSITORY',
  'OUT_DIR',
  'LEDGER_CONTENT_DIR',
] as const;

type Env = Record<string, string | undefined>;

/** One line per variable that cannot be used, each saying what to write; empty when all are fine. */
export function checkDeployEnv(env: Env, projectRoot: string): string[] {
  const problems: string[] = [];
  for (const name of DEPLOY_VARIABLES) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    const problem = checkOne(name, raw, projectRoot);
    if (problem) problems.push(`${name}="${escapeForReport(raw)}" ${problem}`);
  }
  return problems;
}

function checkOne(name: (typeof DEPLOY_VARIABLES)[number], raw: string, root: string): string | undefined {
  const value = raw.trim();
  if (hasControlChars(raw) || /[\u0080-\u009f]/.test(raw))
    return `holds a control character: write it on one line without them${example(name)}.`;
  switch (name) {
    case 'SITE_URL':
      return originProblem(
        value,
        'the site',
        'https://treaty-ledger.example.org',
        'put a sub-path in BASE_PATH, e.g. BASE_PATH=/ledger/',
      );
    case 'GITHUB_SERVER_URL':
      return originProblem(value, 'the repository host', 'https://github.com');
    case 'REPOSITORY_URL':
      return repositoryUrlProblem(value);
    case 'BASE_PATH':
      if (!/^[A-Za-z0-9._~\-/]*$/.test(value))
        return 'is not a path: use only letters, digits, "-", "_", ".", "~" and "/", e.g. BASE_PATH=/ledger/ (or leave it unset for /).';
      if (/(^|\/)\.\.?(\/|$)/.test(value))
        return 'has a "." or ".." segment: write the path the site is served from, e.g. BASE_PATH=/ledger/.';
      return undefined;
    case 'REPOSITORY_BRANCH':
      if (!isSafeBranch(value))
        return 'is not a branch name this site links to: use letters, digits, "-", "_", "." and "/" (no "..", no leading "-" or "/"), e.g. REPOSITORY_BRANCH=main.';
      return undefined;
    case 'GITHUB_REPOSITORY':
      if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/.test(value) || /\/\.\.?$/.test(value)) {
        return 'is not "owner/name": write it as GitHub does, e.g. GITHUB_REPOSITORY=OWNER/treaty-ledger.';
      }
      return undefined;
    case 'OUT_DIR':
      return outDirProblem(value, root);
    case 'LEDGER_CONTENT_DIR': {
      const abs = resolve(value);
      if (!existsSync(abs) || !statSync(abs).isDirectory())
        return 'is not a folder: point it at a content folder with one folder per collection, or leave it unset for src/content.';
      return undefined;
    }
  }
}

function example(name: string): string {
  switch (name) {
    case 'SITE_URL':
      return ', e.g. SITE_URL=https://treaty-ledger.example.org';
    case 'BASE_PATH':
      return ', e.g. BASE_PATH=/ledger/';
    default:
      return '';
  }
}

/** An http(s) origin: scheme and host (and port), no credentials, no path beyond "/", no query or fragment. */
function originProblem(value: string, what: string, sample: string, pathHint?: string): string | undefined {
  const write = `write ${what}'s origin, e.g. ${sample}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `is not a web address: ${write}.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `uses ${url.protocol} where https:// is needed: ${write}.`;
  if (!/^https?:\/\//i.test(value)) return `is not written as an address: ${write}.`;
  if (url.username || url.password) return `holds a user name or password: ${write}, without credentials.`;
  if (url.search || url.hash || value.includes('?') || value.includes('#')) return `has a query or fragment: ${write}.`;
  if (url.pathname !== '/') return `has a path (${url.pathname}): ${write}${pathHint ? `, and ${pathHint}` : ''}.`;
  return undefined;
}

function repositoryUrlProblem(value: string): string | undefined {
  const write = "write the repository's address, e.g. https://github.com/OWNER/treaty-ledger";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `is not a web address: ${write}.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `uses ${url.protocol} where https:// is needed: ${write}.`;
  if (!/^https?:\/\//i.test(value)) return `is not written as an address: ${write}.`;
  if (url.username || url.password) return `holds a user name or password: ${write}, without credentials.`;
  if (url.search || url.hash || value.includes('?') || value.includes('#')) return `has a query or fragment: ${write}.`;
  if (!/^(\/[A-Za-z0-9._~-]+)+\/?$/.test(url.pathname) || /\/(\.|%2e){1,2}(\/|$)/i.test(value))
    return `has a path that is not owner/name: ${write}.`;
  return undefined;
}

/** A subset of git's branch names (git check-ref-format) that is safe in URLs and messages. */
function isSafeBranch(value: string): boolean {
  return (
    /^[A-Za-z0-9._/-]+$/.test(value) &&
    !value.startsWith('-') &&
    !value.startsWith('/') &&
    !value.endsWith('/') &&
    !value.endsWith('.') &&
    !value.endsWith('.lock') &&
    !value.includes('..') &&
    !value.includes('//') &&
    !value.split('/').some((part) => part.startsWith('.'))
  );
}

/** The output folder must not be the project, hold it, or lie in a folder the build reads. */
function outDirProblem(value: string, root: string): string | undefined {
  const abs = resolve(root, value);
  const rootAbs = resolve(root);
  const within = (parent: string, child: string) => {
    const rel = relative(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
  };
  if (within(abs, rootAbs))
    return 'is the project folder or holds it, so the build would write over the project: name a folder of its own, e.g. OUT_DIR=dist (the default).';
  for (const reads of ['src', 'public']) {
    if (within(resolve(rootAbs, reads), abs))
      return `is inside ${reads}${sep}, which the build reads: name a folder of its own, e.g. OUT_DIR=dist (the default).`;
  }
  return undefined;
}
