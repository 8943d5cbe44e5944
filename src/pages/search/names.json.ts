/** /search/names.json — every name readers type for a treaty or a country (src/lib/search/search-names.ts), loaded when search opens. */
import type { APIRoute } from 'astro';
import { getLedger } from '../../content.ts';
import { fileResponse } from '../../endpoints.ts';
import { namesFile } from '../../lib/search/search-names.ts';

export const GET: APIRoute = async () =>
  fileResponse(JSON.stringify(namesFile(await getLedger())), 'application/json; charset=utf-8');
