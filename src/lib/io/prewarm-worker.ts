/**
 * Worker thread of `prewarmContent` (prewarm.ts): reads and parses its share of the content files
 * and scans (and renders) their bodies with the same functions the integrity check uses, and
 * sends the results back as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { COLLECTIONS } from '../../schemas/index.ts';
import { parsePlain, readContentText } from '../check/content-files.ts';
import { gateMdx } from '../check/mdx-gate.ts';
import { scanForTransfer, scanParses } from '../markdown/markdown.ts';
import type { PrewarmJob, PrewarmResult } from './prewarm.ts';

const job = workerData as PrewarmJob;
const results: PrewarmResult[] = [];
for (const { collection, abs, path } of job.files) {
  const text = readContentText(abs);
  const parsed = parsePlain(collection, path, text);
  const format = COLLECTIONS[collection].format;
  const body = parsed.file?.body ?? '';
  const scanFormat = format === 'mdx' ? 'mdx' : 'markdown';
  // With a render base, every Markdown body is rendered here too (pages then take the HTML), not
  // only those the check must parse: the rendering happens on these threads instead of serially.
  const ahead =
    format === 'markdown' && job.renderBase !== undefined
      ? body.trim() !== ''
      : format !== 'yaml' && scanParses(body, scanFormat);
  const scan = ahead
    ? scanForTransfer(body, scanFormat, job.renderBase, scanFormat === 'mdx' ? gateMdx : undefined)
    : undefined;
  results.push({ collection, path, text, parsed, scan });
}
parentPort?.postMessage(results);
