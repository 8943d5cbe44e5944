/**
 * The layer rules in eslint.config.mjs, proven by injected faults: each import below is linted as
 * if it were a file at that place in the tree, with the project's own configuration. Type
 * information is switched off here (the boundary rules do not need it, and a file that is not on
 * disk has no TypeScript project); `npm run lint` runs the same rules with it.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
});

/** The boundary messages ESLint gives a file with this text at this path. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('layer boundaries (eslint.config.mjs)', () => {
  it('refuses astro:content in src/lib, and says where collections are read', async () => {
    const errors = await boundaryErrors(
      'src/lib/domain/injected.ts',
      "import { getCollection } from 'astro:content';\nexport const all = () => getCollection('claims');\n",
    );
    expect(errors.join('\n')).toContain('Only src/content.ts reads collections');
    expect(errors.join('\n')).toContain('src/lib holds pure rules: no Astro module');
  });

  it('allows src/lib type-only imports from Astro and astro/zod', async () => {
    expect(
      await boundaryErrors(
        'src/lib/domain/injected.ts',
        "import type { CollectionEntry } from 'astro:content';\nexport type C = CollectionEntry<'claims'>;\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        'src/lib/domain/injected.ts',
        "import { z } from 'astro/zod';\nexport const s = z.string();\n",
      ),
    ).toEqual([]);
  });

  it('refuses components, pages and the access point in src/lib', async () => {
    expect(
      await boundaryErrors(
        'src/lib/ledger/injected.ts',
        "import { getLedger } from '../../content.ts';\nexport const l = getLedger;\n",
      ),
    ).toHaveLength(1);
  });

  it('keeps src/lib/core free of the rest of the project', async () => {
    expect(
      await boundaryErrors(
        'src/lib/core/injected.ts',
        "import { getStatusOn } from '../domain/status.ts';\nexport const s = getStatusOn;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/lib/core/injected.ts',
        "import { toIsoDate } from './dates.ts';\nexport const d = toIsoDate;\n",
      ),
    ).toEqual([]);
  });

  it('lets schemas import zod and core only', async () => {
    expect(
      await boundaryErrors(
        'src/schemas/injected.ts',
        "import { buildLedger } from '../lib/ledger/ledger.ts';\nexport const b = buildLedger;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/schemas/injected.ts',
        "import { isIsoDate } from '../lib/core/dates.ts';\nexport const i = isIsoDate;\n",
      ),
    ).toEqual([]);
  });

  it('keeps Node and the ledger out of browser code', async () => {
    expect(
      await boundaryErrors(
        'src/client/injected.ts',
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/client/injected.ts',
        "import { buildLedger } from '../lib/ledger/ledger.ts';\nexport const b = buildLedger;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/client/injected.ts',
        "import { getStatusOn } from '../lib/domain/status.ts';\nexport const s = getStatusOn;\n",
      ),
    ).toEqual([]);
  });

  it('lets only src/content.ts call getCollection', async () => {
    expect(
      await boundaryErrors(
        'src/components/Injected.ts',
        "import { getCollection } from 'astro:content';\nexport const all = () => getCollection('claims');\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/content.ts',
        "import { getCollection } from 'astro:content';\nexport const all = () => getCollection('claims');\n",
      ),
    ).toEqual([]);
  });
});
