/**
 * docs/ARCHITECTURE.md must match the tree: every folder of src/lib has its section and every module
 * (test files aside) is named in it, and nothing it names under src/lib is gone. A newcomer reads the
 * page to find a concern in one hop; a module missing from it is a concern nobody can find.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const LIB = join(ROOT, 'src/lib');
const doc = readFileSync(join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
const folders = readdirSync(LIB).filter((name) => statSync(join(LIB, name)).isDirectory());

/** The text of the section "### <folder>/ …" up to the next heading. */
function section(folder: string): string {
  const start = doc.indexOf(`### ${folder}/`);
  if (start < 0) return '';
  const next = doc.indexOf('\n#', start + 1);
  return doc.slice(start, next < 0 ? undefined : next);
}

describe('docs/ARCHITECTURE.md', () => {
  it('has a section for every folder of src/lib, and src/lib has no loose modules', () => {
    expect(folders.filter((f) => !section(f))).toEqual([]);
    expect(readdirSync(LIB).filter((name) => name.endsWith('.ts'))).toEqual([]);
  });

  it('names every module of each folder in that folder’s section', () => {
    const missing = folders.flatMap((folder) =>
      readdirSync(join(LIB, folder))
        .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
        .filter((name) => !section(folder).includes(`\`${name}\``))
        .map((name) => `src/lib/${folder}/${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('names no module that is not there', () => {
    const gone = folders.flatMap((folder) =>
      [...section(folder).matchAll(/`([a-z0-9-]+\.ts)`/g)]
        .map((m) => m[1] ?? '')
        .filter((name) => !readdirSync(join(LIB, folder)).includes(name))
        .map((name) => `src/lib/${folder}/${name}`),
    );
    expect(gone).toEqual([]);
  });
});
