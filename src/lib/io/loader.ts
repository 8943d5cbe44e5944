/**
 * An Astro content loader that reads a collection's files with the same parser as the integrity
 * check (YAML 1.2: dates stay as written), so what the check approved is exactly what pages get.
 * It imports only the loader *type* from Astro, so it stays testable outside a build.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Loader } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { readContentText, takeParsedContentFile } from '../check/content-files.ts';

export function ledgerLoader(collection: CollectionName, contentDir: string): Loader {
  return {
    name: 'treaty-ledger-loader',
    // eslint-disable-next-line @typescript-eslint/unbound-method -- Astro's LoaderContext types its functions as methods; they use no `this`
    load: async ({ store, parseData, generateDigest, logger, config }) => {
      const root = config.root.pathname;
      const spec = COLLECTIONS[collection];
      const dir = join(contentDir, spec.folder);
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((n) => (spec.extensions as readonly string[]).some((ext) => n.endsWith(ext)));
      } catch {
        logger.warn(`no folder ${dir}`);
      }
      store.clear();
      for (const name of names.sort()) {
        const abs = join(dir, name);
        const path = relative(root, abs).split(sep).join('/');
        const text = readContentText(abs);
        // Parsed once per build: the integrity check already read this text (see content-files.ts).
        const { file, problems } = takeParsedContentFile(collection, path, text);
        if (!file) throw new Error(`${path}: ${problems.map((p) => p.message).join('; ')} (run npm run check)`);
        const data = await parseData({ id: file.id, data: file.data as Record<string, unknown>, filePath: path });
        store.set({ id: file.id, data, body: file.body, filePath: path, digest: generateDigest(text) });
      }
    },
  };
}
