import { describe, expect, it } from 'vitest';
import { indexClaimRelations } from './claim-relations.ts';

describe('indexClaimRelations', () => {
  const index = indexClaimRelations([
    { id: 'vote-99', data: { relations: [{ type: 'contradicts', claim: 'vote-103' }] } },
    { id: 'vote-103', data: { relations: [] } },
    {
      id: 'effect-2026',
      data: {
        relations: [
          { type: 'supersedes', claim: 'effect-guess' },
          { type: 'supports', claim: 'vote-103' },
        ],
      },
    },
    { id: 'effect-guess', data: { relations: [] } },
  ]);

  it('shows a relation on both pages, named from each side', () => {
    expect(index.get('vote-99')).toEqual([
      { type: 'contradicts', direction: 'out', claim: 'vote-103', label: 'Contradicts' },
    ]);
    expect(index.get('vote-103')).toEqual([
      { type: 'contradicts', direction: 'in', claim: 'vote-99', label: 'Contradicted by' },
      { type: 'supports', direction: 'in', claim: 'effect-2026', label: 'Supported by' },
    ]);
    expect(index.get('effect-guess')?.map((r) => r.label)).toEqual(['Superseded by']);
  });

  it('lists outgoing relations before incoming ones', () => {
    expect(index.get('effect-2026')?.map((r) => `${r.label} ${r.claim}`)).toEqual([
      'Supersedes effect-guess',
      'Supports vote-103',
    ]);
  });

  it('shows a relation both claims write, with the same type, once: "Supports each other"', () => {
    const both = indexClaimRelations([
      { id: 'vote-99', data: { relations: [{ type: 'supports', claim: 'vote-103' }] } },
      {
        id: 'vote-103',
        data: {
          relations: [
            { type: 'supports', claim: 'vote-99' },
            { type: 'contradicts', claim: 'other' },
          ],
        },
      },
      { id: 'other', data: { relations: [{ type: 'contradicts', claim: 'vote-103' }] } },
    ]);
    expect(both.get('vote-99')).toEqual([
      { type: 'supports', direction: 'mutual', claim: 'vote-103', label: 'Supports each other' },
    ]);
    expect(both.get('vote-103')?.map((r) => `${r.label} ${r.claim}`)).toEqual([
      'Supports each other vote-99',
      'Contradicts each other other',
    ]);
  });

  it('keeps two relations of different types between the same claims apart', () => {
    const two = indexClaimRelations([
      { id: 'a', data: { relations: [{ type: 'supersedes', claim: 'b' }] } },
      { id: 'b', data: { relations: [{ type: 'supports', claim: 'a' }] } },
    ]);
    expect(two.get('a')?.map((r) => r.label)).toEqual(['Supersedes', 'Supported by']);
  });

  it('has no entry for a claim without relations', () => {
    expect(index.has('unrelated')).toBe(false);
  });
});
