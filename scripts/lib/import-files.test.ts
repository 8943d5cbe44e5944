import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError, writeParticipationFiles } from './import-files.ts';

describe('writeParticipationFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'import-files-'));
  const contentDir = join(root, 'src', 'content');
  mkdirSync(join(contentDir, 'participation'), { recursive: true });
  writeFileSync(join(contentDir, 'participation', 'kept.yaml'), 'kept: 2\n');
  const files = [
    { treaty: 'kept', participants: [1, 2] },
    { treaty: 'fresh', participants: [1] },
  ];
  const render = (f: { treaty: string; participants: readonly unknown[] }) => `${f.treaty}: ${f.participants.length}\n`;

  it('with dryRun says what would change and writes nothing', () => {
    const { files: out } = writeParticipationFiles(files, render, { root, contentDir, dryRun: true });
    expect(out).toEqual([
      { path: 'src/content/participation/kept.yaml', participants: 2, changed: false },
      { path: 'src/content/participation/fresh.yaml', participants: 1, changed: true },
    ]);
    expect(() => readFileSync(join(contentDir, 'participation', 'fresh.yaml'))).toThrow();
  });

  it('writes what changed, and a second run changes nothing', () => {
    writeParticipationFiles(files, render, { root, contentDir });
    expect(readFileSync(join(contentDir, 'participation', 'fresh.yaml'), 'utf8')).toBe('fresh: 1\n');
    const again = writeParticipationFiles(files, render, { root, contentDir });
    expect(again.files.every((f) => !f.changed)).toBe(true);
  });
});

describe('ImportError', () => {
  it('lists every problem with its line', () => {
    const error = new ImportError('data/x.csv', [
      { line: 3, message: 'bad date' },
      { line: 9, message: 'unknown state' },
    ]);
    expect(error.message).toBe('data/x.csv: 2 problems\n  line 3: bad date\n  line 9: unknown state');
  });
});
