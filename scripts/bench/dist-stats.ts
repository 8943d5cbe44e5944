/** Size of a built site: bytes and files in total, HTML pages, and the Pagefind index on its own. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
