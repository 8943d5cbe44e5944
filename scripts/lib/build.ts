/**
 * Builds the real site for tests and tools. Each configuration gets its own output folder and
 * Astro cache under .test-builds/, so builds never share a dist/ or cache.
 *
 * `reuseOrBuild` is the one way tests and tools get a built site: it reuses the build of a
 * configuration when one exists and is current (same sources, content, settings, commit and Node;
 * see `buildFingerprint`), and builds it otherwise. `runBuild` alone is for the tests that need a
 * build to run (two builds compared for determinism, builds that must fail).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './files.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUILDS_DIR = join(ROOT, '.test-builds');
/** Statuses in tests are computed for the depositary data's own date, so figures are stable. */
export const TEST_AS_OF = '2026-02-03';
/**
 * The gates (links, byte budgets) also run over today's edition: content dated after TEST_AS_OF
 * (a briefing published in December 2026) is not in the TEST_AS_OF builds at all.
 */
export const LATEST_AS_OF = new Date().toISOString().slice(0, 10);

export interface BuildConfig {
  name: string;
  base: string;
  asOf?: string;
  contentDir?: string;
}

/** The configurations the site tests share (built once per run by the global setup). */
export const SITE_BUILDS = {
  // The root build keeps its search index in shards (SEARCH_SHARD_PAGES), as a site with thousands
  // of claims does; the /ledger/ build keeps the one index of a site this size. Search tests compare them.
  root: { name: 'root', base: '/', env: { SEARCH_SHARD_PAGES: '25' } },
  ledger: { name: 'ledger', base: '/ledger/' },
  latest: { name: 'latest', base: '/', asOf: LATEST_AS_OF },
} as const satisfies Record<string, BuildConfig & { env?: Record<string, string> }>;

export type SiteBuildName = keyof typeof SITE_BUILDS;

export interface BuildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
  ms: number;
}

export function outDirFor(name: string): string {
  return join(BUILDS_DIR, name, 'dist');
}

/**
 * Vitest copies its own `import.meta.env` into the environment of test workers (BASE_URL=/,
 * MODE=test, DEV=1, SSR=1, NODE_ENV=test). A build started from a test must not inherit them:
 * Astro would read BASE_URL "/" whatever the base path is.
 */
export function withoutTestEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const clean = { ...env } as Record<string, string>;
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete clean[key];
  return clean;
}

/** A configuration with, optionally, its own output folder and extra environment variables. */
export type BuildRequest = BuildConfig & { outDir?: string; env?: Record<string, string> };

/** The environment `astro build` runs with for a configuration. */
function buildEnv(config: BuildRequest, outDir: string, cacheDir: string): Record<string, string> {
  const env: Record<string, string> = {
    ...withoutTestEnv(process.env),
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    BASE_PATH: config.base,
    AS_OF: config.asOf ?? TEST_AS_OF,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(config.contentDir ? { LEDGER_CONTENT_DIR: config.contentDir } : {}),
    ...config.env,
  };
  delete env['CI'];
  delete env['GITHUB_ACTIONS'];
  // A build started from a test worker would inherit Vitest's import.meta.env mirror (BASE_URL=/,
  // MODE=test, NODE_ENV=test…), and Vite reads BASE_URL from the environment: links lose the base path.
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)) delete env[key];
  }
  Object.assign(env, config.env ?? {});
  return env;
}

/** Runs `astro build` with its own output and cache folders. */
export function runBuild(config: BuildRequest): Promise<BuildResult> {
  const outDir = config.outDir ?? outDirFor(config.name);
  const cacheDir = join(BUILDS_DIR, config.name, 'cache');
  mkdirSync(cacheDir, { recursive: true });
  const started = Date.now();
  const env = buildEnv(config, outDir, cacheDir);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, outDir, ms: Date.now() - started }));
  });
}

/** The variables the build reads (src/lib/config/build-env.ts, astro.config.mjs, the integrations). */
const BUILD_VARIABLES =
  /^(AS_OF|BASE_PATH|SITE_URL|CLAIMS_PER_PAGE|LEDGER_CONTENT_DIR|NODE_OPTIONS|CI|GITHUB_ACTIONS|SEARCH_SHARD_PAGES|BUILD_.+|PAGEFIND_.+|PUBLIC_.+)$/;

/** Files git knows of that the build never reads: tests (but see the content folder below), tools, docs. */
const notAnInput = (file: string) =>
  /^(tests|scripts|docs|\.github)\//.test(file) || /\.test\.ts$/.test(file) || /^[^/]+\.md$/.test(file);

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/**
 * A digest of everything a build of this configuration depends on: the settings it is built with
 * (the configuration, the build's environment variables), the Node version, the installed
 * packages, every file git knows of outside tests/, scripts/ and docs/ (tracked or new, edited or not),
 * every file of the content folder when the configuration names one, and the git history the
 * build reads — pages print "last changed" dates from `git log` over the content folder
 * (src/lib/io/git-history.ts), so the newest commit touching that folder, and whether the clone is
 * shallow, count; a commit elsewhere (a test, a doc) leaves the build current. Undefined outside a
 * git checkout: nothing is then reused.
 */
export function buildFingerprint(config: BuildRequest): string | undefined {
  const content = relative(ROOT, config.contentDir ?? join(ROOT, 'src/content')) || '.';
  const outside = content.startsWith('..') || isAbsolute(content); // no history is read for it
  const history = outside ? 'outside the repository' : git(['log', '-1', '--format=%H', '--', content]);
  const shallow = git(['rev-parse', '--is-shallow-repository']);
  const known = git(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  if (history === undefined || shallow === undefined || known === undefined) return undefined;
  const outDir = config.outDir ?? outDirFor(config.name);
  const env = buildEnv(config, outDir, '');
  const settings = Object.fromEntries(
    Object.keys(env)
      .filter((k) => BUILD_VARIABLES.test(k))
      .sort()
      .map((k) => [k, env[k]]),
  );
  const hash = createHash('sha256');
  const add = (label: string, value: string | Buffer) => hash.update(`${label}\0`).update(value).update('\0');
  add('settings', JSON.stringify({ base: config.base, settings, node: process.version }));
  add('history', `${history.trim()} ${shallow.trim()}`);
  const files = [...new Set(known.split('\0'))].filter((f) => f && !notAnInput(f)).sort();
  const packages = join(ROOT, 'node_modules/.package-lock.json');
  for (const [label, abs] of [
    ...files.map((f) => [f, join(ROOT, f)] as const),
    ...(config.contentDir
      ? listFiles(config.contentDir).map((f) => [`content:${f}`, join(config.contentDir!, f)] as const)
      : []),
    ['node_modules/.package-lock.json', packages] as const,
  ]) {
    add(label, existsSync(abs) ? readFileSync(abs) : 'missing');
  }
  return hash.digest('hex');
}

/** Where the fingerprint of the build in an output folder is kept (beside it, not in it). */
const stampFor = (outDir: string) => `${outDir}.build.json`;

interface Stamp {
  fingerprint: string;
  /** When the build wrote its index.html: a folder rewritten since (by hand, by another tool) is not reused. */
  written: number;
}

/** The stamp of the build in an output folder, if it is still the build the stamp was written for. */
function stampOf(outDir: string): Stamp | undefined {
  const stamp = stampFor(outDir);
  const index = join(outDir, 'index.html');
  if (!existsSync(stamp) || !existsSync(index)) return undefined;
  const saved = JSON.parse(readFileSync(stamp, 'utf8')) as Partial<Stamp>;
  if (typeof saved.fingerprint !== 'string' || saved.written !== statSync(index).mtimeMs) return undefined;
  return { fingerprint: saved.fingerprint, written: saved.written };
}

export interface SiteBuild {
  outDir: string;
  /** True when an earlier build was current and nothing was built. */
  reused: boolean;
  ms: number;
}

/**
 * The built site for a configuration: the existing build when it is current, otherwise a fresh
 * build (the folder emptied first, the stamp written only once the build has succeeded, so a
 * failed or interrupted build is never reused, nor one whose folder was written again since). Throws with the build's output when it fails.
 * LEDGER_FRESH_BUILDS=1 always builds; LEDGER_REUSE_BUILDS=1 reuses any complete build, current
 * or not (while iterating on the tests alone).
 */
export async function reuseOrBuild(
  config: BuildRequest,
  log: (line: string) => void = console.log,
): Promise<SiteBuild> {
  const started = Date.now();
  const outDir = config.outDir ?? outDirFor(config.name);
  const what = `the ${config.name} build (BASE_PATH=${config.base}${config.contentDir ? `, content ${relative(ROOT, config.contentDir).split(sep).join('/')}` : ''})`;
  const fingerprint = buildFingerprint(config);
  const previous = stampOf(outDir)?.fingerprint;
  if (previous !== undefined && process.env['LEDGER_FRESH_BUILDS'] !== '1') {
    if (process.env['LEDGER_REUSE_BUILDS'] === '1' || previous === fingerprint) {
      const current = previous === fingerprint ? 'current' : 'NOT current: LEDGER_REUSE_BUILDS=1';
      log(`reused ${what} (${current})`);
      return { outDir, reused: true, ms: Date.now() - started };
    }
  }
  rmSync(stampFor(outDir), { force: true });
  rmSync(outDir, { recursive: true, force: true });
  const result = await runBuild(config);
  if (result.code !== 0) throw new Error(`${what} failed:\n${result.stdout}\n${result.stderr}`);
  if (fingerprint !== undefined) {
    const stamp: Stamp = { fingerprint, written: statSync(join(outDir, 'index.html')).mtimeMs };
    writeFileSync(stampFor(outDir), `${JSON.stringify({ ...stamp, config }, null, 2)}\n`);
  }
  log(`built ${what} in ${(result.ms / 1000).toFixed(1)} s`);
  return { outDir, reused: false, ms: Date.now() - started };
}
