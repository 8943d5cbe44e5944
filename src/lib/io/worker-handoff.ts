/**
 * What the build's main thread hands to the threads that render the pages (BUILD_WORKERS, Astro's
 * experimental.parallelPrerender). Astro starts those threads itself, so nothing can be posted to
 * them: the main thread writes the hand-off (core/handoff.ts `snapshot`) of the integrity check's
 * body scans and rendered Markdown to one file in Astro's cache folder, once, and names it in the
 * environment the threads inherit; each rendering thread takes it in (`restore`) before it builds
 * its ledger. Without it every thread would scan every body again to build its link graph.
 * Results are keyed by the exact text they came from, so a stale or foreign file can only go
 * unused, never change a page.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { restore, snapshot, type HandoffKind, type HandoffSnapshot } from '../core/handoff.ts';

/** The environment variable naming the file, set by the main thread for the threads it starts. */
export const WORKER_HANDOFF_ENV = 'LEDGER_WORKER_HANDOFF';
/** What the rendering threads need: the ledger's body scans and the renderer's HTML. */
export const WORKER_HANDOFF_KINDS = ['body-scan', 'rendered-body'] as const satisfies readonly HandoffKind[];

/** Writes the hand-off for the rendering threads into `cacheDir` and names it in `env`; returns the file. */
export function saveForWorkers(cacheDir: string, env: Record<string, string | undefined> = process.env): string {
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, 'worker-handoff.v8');
  writeFileSync(file, serialize(snapshot(WORKER_HANDOFF_KINDS)));
  env[WORKER_HANDOFF_ENV] = file;
  return file;
}

/** Removes the file once the pages are written. */
export function removeWorkerHandoff(env: Record<string, string | undefined> = process.env): void {
  const file = env[WORKER_HANDOFF_ENV];
  if (file) rmSync(file, { force: true });
  delete env[WORKER_HANDOFF_ENV];
}

const RESTORED = Symbol.for('treaty-ledger.worker-handoff-restored');

/**
 * On a rendering thread, takes in the main thread's hand-off, once per thread and file; returns how many
 * results it took in (0 on the main thread, without a file, or when already done).
 */
export function restoreInWorker(
  env: Record<string, string | undefined> = process.env,
  mainThread: boolean = isMainThread,
): number {
  const g = globalThis as unknown as Record<symbol, string | undefined>;
  const file = env[WORKER_HANDOFF_ENV];
  if (mainThread || !file || g[RESTORED] === file) return 0;
  g[RESTORED] = file;
  let data: HandoffSnapshot;
  try {
    data = deserialize(readFileSync(file)) as HandoffSnapshot;
  } catch {
    return 0; // no file (a build that ended): the thread parses what it needs itself
  }
  restore(data);
  return Object.values(data).reduce((n, list) => n + list.length, 0);
}
