/** /data/<dataset>.csv — the dataset as RFC 4180 CSV (src/lib/publish/data-release.ts). */
import { dataFileEndpoint } from '../../endpoints.ts';

const endpoint = dataFileEndpoint('csv');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
