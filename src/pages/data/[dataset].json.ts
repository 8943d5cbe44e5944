/** /data/<dataset>.json — the dataset in a JSON envelope (src/lib/publish/data-release.ts). */
import { dataFileEndpoint } from '../../endpoints.ts';

const endpoint = dataFileEndpoint('json');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
