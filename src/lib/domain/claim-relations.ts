/**
 * Relations between claims, shown on both pages: a claim that contradicts another is listed as
 * "contradicts" on its own page and as "contradicted by" on the other. Built once from the claims'
 * own `relations` lists (the only place a relation is written).
 */
import type { Claim } from '../../schemas/claims.ts';

export type RelationType = Claim['relations'][number]['type'];

export interface ClaimRelation {
  type: RelationType;
  /** `out`: this claim names the other; `in`: the other claim names this one; `mutual`: both, with the same type. */
  direction: 'out' | 'in' | 'mutual';
  claim: string;
  /** "Supports", "Supported by", "Contradicts", "Contradicted by", "Supersedes", "Superseded by"; "Supports each other"… when mutual. */
  label: string;
}

const LABELS: Record<RelationType, { out: string; in: string }> = {
  supports: { out: 'Supports', in: 'Supported by' },
  contradicts: { out: 'Contradicts', in: 'Contradicted by' },
  supersedes: { out: 'Supersedes', in: 'Superseded by' },
};

export function relationLabel(type: RelationType, direction: 'out' | 'in' | 'mutual'): string {
  return direction === 'mutual' ? `${LABELS[type].out} each other` : LABELS[type][direction];
}

/**
 * Claim id → its relations in both directions, in the order written, outgoing first. Two claims
 * that each name the other with the same type (seimas-ccm-vote-99 and -103 support each other) are
 * one relation, "Supports each other", where the outgoing one stood, not "Supports" and
 * "Supported by" the same claim.
 */
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
    const out = outgoing.get(key) ?? [];
    const back = incoming.get(key) ?? [];
    const mutual = (r: ClaimRelation) => back.some((b) => b.type === r.type && b.claim === r.claim);
    index.set(key, [
      ...out.map((r) =>
        mutual(r) ? { ...r, direction: 'mutual' as const, label: relationLabel(r.type, 'mutual') } : r,
      ),
      ...back.filter((b) => !out.some((r) => r.type === b.type && r.claim === b.claim)),
    ]);
  }
  return index;
}
