/**
 * Every page of the claims list: all claims, then each verdict and each kind, split into pages
 * of a fixed size (src/lib/core/pagination.ts); and the claims about each country and treaty, which
 * their own pages show up to that size, with a paged list of all of them beyond it. Read from the
 * ledger's indexes, built once per build.
 */
import { claimsLinkingTo } from './backlink-groups.ts';
import { getBacklinks, type Entry, type Ledger } from './ledger.ts';
import { paginateList, type ListPage } from '../core/pagination.ts';
import {
  CLAIM_FILTERS,
  claimListPath,
  subjectClaimsPath,
  type ClaimFacet,
  type ClaimFilter,
  type ClaimSubjectCollection,
} from '../urls/routes.ts';
import type { Claim } from '../../schemas/claims.ts';

export interface ClaimListPage extends ListPage<Entry<Claim>> {
  filter: ClaimFilter | undefined;
  /** Site path of this page, without the base. */
  path: string;
}

/** The claims with one verdict or kind, in list order (the ledger's index). */
export function claimsFor(
  ledger: Pick<Ledger, 'claimsByVerdict' | 'claimsByKind' | 'sorted'>,
  filter: ClaimFilter | undefined,
): Entry<Claim>[] {
  if (!filter) return ledger.sorted.claims;
  const index = (filter.facet === 'verdict' ? ledger.claimsByVerdict : ledger.claimsByKind) as Map<
    string,
    Entry<Claim>[]
  >;
  return index.get(filter.value) ?? [];
}

export function claimListPages(
  ledger: Pick<Ledger, 'claimsByVerdict' | 'claimsByKind' | 'sorted'>,
  size: number,
): ClaimListPage[] {
  const filters: (ClaimFilter | undefined)[] = [undefined];
  for (const facet of Object.keys(CLAIM_FILTERS) as ClaimFacet[]) {
    for (const value of CLAIM_FILTERS[facet]) filters.push({ facet, value });
  }
  return filters.flatMap((filter) =>
    paginateList(claimsFor(ledger, filter), size).map((page) => ({
      ...page,
      filter,
      path: claimListPath(filter, page.page),
    })),
  );
}

/** The route parameter of a list page under /claims/ ("verdict/accurate/page/2"); undefined for /claims/ itself. */
export function claimListParam(path: string): string | undefined {
  const rest = path.replace(/^\/claims\//, '').replace(/\/$/, '');
  return rest === '' ? undefined : rest;
}

/** The claims about a country or treaty, newest first (as subject or linked from the body). */
export function claimsAbout(ledger: Ledger, collection: ClaimSubjectCollection, id: string): Entry<Claim>[] {
  return claimsLinkingTo(ledger, getBacklinks(ledger, collection, id));
}

/**
 * What a country or treaty page shows of its claims: the newest `size`, and when there are more,
 * the path of the paged list of all of them (`subjectClaimPages` builds exactly those lists).
 */
export function claimsOnEntityPage(
  ledger: Ledger,
  collection: ClaimSubjectCollection,
  id: string,
  size: number,
): { shown: Entry<Claim>[]; total: number; all: string | undefined } {
  const claims = claimsAbout(ledger, collection, id);
  return {
    shown: claims.slice(0, size),
    total: claims.length,
    all: claims.length > size ? subjectClaimsPath(collection, id) : undefined,
  };
}

export interface SubjectClaimPage extends ListPage<Entry<Claim>> {
  collection: ClaimSubjectCollection;
  id: string;
  path: string;
}

/** The paged lists of all claims about each country or treaty that has more than `size`. */
export function subjectClaimPages(
  ledger: Ledger,
  collection: ClaimSubjectCollection,
  size: number,
): SubjectClaimPage[] {
  return ledger.sorted[collection].flatMap(({ id }) => {
    const claims = claimsAbout(ledger, collection, id);
    if (claims.length <= size) return [];
    return paginateList(claims, size).map((page) => ({
      ...page,
      collection,
      id,
      path: subjectClaimsPath(collection, id, page.page),
    }));
  });
}

/** The route parameter of a subject list page ("page/2" under /countries/poland/claims/); undefined for page 1. */
export function subjectClaimsParam(page: number): string | undefined {
  return page > 1 ? `page/${page}` : undefined;
}
