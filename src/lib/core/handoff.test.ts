import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetHandoffs, handOver, handoffKey, peek, restore, snapshot, take } from './handoff.ts';

afterEach(() => forgetHandoffs());

describe('handoffKey', () => {
  it('keeps the parts apart: no two lists of parts share a key', () => {
    expect(handoffKey('markdown', 'a', 'b')).not.toBe(handoffKey('markdown', 'ab'));
    expect(handoffKey('markdown', '', 'ab')).not.toBe(handoffKey('markdown', 'ab', ''));
    expect(handoffKey('claims', 'src/content/claims/x.md')).toBe(handoffKey('claims', 'src/content/claims/x.md'));
  });
});

describe('the hand-off', () => {
  it('gives a result to the step that takes it, once', () => {
    const key = handoffKey('markdown', 'Body');
    handOver('body-scan', key, { words: 1 });
    expect(peek('body-scan', key)).toEqual({ words: 1 });
    expect(take('body-scan', key)).toEqual({ words: 1 });
    expect(take('body-scan', key)).toBeUndefined();
  });

  it('keeps kinds apart', () => {
    const key = handoffKey('x');
    handOver('rendered-body', key, '<p>x</p>');
    expect(take('body-scan', key)).toBeUndefined();
    expect(peek('rendered-body', key)).toBe('<p>x</p>');
  });

  it('is the same store for another copy of the module in the same process', async () => {
    handOver('rendered-body', 'k', 'html');
    vi.resetModules();
    const copy = await import('./handoff.ts');
    expect(copy.take).not.toBe(take);
    expect(copy.take('rendered-body', 'k')).toBe('html');
  });

  it('crosses to a worker thread and back as plain data', async () => {
    handOver('rendered-body', handoffKey('/ledger/', 'Body'), '<p>Body</p>');
    handOver('body-scan', handoffKey('markdown', 'Body'), { words: 1, links: [] });
    // The worker loads this module, restores the snapshot, reads one result and hands a new one over.
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      import(workerData.module).then((h) => {
        h.restore(workerData.data);
        const html = h.take('rendered-body', h.handoffKey('/ledger/', 'Body'));
        h.handOver('prepared-scan', h.handoffKey('markdown', '', 'Other'), { scan: { words: 2 }, html });
        parentPort.postMessage(h.snapshot(['prepared-scan']));
      });
    `;
    const workerData = {
      module: new URL('./handoff.ts', import.meta.url).href,
      data: snapshot(['rendered-body', 'body-scan']),
    };
    const back = await new Promise((resolve, reject) => {
      const worker = new Worker(source, { eval: true, workerData });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    restore(back as Parameters<typeof restore>[0]);
    expect(take('prepared-scan', handoffKey('markdown', '', 'Other'))).toEqual({
      scan: { words: 2 },
      html: '<p>Body</p>',
    });
  });

  it('forgets everything on request', () => {
    handOver('parsed-file', 'k', 1);
    forgetHandoffs();
    expect(snapshot(['parsed-file'])).toEqual({ 'parsed-file': [] });
  });
});
