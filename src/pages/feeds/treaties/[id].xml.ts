/** /feeds/treaties/<id>.xml — the dated events of one treaty, newest first (Atom 1.0). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLedger, getPageKeys } from '../../../content.ts';
import { toAtom } from '../../../lib/publish/atom.ts';
import { ATOM_TYPE, buildUrls, fileResponse } from '../../../endpoints.ts';
import { treatyFeed } from '../../../lib/publish/feeds.ts';

export const getStaticPaths = (async () => {
  const [ledger, keys] = await Promise.all([getLedger(), getPageKeys()]);
  return [...ledger.treaties.keys()].map((id) => ({ params: { id }, cacheKey: keys.entry('treaties', id) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  fileResponse(toAtom(treatyFeed(await getLedger(), buildUrls(site), String(params.id))), ATOM_TYPE);
