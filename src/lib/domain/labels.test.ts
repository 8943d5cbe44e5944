import { describe, expect, it } from 'vitest';
import { claimKinds, verdicts } from '../../schemas/claims.ts';
import { facetValueLabel, VERDICT_MEANINGS } from './labels.ts';

describe('labels', () => {
  it('names every verdict and kind a filter page exists for', () => {
    for (const v of verdicts) expect(facetValueLabel('verdict', v)).toMatch(/^[A-Z]/);
    for (const k of claimKinds) expect(facetValueLabel('kind', k)).toMatch(/^[A-Z]/);
    expect(facetValueLabel('verdict', 'unverified')).toBe('Unverified');
  });

  it('explains every verdict in words', () => {
    for (const v of verdicts) expect(VERDICT_MEANINGS[v].length).toBeGreaterThan(10);
  });
});
