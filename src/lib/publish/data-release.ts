/**
 * The files under /data/, rendered once per build: for each dataset its JSON, CSV and JSON Schema
 * with their sizes. The endpoints write these bodies and the /data/ page lists the same sizes, so
 * the page can never describe a file other than the one served.
 */
import { DATASET_NAMES, depositaryDates, getDataset, type DatasetName } from './export-datasets.ts';
import { toCsvExport, toJsonExport, toJsonRows, toJsonSchema, type Dataset } from './exports.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { SiteUrls } from '../urls/site-urls.ts';

export interface DataFile {
  /** Site path without the base: "/data/countries.csv". */
  path: string;
  body: string;
  bytes: number;
  contentType: string;
}

export interface RenderedDataset {
  name: DatasetName;
  dataset: Dataset<unknown>;
  json: DataFile;
  csv: DataFile;
  schema: DataFile;
}

const file = (path: string, body: string, contentType: string): DataFile => ({
  path,
  body,
  bytes: Buffer.byteLength(body, 'utf8'),
  contentType,
});

export const dataPaths = (name: string) => ({
  json: `/data/${name}.json`,
  csv: `/data/${name}.csv`,
  schema: `/data/schema/${name}.json`,
});

const cache = new WeakMap<Ledger, Map<string, RenderedDataset[]>>();

export function renderRelease(ledger: Ledger, urls: SiteUrls): RenderedDataset[] {
  const byHome = cache.get(ledger) ?? new Map<string, RenderedDataset[]>();
  cache.set(ledger, byHome);
  const cached = byHome.get(urls.home);
  if (cached) return cached;
  const rendered = DATASET_NAMES.map((name): RenderedDataset => {
    const dataset = getDataset(ledger, name);
    const paths = dataPaths(name);
    const schemaUrl = urls.abs(paths.schema);
    const rows = toJsonRows(dataset);
    const release = { asOf: ledger.asOf, depositaryStatusAsAt: depositaryDates(ledger), schemaUrl };
    return {
      name,
      dataset,
      json: file(paths.json, toJsonExport(dataset, release, rows), 'application/json; charset=utf-8'),
      csv: file(paths.csv, toCsvExport(dataset, rows), 'text/csv; charset=utf-8; header=present'),
      schema: file(
        paths.schema,
        `${JSON.stringify(toJsonSchema(dataset, schemaUrl), null, 2)}\n`,
        'application/schema+json; charset=utf-8',
      ),
    };
  });
  byHome.set(urls.home, rendered);
  return rendered;
}

/** "12.3 kB" (SI units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
