/**
 * Bundles a browser module the way the site's build does (Vite, minified ES module) without
 * building the site: for measuring a script's size and running it in Chromium in tests.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { ROOT } from '../../scripts/lib/build.ts';

export interface Bundle {
  code: string;
  bytes: number;
  gzip: number;
}

export async function bundleModule(entry: string): Promise<Bundle> {
  const result = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'bundle' },
    },
  });
  type Output = { output: { type: string; code?: string }[] };
  const outputs = (Array.isArray(result) ? result : [result]) as unknown as Output[];
  const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`Expected one chunk for ${entry}, got ${chunks.length}`);
  const code = chunks[0]!.code ?? '';
  return { code, bytes: Buffer.byteLength(code), gzip: gzipSync(code).length };
}
