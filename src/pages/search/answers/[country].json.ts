/** /search/answers/<country>.json — a country's status in each treaty, in words, for search answers (src/lib/search/search-names.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLedger } from '../../../content.ts';
import { fileResponse } from '../../../endpoints.ts';
import { countryAnswers } from '../../../lib/search/search-names.ts';

export const getStaticPaths = (async () => {
  const ledger = await getLedger();
  return ledger.sorted.countries.map(({ id }) => ({ params: { country: id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  fileResponse(
    JSON.stringify(countryAnswers(await getLedger(), params['country'] ?? '')),
    'application/json; charset=utf-8',
  );
