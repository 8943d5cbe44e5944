import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetHandoffs, handOver, handoffKey, peek, take } from '../core/handoff.ts';
import { removeWorkerHandoff, restoreInWorker, saveForWorkers, WORKER_HANDOFF_ENV } from './worker-handoff.ts';

const dirs: string[] = [];
// The unit tests share a process: start from an empty hand-off whatever an earlier file left in it.
beforeEach(() => forgetHandoffs());
afterEach(() => {
  forgetHandoffs();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'worker-handoff-'));
  dirs.push(dir);
  return dir;
}

describe('the hand-off to rendering threads', () => {
  it('carries the body scans and rendered bodies, not the other kinds, and only into a worker thread', () => {
    const scanKey = handoffKey('markdown', 'Body text');
    const htmlKey = handoffKey('markdown', '/', 'Body text');
    handOver('body-scan', scanKey, { words: 2, links: [{ url: '/countries/fr/', line: 1 }] });
    handOver('rendered-body', htmlKey, '<p>Body text</p>');
    handOver('parsed-file', handoffKey('claims', 'x.md'), { id: 'x' });
    const env: Record<string, string | undefined> = {};
    const file = saveForWorkers(join(cacheDir(), 'astro'), env);
    expect(env[WORKER_HANDOFF_ENV]).toBe(file);
    forgetHandoffs();

    expect(restoreInWorker(env, true)).toBe(0); // the main thread has its own
    expect(peek('body-scan', scanKey)).toBeUndefined();
    expect(restoreInWorker(env, false)).toBe(2);
    expect(take('body-scan', scanKey)).toEqual({ words: 2, links: [{ url: '/countries/fr/', line: 1 }] });
    expect(peek('rendered-body', htmlKey)).toBe('<p>Body text</p>');
    expect(peek('parsed-file', handoffKey('claims', 'x.md'))).toBeUndefined();
    expect(restoreInWorker(env, false)).toBe(0); // once per thread

    removeWorkerHandoff(env);
    expect(existsSync(file)).toBe(false);
    expect(env[WORKER_HANDOFF_ENV]).toBeUndefined();
  });

  it('leaves a thread to parse for itself when the file is gone', () => {
    expect(restoreInWorker({ [WORKER_HANDOFF_ENV]: join(cacheDir(), 'missing.v8') }, false)).toBe(0);
  });
});
