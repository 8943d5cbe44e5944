/** /feeds/briefings.xml — new and updated briefings (Atom 1.0). */
import type { APIRoute } from 'astro';
import { getLedger } from '../../content.ts';
import { toAtom } from '../../lib/publish/atom.ts';
import { ATOM_TYPE, buildUrls, fileResponse } from '../../endpoints.ts';
import { briefingsFeed } from '../../lib/publish/feeds.ts';

export const GET: APIRoute = async ({ site }) =>
  fileResponse(toAtom(briefingsFeed(await getLedger(), buildUrls(site))), ATOM_TYPE);
