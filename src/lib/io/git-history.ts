/**
 * "Last changed" dates for content files, from git history.
 *
 * One `git log` over the content folder per build, never one git process per page: the index maps
 * every file to the date of the newest commit that touched it. Commit dates belong to the commit,
 * so the same commit builds the same pages; the clock is never read.
 *
 * A shallow clone (CI checkouts are depth 1 by default) holds only the newest commits, so every
 * file would look changed on the day of the last one. Then the index is empty and pages say
 * nothing rather than a wrong date; the deploy workflow fetches the full history instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { isIsoDate, type IsoDate } from '../core/dates.ts';

export type HistoryState = 'ok' | 'shallow' | 'no-git';

export interface ChangeIndex {
  state: HistoryState;
  /** Newest commit date of each file, keyed by its path relative to the project root. */
  dates: ReadonlyMap<string, IsoDate>;
}

/** Runs git with arguments in a folder; returns stdout, or undefined when git fails or is missing. */
export type GitRunner = (args: readonly string[], cwd: string) => string | undefined;

const RECORD = '\x1e';

/** The log format `parseNameOnlyLog` reads: a record mark and the committer date, then the file names. */
export const LOG_ARGS = ['log', '-z', '--name-only', `--format=${RECORD}%cs`] as const;

/**
 * Parses `git log -z --name-only --format=<RS>%cs`: each commit is its date followed by the
 * NUL-separated paths it changed. The newest date wins, whatever order the commits come in.
 */
export function parseNameOnlyLog(output: string): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  let current: IsoDate | undefined;
  for (const raw of output.split('\0')) {
    const token = raw.replace(/^\n+/, '');
    if (token === '') continue;
    if (token.startsWith(RECORD)) {
      const date = token.slice(RECORD.length).trim();
      current = isIsoDate(date) ? date : undefined;
      continue;
    }
    if (!current) continue;
    const known = dates.get(token);
    if (!known || known < current) dates.set(token, current);
  }
  return dates;
}

export const runGit: GitRunner = (args, cwd) => {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
};

/**
 * Reads the change index of `contentDir` (relative to the project root or absolute) from the
 * repository holding that folder: the project's, or a repository of its own (a copy of the content
 * named by LEDGER_CONTENT_DIR). Two git calls in all: where the repository is and whether it is
 * shallow, then the log. Paths stay relative to the project root, as entries' `filePath` are.
 */
export function readChangeIndex(projectRoot: string, contentDir = 'src/content', git: GitRunner = runGit): ChangeIndex {
  const empty = (state: HistoryState): ChangeIndex => ({ state, dates: new Map() });
  const folder = isAbsolute(contentDir) ? contentDir : join(projectRoot, contentDir);
  // The repository holding the content folder: the project's, or one of its own (a LEDGER_CONTENT_DIR copy).
  const info = git(
    ['rev-parse', '--show-toplevel', '--is-shallow-repository'],
    existsSync(folder) ? folder : projectRoot,
  )
    ?.trim()
    .split('\n');
  const top = info?.[0];
  if (!top) return empty('no-git');
  if (info?.[1]?.trim() === 'true') return empty('shallow');
  const inRepo = relative(top, folder);
  if (inRepo.startsWith('..') || isAbsolute(inRepo)) return empty('ok');
  const output = git([...LOG_ARGS, '--', inRepo === '' ? '.' : inRepo], top);
  if (output === undefined) return empty('no-git');
  const dates = new Map<string, IsoDate>();
  for (const [path, date] of parseNameOnlyLog(output)) {
    dates.set(relative(projectRoot, join(top, path)).split(sep).join('/'), date);
  }
  return { state: 'ok', dates };
}

const cache = new Map<string, ChangeIndex>();

/** The index for a project, read once per process (that is, once per build) and then reused. */
export function getChangeIndex(projectRoot: string, contentDir = 'src/content'): ChangeIndex {
  const key = `${projectRoot}\0${contentDir}`;
  let index = cache.get(key);
  if (!index) {
    index = readChangeIndex(projectRoot, contentDir);
    cache.set(key, index);
  }
  return index;
}

/** The date a file last changed, or undefined (not committed, outside the repository, shallow clone). */
export function lastChanged(index: ChangeIndex, filePath: string | undefined): IsoDate | undefined {
  return filePath ? index.dates.get(filePath.split(sep).join('/').replace(/^\.\//, '')) : undefined;
}
