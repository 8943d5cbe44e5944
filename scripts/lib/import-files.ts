/**
 * What the two depositary imports (import-untc.ts, import-unoda.ts) share: the error that lists
 * every bad line of an input file, writing the participation files (or checking them with
 * `--check`), and the command line around it. Running an import twice changes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface ImportProblem {
  line: number;
  message: string;
}

/** Every problem of one input file, one line each, so a contributor fixes them in one pass. */
export class ImportError extends Error {
  readonly file: string;
  readonly problems: ImportProblem[];
  constructor(file: string, problems: ImportProblem[]) {
    super(
      `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.map((p) => `  line ${p.line}: ${p.message}`).join('\n')}`,
    );
    this.file = file;
    this.problems = problems;
  }
}

export interface ImportResult {
  files: { path: string; participants: number; changed: boolean }[];
}

/**
 * Writes `src/content/participation/<treaty>.yaml` for each file whose text differs (nothing with
 * `dryRun`); says which changed. `root` is the project, for the paths reported.
 */
export function writeParticipationFiles<F extends { treaty: string; participants: readonly unknown[] }>(
  files: readonly F[],
  render: (file: F) => string,
  { root, contentDir, dryRun = false }: { root: string; contentDir: string; dryRun?: boolean | undefined },
): ImportResult {
  const result: ImportResult = { files: [] };
  for (const file of files) {
    const abs = join(contentDir, 'participation', `${file.treaty}.yaml`);
    const text = render(file);
    const changed = !existsSync(abs) || readFileSync(abs, 'utf8') !== text;
    if (changed && !dryRun) writeFileSync(abs, text);
    result.files.push({ path: relative(root, abs), participants: file.participants.length, changed });
  }
  return result;
}

/**
 * The command line of an import: `--check` writes nothing and exits 1 when a file would change
 * (with `fix` saying what to run); an ImportError prints its lines, not a stack trace.
 */
export function runImportCommand(run: (dryRun: boolean) => ImportResult, fix: string): void {
  const dryRun = process.argv.includes('--check');
  try {
    const { files } = run(dryRun);
    for (const f of files)
      console.log(
        `${f.changed ? (dryRun ? 'would change' : 'wrote') : 'unchanged'}  ${f.path} (${f.participants} participants)`,
      );
    const total = files.reduce((n, f) => n + f.participants, 0);
    console.log(`${total} participants in ${files.length} treaties.`);
    if (dryRun && files.some((f) => f.changed)) {
      console.error(`The participation files differ from what the import writes: ${fix}.`);
      process.exit(1);
    }
  } catch (error) {
    console.error(error instanceof ImportError ? error.message : error);
    process.exit(1);
  }
}
