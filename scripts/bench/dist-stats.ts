/** Size of a built site: bytes and files in total, HTML pages, and the Pagefind index on its own. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../lib/files.ts';

export interface DistStats {
  bytes: number;
  files: number;
  htmlPages: number;
  pagefindBytes: number;
  pagefindFiles: number;
}

export function distStats(dir: string): DistStats {
  const stats: DistStats = { bytes: 0, files: 0, htmlPages: 0, pagefindBytes: 0, pagefindFiles: 0 };
  const walk = (abs: string, inPagefind: boolean) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const path = join(abs, entry.name);
      if (entry.isDirectory()) {
        walk(path, inPagefind || (abs === dir && entry.name === 'pagefind'));
        continue;
      }
      const size = statSync(path).size;
      stats.bytes += size;
      stats.files++;
      if (entry.name.endsWith('.html')) stats.htmlPages++;
      if (inPagefind) {
        stats.pagefindBytes += size;
        stats.pagefindFiles++;
      }
    }
  };
  walk(dir, false);
  return stats;
}

/** Whether two output folders hold the same files with the same bytes. */
export function sameTrees(a: string, b: string): boolean {
  const left = listFiles(a);
  const right = listFiles(b);
  return (
    left.length === right.length &&
    left.every((f, i) => f === right[i] && readFileSync(join(a, f)).equals(readFileSync(join(b, f))))
  );
}
