import { claimKinds, verdicts } from '../../schemas/claims.ts';

/**
 * Every URL the site makes, in one place. Paths are written without the base path and with a
 * trailing slash ("/countries/poland/"); `withBase` adds the deployment's base ("/ledger/").
 */
export const ENTRY_ROUTES = {
  briefings: 'briefings',
  treaties: 'treaties',
  countries: 'countries',
  claims: 'claims',
  sources: 'sources',
} as const;

export type RoutedCollection = keyof typeof ENTRY_ROUTES;

/** Pages that are not one entry each. Body links to these are allowed. */
export const STATIC_PATHS = [
  '/',
  '/about/',
  '/search/',
  '/briefings/',
  '/treaties/',
  '/countries/',
  '/claims/',
  '/sources/',
  '/data/',
] as const;

export function pathFor(collection: RoutedCollection, id: string): string {
  return `/${ENTRY_ROUTES[collection]}/${id}/`;
}

/** Claims filtered without JavaScript: one page per verdict and per kind ("/claims/verdict/accurate/"). */
export const CLAIM_FILTERS = { verdict: verdicts, kind: claimKinds } as const;
export type ClaimFacet = keyof typeof CLAIM_FILTERS;

export function claimFilterPath(facet: ClaimFacet, value: string): string {
  return `/claims/${facet}/${value}/`;
}

/** Entries that have a paged list of every claim about them. */
export type ClaimSubjectCollection = 'countries' | 'treaties';

/**
 * Page `page` of every claim about a country or treaty: "/countries/poland/claims/",
 * "/treaties/ottawa-convention/claims/page/2/". Built only for entries with more claims than their
 * own page shows (src/lib/ledger/claim-lists.ts), so content links do not go here either.
 */
export function subjectClaimsPath(collection: ClaimSubjectCollection, id: string, page = 1): string {
  const list = `${pathFor(collection, id)}claims/`;
  return page > 1 ? `${list}page/${page}/` : list;
}

/** A filter of the claims list: a verdict or a kind. */
export interface ClaimFilter {
  facet: ClaimFacet;
  value: string;
}

/**
 * Page `page` of the claims list, all claims or one filter: "/claims/", "/claims/page/2/",
 * "/claims/verdict/accurate/page/3/". Page 1 is the list's own URL. Content links go to the list's
 * own URL only (page numbers shift as claims are added), so `resolveSitePath` does not accept
 * page URLs.
 */
export function claimListPath(filter: ClaimFilter | undefined, page = 1): string {
  const list = filter ? claimFilterPath(filter.facet, filter.value) : '/claims/';
  return page > 1 ? `${list}page/${page}/` : list;
}

function isClaimFilterPath(path: string): boolean {
  const match = /^\/claims\/(verdict|kind)\/([a-z-]+)\/$/.exec(path);
  return match !== null && (CLAIM_FILTERS[match[1] as ClaimFacet] as readonly string[]).includes(match[2] ?? '');
}

export type ResolvedPath =
  | { kind: 'entry'; collection: RoutedCollection; id: string }
  | { kind: 'static'; path: string }
  | { kind: 'file'; path: string }
  | { kind: 'unknown'; path: string };

/** What a site-relative link ("/countries/poland/#status") points at. */
export function resolveSitePath(href: string): ResolvedPath {
  const path = href.replace(/[?#].*$/, '');
  const normalized = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
  if ((STATIC_PATHS as readonly string[]).includes(normalized) || isClaimFilterPath(normalized))
    return { kind: 'static', path: normalized };
  const match = /^\/([a-z]+)\/([^/]+)\/$/.exec(normalized);
  if (match) {
    const [, segment, id] = match;
    const collection = (Object.keys(ENTRY_ROUTES) as RoutedCollection[]).find((c) => ENTRY_ROUTES[c] === segment);
    if (collection && id) return { kind: 'entry', collection, id };
  }
  if (/^\/data\/[^/]+\.(json|csv|xml)$/.test(normalized) || /^\/data\/schema\/[^/]+\.json$/.test(normalized)) {
    return { kind: 'file', path: normalized };
  }
  return { kind: 'unknown', path: normalized };
}

/** Prefixes a site path with the base path; base is "/" or "/ledger/" (leading and trailing slash). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

/** Normalizes BASE_PATH values such as "ledger", "/ledger" or "/ledger/" to "/ledger/". */
export function normalizeBase(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Adds the base path and the trailing slash to a site-relative link, keeping its query and fragment. */
export function toSiteHref(base: string, href: string): string {
  const match = /^([^?#]*)(.*)$/.exec(href);
  const path = match?.[1] ?? href;
  const rest = match?.[2] ?? '';
  const withSlash = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
  return withBase(base, withSlash) + rest;
}
