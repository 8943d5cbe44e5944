/** /feeds/countries/<id>.xml — one country's treaty events and the claims about it (Atom 1.0). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLedger, getPageKeys } from '../../../content.ts';
import { toAtom } from '../../../lib/publish/atom.ts';
import { ATOM_TYPE, buildUrls, fileResponse } from '../../../endpoints.ts';
import { countryFeed } from '../../../lib/publish/feeds.ts';

export const getStaticPaths = (async () => {
  const [ledger, keys] = await Promise.all([getLedger(), getPageKeys()]);
  return [...ledger.countries.keys()].map((id) => ({ params: { id }, cacheKey: keys.entry('countries', id) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  fileResponse(toAtom(countryFeed(await getLedger(), buildUrls(site), String(params.id))), ATOM_TYPE);
