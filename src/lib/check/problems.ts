/**
 * A problem in the content, as data: the file, the field, what is wrong and how to fix it.
 * Formatting for terminals and for GitHub annotations lives here too, so every check reads alike.
 */
export interface Problem {
  /** Path relative to the project root: "src/content/claims/poland-2012.md". */
  file: string;
  line?: number | undefined;
  /** Field path: "subjects.countries[1]", or a bracketed area such as "(body)". */
  field: string;
  message: string;
  hint?: string | undefined;
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

/** Human-readable report: one block per problem, then a count. */
export function formatReport(problems: readonly Problem[]): string {
  const lines: string[] = [];
  for (const p of sortProblems(problems)) {
    const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
    lines.push(`✖ ${where} › ${p.field}: ${p.message}`);
    if (p.hint) lines.push(`    fix: ${p.hint}`);
  }
  const files = new Set(problems.map((p) => p.file)).size;
  lines.push('');
  lines.push(
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Nothing was built; fix these and run \`npm run check\` again.`,
  );
  return lines.join('\n');
}

/** GitHub Actions workflow commands: each problem shows on the pull request diff at its line. */
export function formatGithubAnnotations(problems: readonly Problem[]): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return sortProblems(problems)
    .map((p) => {
      const props = [`file=${escapeProp(p.file)}`];
      if (p.line) props.push(`line=${p.line}`);
      props.push(`title=${escapeProp(`${p.field}`)}`);
      return `::error ${props.join(',')}::${escapeData(`${p.message}${p.hint ? ` — fix: ${p.hint}` : ''}`)}`;
    })
    .join('\n');
}
