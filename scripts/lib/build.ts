/**
 * Builds the real site for tests. Each configuration gets its own output folder and Astro cache
 * under .test-builds/, so builds never share a dist/ or cache; the global setup builds each
 * configuration once per test run and every site test reads the result.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUILDS_DIR = join(ROOT, '.test-builds');
/** Statuses in tests are computed for the depositary data's own date, so figures are stable. */
export const TEST_AS_OF = '2026-02-03';

export interface BuildConfig {
  name: string;
  base: string;
  asOf?: string;
  contentDir?: string;
}

/** The configurations the site tests share (built once per run by the global setup). */
export const SITE_BUILDS = {
  root: { name: 'root', base: '/' },
  ledger: { name: 'ledger', base: '/ledger/' },
} as const satisfies Record<string, BuildConfig>;

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

/** Runs `astro build` with its own output and cache folders. */
export function runBuild(
  config: BuildConfig & { outDir?: string; env?: Record<string, string> },
): Promise<BuildResult> {
  const outDir = config.outDir ?? outDirFor(config.name);
  const cacheDir = join(BUILDS_DIR, config.name, 'cache');
  mkdirSync(cacheDir, { recursive: true });
  const started = Date.now();
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

export function isBuilt(name: SiteBuildName): boolean {
  return existsSync(join(outDirFor(name), 'index.html'));
}
