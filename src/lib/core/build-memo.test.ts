import { describe, expect, it, vi } from 'vitest';
import { buildMemo } from './build-memo.ts';

describe('buildMemo', () => {
  it('returns the same map for a name, even to another copy of the module', async () => {
    const a = buildMemo<string, number>('test-memo');
    a.set('x', 1);
    vi.resetModules();
    const copy = await import('./build-memo.ts');
    expect(copy.buildMemo).not.toBe(buildMemo);
    expect(copy.buildMemo<string, number>('test-memo').get('x')).toBe(1);
    expect(buildMemo<string, number>('another-memo').has('x')).toBe(false);
  });
});
