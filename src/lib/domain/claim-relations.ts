/**
 * Relations between claims, shown on both pages: a claim that contradicts another is listed as
 * "contradicts" on its own page and as "contradicted by" on the other. Built once from the claims'
 * own `relations` lists (the only place a relation is written).
 */
import type { Claim } from '../../schemas/claims.ts';

export type RelationType = Claim['relations'][number]['type'];

export interface ClaimRelation {
  type: RelationType;
  /** `out`: this claim names the other; `in`: the other claim names this one. */
  direction: 'out' | 'in';
  claim: string;
  /** "Supports", "Supported by", "Contradicts", "Contradicted by", "Supersedes", "Superseded by". */
  label: string;
}

const LABELS: Record<RelationType, { out: string; in: string }> = {
  supports: { out: 'Supports', in: 'Supported by' },
  contradicts: { out: 'Contradicts', in: 'Contradicted by' },
  supersedes: { out: 'Supersedes', in: 'Superseded by' },
};

export function relationLabel(type: RelationType, direction: 'out' | 'in'): string {
  return LABELS[type][direction];
}

/** Claim id → its relations in both directions, in the order written, outgoing first. */
export function indexClaimRelations(
  claims: Iterable<{ id: string; data: Pick<Claim, 'relations'> }>,
): Map<string, ClaimRelation[]> {
  const outgoing = new Map<string, ClaimRelation[]>();
  const incoming = new Map<string, ClaimRelation[]>();
  const push = (map: Map<string, ClaimRelation[]>, key: string, relation: ClaimRelation) => {
    const list = map.get(key);
    if (list) list.push(relation);
    else map.set(key, [relation]);
  };
  for (const { id, data } of claims) {
    for (const { type, claim } of data.relations) {
      push(outgoing, id, { type, direction: 'out', claim, label: relationLabel(type, 'out') });
      push(incoming, claim, { type, direction: 'in', claim: id, label: relationLabel(type, 'in') });
    }
  }
  const index = new Map<string, ClaimRelation[]>();
  for (const key of new Set([...outgoing.keys(), ...incoming.keys()])) {
    index.set(key, [...(outgoing.get(key) ?? []), ...(incoming.get(key) ?? [])]);
  }
  return index;
}
