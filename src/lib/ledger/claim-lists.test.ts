import { describe, expect, it } from 'vitest';
import { claimListPages, claimListParam, claimsOnEntityPage, subjectClaimPages } from './claim-lists.ts';
import type { Entry } from './ledger.ts';
import { CLAIM_FILTERS } from '../urls/routes.ts';
import type { Claim } from '../../schemas/claims.ts';
import { fixtureLedger } from '../../../tests/support/ledger.ts';

function fakeLedger(n: number) {
  const claims = Array.from({ length: n }, (_, i) => ({
    id: `claim-${i}`,
    data: { verdict: { rating: i % 3 === 0 ? 'accurate' : 'unverified' }, kind: 'fact' },
  })) as unknown as Entry<Claim>[];
  const byKey = (key: (c: Entry<Claim>) => string) => {
    const map = new Map<string, Entry<Claim>[]>();
    for (const c of claims) map.set(key(c), [...(map.get(key(c)) ?? []), c]);
    return map;
  };
  return {
    sorted: { claims },
    claimsByVerdict: byKey((c) => c.data.verdict.rating),
    claimsByKind: byKey((c) => c.data.kind),
  } as unknown as Parameters<typeof claimListPages>[0];
}

describe('claimListPages', () => {
  it('pages the whole list and every filter, each claim once per list it belongs to', () => {
    const pages = claimListPages(fakeLedger(25), 10);
    const all = pages.filter((p) => !p.filter);
    expect(all.map((p) => p.path)).toEqual(['/claims/', '/claims/page/2/', '/claims/page/3/']);
    expect(all.flatMap((p) => p.items.map((c) => c.id))).toHaveLength(25);
    const accurate = pages.filter((p) => p.filter?.facet === 'verdict' && p.filter.value === 'accurate');
    expect(accurate.map((p) => p.path)).toEqual(['/claims/verdict/accurate/']);
    expect(accurate[0]?.items).toHaveLength(9);
    const unverified = pages.filter((p) => p.filter?.value === 'unverified');
    expect(unverified.map((p) => [p.path, p.items.length])).toEqual([
      ['/claims/verdict/unverified/', 10],
      ['/claims/verdict/unverified/page/2/', 6],
    ]);
  });

  it('builds one (empty) page for every verdict and kind nobody has used yet', () => {
    const pages = claimListPages(fakeLedger(0), 10);
    const expected = 1 + CLAIM_FILTERS.verdict.length + CLAIM_FILTERS.kind.length;
    expect(pages).toHaveLength(expected);
    expect(new Set(pages.map((p) => p.path)).size).toBe(expected);
    expect(pages.every((p) => p.items.length === 0 && p.pages === 1)).toBe(true);
  });
});

describe('claimListParam', () => {
  it.each([
    ['/claims/', undefined],
    ['/claims/page/2/', 'page/2'],
    ['/claims/verdict/accurate/', 'verdict/accurate'],
    ['/claims/kind/forecast/page/12/', 'kind/forecast/page/12'],
  ])('%s', (path, param) => {
    expect(claimListParam(path)).toBe(param);
  });
});

describe('claims about a country or treaty', () => {
  // The fixtures: one claim about Poland, Estonia, Latvia, Lithuania and the Ottawa Convention.
  const ledger = fixtureLedger();

  it('an entry page shows them all while they fit, and no list is built (paging is tested on a built site: tests/site/pages.test.ts)', () => {
    const onPage = claimsOnEntityPage(ledger, 'countries', 'poland', 100);
    expect(onPage.shown.map((c) => c.id)).toEqual(['four-states-announce-ottawa-exit']);
    expect(onPage).toMatchObject({ total: 1, all: undefined });
    expect(subjectClaimPages(ledger, 'countries', 100)).toEqual([]);
  });
});
