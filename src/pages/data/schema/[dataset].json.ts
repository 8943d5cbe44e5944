/** /data/schema/<dataset>.json — the JSON Schema (draft 2020-12) of /data/<dataset>.json (src/lib/publish/data-release.ts). */
import { dataFileEndpoint } from '../../../endpoints.ts';

const endpoint = dataFileEndpoint('schema');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
