/**
 * Worker thread of `prewarmContent` (prewarm.ts): reads and parses its share of the content files
 * and scans (and renders) their bodies with the same functions the integrity check uses
 * (`prepareFile`), and sends the results back as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareFile, type PrewarmJob } from './prewarm.ts';

const job = workerData as PrewarmJob;
parentPort?.postMessage(job.files.map((file) => prepareFile(file, job.renderBase)));
