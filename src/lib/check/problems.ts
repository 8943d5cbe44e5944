/**
 * A problem in the content, as data: the file, the field, what is wrong and how to fix it.
 * Formatting for terminals and for GitHub annotations lives here too, so every check reads alike.
 *
 * A problem is an error unless it says `severity: 'warning'`: warnings are printed (and annotated
 * in CI) but do not stop the build. Values from content are printed escaped (core/text-safety.ts):
 * no control character reaches the terminal, and no printed value can begin a line, so none can
 * be read as a GitHub Actions workflow command.
 */
import { escapeForReport, safeReportLine } from '../core/text-safety.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the project root: "src/content/claims/poland-2012.md". */
  file: string;
  line?: number | undefined;
  /** Field path: "subjects.countries[1]", or a bracketed area such as "(body)". */
  field: string;
  message: string;
  hint?: string | undefined;
  /** Default 'error'. */
  severity?: Severity | undefined;
}

/** Whether a problem stops the build (every problem that is not a warning). */
export function isError(problem: Problem): boolean {
  return problem.severity !== 'warning';
}

/**
 * A problem at one field of a file. The field's path is written once and gives both the field
 * ("participants[3].withdrawal.effective") and the line the file has it on.
 */
export function problemAt(
  file: { path: string; lineOf: (path: readonly PropertyKey[]) => number | undefined },
  path: readonly PropertyKey[],
  message: string,
  hint: string,
): Problem {
  return { file: file.path, line: file.lineOf(path), field: formatFieldPath(path), message, hint };
}

export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}

/** Human-readable report: one block per problem (✖ an error, ⚠ a warning), then a count. */
export function formatReport(problems: readonly Problem[]): string {
  const lines: string[] = [];
  for (const p of sortProblems(problems)) {
    const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
    lines.push(`${isError(p) ? '✖' : '⚠'} ${where} › ${p.field}: ${p.message}`);
    if (p.hint) lines.push(`    fix: ${p.hint}`);
  }
  const errors = problems.filter(isError);
  const warnings = problems.length - errors.length;
  const files = new Set(errors.map((p) => p.file)).size;
  const warned = `${warnings} warning${warnings === 1 ? '' : 's'}`;
  lines.push('');
  lines.push(
    errors.length
      ? `${errors.length} problem${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}${warnings ? ` (and ${warned})` : ''}. Nothing was built; fix these and run \`npm run check\` again.`
      : `${warned}, which do not stop the build: fix them when you can.`,
  );
  return lines.map(safeReportLine).join('\n');
}

/** GitHub Actions workflow commands: each problem shows on the pull request diff at its line. */
export function formatGithubAnnotations(problems: readonly Problem[]): string {
  // Control characters become <U+XXXX> first, so no CR or LF is left to end the command early.
  const escapeData = (s: string) => escapeForReport(s).replace(/%/g, '%25');
  const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return sortProblems(problems)
    .map((p) => {
      const props = [`file=${escapeProp(p.file)}`];
      if (p.line) props.push(`line=${p.line}`);
      props.push(`title=${escapeProp(`${p.field}`)}`);
      return `::${isError(p) ? 'error' : 'warning'} ${props.join(',')}::${escapeData(`${p.message}${p.hint ? ` — fix: ${p.hint}` : ''}`)}`;
    })
    .join('\n');
}
