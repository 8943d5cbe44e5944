/**
 * Every page of the claims list: all claims, then each verdict and each kind, split into pages
 * of a fixed size (src/lib/pagination.ts). Read from the ledger's indexes, built once per build.
 */
import type { Entry, Ledger } from './ledger.ts';
import { paginateList, type ListPage } from './pagination.ts';
import { CLAIM_FILTERS, claimListPath, type ClaimFacet, type ClaimFilter } from './routes.ts';
import type { Claim } from '../schemas/claims.ts';

export interface ClaimListPage extends ListPage<Entry<Claim>> {
  filter: ClaimFilter | undefined;
  /** Site path of this page, without the base. */
  path: string;
}

/** The claims with one verdict or kind, in list order (the ledger's index). */
export function claimsFor(ledger: Pick<Ledger, 'claimsByVerdict' | 'claimsByKind' | 'sorted'>, filter: ClaimFilter | undefined): Entry<Claim>[] {
  if (!filter) return ledger.sorted.claims;
  const index = (filter.facet === 'verdict' ? ledger.claimsByVerdict : ledger.claimsByKind) as Map<string, Entry<Claim>[]>;
  return index.get(filter.value) ?? [];
}

export function claimListPages(ledger: Pick<Ledger, 'claimsByVerdict' | 'claimsByKind' | 'sorted'>, size: number): ClaimListPage[] {
  const filters: (ClaimFilter | undefined)[] = [undefined];
  for (const facet of Object.keys(CLAIM_FILTERS) as ClaimFacet[]) {
    for (const value of CLAIM_FILTERS[facet]) filters.push({ facet, value });
  }
  return filters.flatMap((filter) =>
    paginateList(claimsFor(ledger, filter), size).map((page) => ({ ...page, filter, path: claimListPath(filter, page.page) })),
  );
}

/** The route parameter of a list page under /claims/ ("verdict/accurate/page/2"); undefined for /claims/ itself. */
export function claimListParam(path: string): string | undefined {
  const rest = path.replace(/^\/claims\//, '').replace(/\/$/, '');
  return rest === '' ? undefined : rest;
}
