/**
 * The integrity check reads, parses and scans every content file on one thread, and a build waits
 * for it. `prewarmContent` does that work ahead on worker threads, one per core, with the same
 * functions (content-files.ts, markdown.ts), and leaves the results where the check takes them
 * (core/handoff.ts, through `rememberPlainParse` and `rememberScanResult`): the check then only
 * validates and cross-checks.
 * Every result is keyed by the exact text it came from, so a file that changes in between is
 * simply read again; errors are reported by the check exactly as without the workers.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { rememberPlainParse, type PlainParse } from '../check/content-files.ts';
import { rememberScanResult, type ScanResult } from '../markdown/markdown.ts';

export interface PrewarmJob {
  files: { collection: CollectionName; abs: string; path: string }[];
  renderBase: string | undefined;
}

export interface PrewarmResult {
  collection: CollectionName;
  path: string;
  text: string;
  parsed: PlainParse;
  scan: ScanResult | undefined;
}

export interface PrewarmOptions {
  /** The check's renderBase (see CheckOptions). */
  renderBase?: string | undefined;
  /** Threads to use; default: one per core. */
  workers?: number;
  /**
   * Below this many files the threads cost more than they save (starting one and loading the
   * parsers takes about a second; measured: 1,500 files are slower with threads, 12,000 faster); default 4000.
   */
  minFiles?: number;
}

/** Content files as the check lists them: each collection's own folder, with its extensions. */
function listFiles(projectRoot: string, contentDir: string): PrewarmJob['files'] {
  const files: PrewarmJob['files'] = [];
  for (const collection of COLLECTION_NAMES) {
    const spec = COLLECTIONS[collection];
    const dir = join(contentDir, spec.folder);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!(spec.extensions as readonly string[]).includes(extname(name))) continue;
      const abs = join(dir, name);
      if (!lstatSync(abs).isFile()) continue; // links and folders: the check reports them
      files.push({ collection, abs, path: relative(projectRoot, abs).split(sep).join('/') });
    }
  }
  return files;
}

/** Parses and scans the content on worker threads; returns how many files and threads it used. */
export async function prewarmContent(
  projectRoot: string,
  contentDir: string = join(projectRoot, 'src', 'content'),
  options: PrewarmOptions = {},
): Promise<{ files: number; workers: number }> {
  const files = listFiles(projectRoot, contentDir);
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(files.length / 100)));
  if (files.length < (options.minFiles ?? 4000) || workers < 2) return { files: 0, workers: 0 };
  // Deal the files out in turn, so each thread gets a like mix of collections.
  const jobs: PrewarmJob[] = Array.from({ length: workers }, () => ({ files: [], renderBase: options.renderBase }));
  files.forEach((file, i) => jobs[i % workers]?.files.push(file));
  const batches = await Promise.all(jobs.map(runWorker));
  for (const batch of batches) {
    for (const r of batch) {
      rememberPlainParse(r.collection, r.path, r.text, r.parsed);
      const body = r.parsed.file?.body;
      if (r.scan && body !== undefined)
        rememberScanResult(
          body,
          COLLECTIONS[r.collection].format === 'mdx' ? 'mdx' : 'markdown',
          options.renderBase,
          r.scan,
        );
    }
  }
  return { files: files.length, workers };
}

function runWorker(job: PrewarmJob): Promise<PrewarmResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./prewarm-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (results: PrewarmResult[]) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a prewarm worker stopped with exit code ${code}`));
    });
  });
}
