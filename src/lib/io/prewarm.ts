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
import { parsePlain, readContentText, rememberPlainParse, type PlainParse } from '../check/content-files.ts';
import { gateMdx } from '../check/mdx-gate.ts';
import { rememberScanResult, scanForTransfer, scanParses, type ScanResult } from '../markdown/markdown.ts';

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
export function listContentFiles(projectRoot: string, contentDir: string): PrewarmJob['files'] {
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
  const files = listContentFiles(projectRoot, contentDir);
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(files.length / 100)));
  if (files.length < (options.minFiles ?? 4000) || workers < 2) return { files: 0, workers: 0 };
  rememberPrepared(await prepareFiles(files, options.renderBase, workers), options.renderBase);
  return { files: files.length, workers };
}

/** Leaves prepared files where the check (and then the loaders, the ledger, the renderer) take them. */
export function rememberPrepared(results: readonly PrewarmResult[], renderBase: string | undefined): void {
  for (const r of results) {
    rememberPlainParse(r.collection, r.path, r.text, r.parsed);
    const body = r.parsed.file?.body;
    if (r.scan && body !== undefined)
      rememberScanResult(body, COLLECTIONS[r.collection].format === 'mdx' ? 'mdx' : 'markdown', renderBase, r.scan);
  }
}

/**
 * One file read, parsed and (where the check would parse its body) scanned and rendered, as plain
 * data: what a prewarm thread does for each of its files, with the check's own functions.
 */
export function prepareFile(
  file: PrewarmJob['files'][number],
  renderBase: string | undefined,
  text?: string,
): PrewarmResult {
  const { collection, path } = file;
  const content = text ?? readContentText(file.abs);
  const parsed = parsePlain(collection, path, content);
  const format = COLLECTIONS[collection].format;
  const body = parsed.file?.body ?? '';
  const scanFormat = format === 'mdx' ? 'mdx' : 'markdown';
  // With a render base, every Markdown body is rendered here too (pages then take the HTML), not
  // only those the check must parse: the rendering happens ahead instead of inside the check.
  const ahead =
    format === 'markdown' && renderBase !== undefined
      ? body.trim() !== ''
      : format !== 'yaml' && scanParses(body, scanFormat);
  const scan = ahead
    ? scanForTransfer(body, scanFormat, renderBase, scanFormat === 'mdx' ? gateMdx : undefined)
    : undefined;
  return { collection, path, text: content, parsed, scan };
}

/** Prepares files on `workers` threads (dealt out in turn, so each gets a like mix of collections), or on this thread when fewer than two. */
export async function prepareFiles(
  files: PrewarmJob['files'],
  renderBase: string | undefined,
  workers: number,
): Promise<PrewarmResult[]> {
  if (workers < 2) return files.map((f) => prepareFile(f, renderBase));
  const jobs: PrewarmJob[] = Array.from({ length: workers }, () => ({ files: [], renderBase }));
  files.forEach((file, i) => jobs[i % workers]?.files.push(file));
  return (await Promise.all(jobs.map(runWorker))).flat();
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
