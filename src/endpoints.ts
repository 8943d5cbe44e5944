/**
 * Glue for the file endpoints (/data/*, /feeds/*, robots.txt), on the Astro side like
 * src/content.ts: absolute URLs for this build and Responses with an explicit type. The content
 * of every file is made by pure functions in src/lib.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { BASE, getLedger } from './content.ts';
import { renderRelease, type RenderedDataset } from './lib/publish/data-release.ts';
import { DATASET_NAMES } from './lib/publish/export-datasets.ts';
import { siteUrls, type SiteUrls } from './lib/urls/site-urls.ts';

export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

export function buildUrls(site: URL | undefined): SiteUrls {
  return siteUrls(site, BASE);
}

export function fileResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { 'Content-Type': contentType } });
}

/** getStaticPaths and GET for one kind of file under /data/, one route per dataset. */
export function dataFileEndpoint(kind: keyof Pick<RenderedDataset, 'json' | 'csv' | 'schema'>) {
  const getStaticPaths = (() => DATASET_NAMES.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;
  const GET: APIRoute = async ({ params, site }) => {
    const rendered = renderRelease(await getLedger(), buildUrls(site)).find((r) => r.name === params['dataset']);
    if (!rendered) throw new Error(`No dataset "${params['dataset']}"`);
    return fileResponse(rendered[kind].body, rendered[kind].contentType);
  };
  return { getStaticPaths, GET };
}
