import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitIn } from '../../../tests/support/git.ts';
import { lastChanged, parseNameOnlyLog, readChangeIndex, type GitRunner } from './git-history.ts';

describe('parseNameOnlyLog', () => {
  it('keeps the newest commit date of each file, whatever the order of commits', () => {
    const log = [
      '\x1e2025-07-01\0\nsrc/content/claims/a.md\0src/content/sources/s.md\0',
      '\x1e2025-09-30\0\nsrc/content/claims/a.md\0',
      '\x1e2024-01-15\0\nsrc/content/claims/b.md\0',
    ].join('');
    const dates = parseNameOnlyLog(log);
    expect(Object.fromEntries(dates)).toEqual({
      'src/content/claims/a.md': '2025-09-30',
      'src/content/sources/s.md': '2025-07-01',
      'src/content/claims/b.md': '2024-01-15',
    });
  });

  it('keeps file names with spaces and non-ASCII letters as they are', () => {
    const dates = parseNameOnlyLog('\x1e2025-01-02\0\nsrc/content/countries/côte d’ivoire.md\0');
    expect([...dates.keys()]).toEqual(['src/content/countries/côte d’ivoire.md']);
  });

  it('ignores commits (merges) that list no files and output it cannot date', () => {
    expect(parseNameOnlyLog('\x1e2025-01-02\0\x1enot-a-date\0\nx.md\0').size).toBe(0);
  });
});

describe('readChangeIndex', () => {
  it('asks git twice in all, however many files there are', () => {
    const calls: string[][] = [];
    const git: GitRunner = (args) => {
      calls.push([...args]);
      if (args[0] === 'rev-parse') return '/repo\nfalse\n';
      return Array.from({ length: 500 }, (_, i) => `\x1e2025-01-02\0\nsrc/content/countries/c${i}.md\0`).join('');
    };
    const index = readChangeIndex('/repo', 'src/content', git);
    expect(index.dates.size).toBe(500);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.slice(-2)).toEqual(['--', 'src/content']);
  });

  it('says nothing when git is missing or the folder is not a repository', () => {
    expect(readChangeIndex('/nowhere', 'src/content', () => undefined)).toEqual({ state: 'no-git', dates: new Map() });
  });
});

/** A real repository with commits on known dates, and a shallow clone of it. */
describe('readChangeIndex on a real repository', () => {
  const temp = mkdtempSync(join(tmpdir(), 'ledger-git-'));
  const repo = join(temp, 'repo');
  const git = gitIn;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };

  beforeAll(() => {
    mkdirSync(repo);
    git(repo, ['init', '-q', '-b', 'main']);
    write('src/content/claims/a.md', 'one');
    write('src/content/sources/s.md', 'one');
    write('README.md', 'one');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-q', '-m', 'first'], '2025-03-18');
    write('src/content/claims/a.md', 'two');
    git(repo, ['commit', '-q', '-am', 'second'], '2025-06-27');
    git(repo, ['mv', 'src/content/sources/s.md', 'src/content/sources/t.md']);
    git(repo, ['commit', '-q', '-m', 'rename'], '2025-08-20');
    write('README.md', 'two');
    git(repo, ['commit', '-q', '-am', 'outside content'], '2026-01-01');
    write('src/content/claims/new.md', 'not committed');
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('gives each content file the date of the last commit that changed it', () => {
    const index = readChangeIndex(repo);
    expect(index.state).toBe('ok');
    expect(lastChanged(index, 'src/content/claims/a.md')).toBe('2025-06-27');
    expect(lastChanged(index, 'src/content/sources/t.md')).toBe('2025-08-20');
    expect(lastChanged(index, 'src/content/claims/new.md')).toBeUndefined();
    expect(lastChanged(index, 'README.md')).toBeUndefined();
  });

  it('says nothing in a shallow clone, where every file would look changed in the last commit', () => {
    const clone = join(temp, 'shallow');
    git(temp, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const index = readChangeIndex(clone);
    expect(index.state).toBe('shallow');
    expect(lastChanged(index, 'src/content/claims/a.md')).toBeUndefined();
  });

  it('reads the history of a content folder outside the project that is a repository of its own (LEDGER_CONTENT_DIR)', () => {
    const project = join(temp, 'project');
    mkdirSync(project, { recursive: true });
    const index = readChangeIndex(project, join(repo, 'src/content'));
    expect(index.state).toBe('ok');
    // Paths relative to the project root, as the loaders write entries' filePath.
    expect(lastChanged(index, '../repo/src/content/claims/a.md')).toBe('2025-06-27');
    expect(lastChanged(index, '../repo/src/content/sources/t.md')).toBe('2025-08-20');
  });

  it('has no dates for a content folder outside the repository (a temporary copy)', () => {
    const index = readChangeIndex(repo, temp);
    expect(index.dates.size).toBe(0);
  });
});
