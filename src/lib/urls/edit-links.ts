/**
 * The links at the foot of an entry page: "edit this page", "report an error" and the file's
 * change history, all on the repository host (GitHub URL shapes).
 *
 * Where the repository is comes from the environment, never from a guess:
 *   REPOSITORY_URL     e.g. https://github.com/OWNER/treaty-ledger (wins when set)
 *   GITHUB_SERVER_URL + GITHUB_REPOSITORY   set by GitHub Actions, so the deploy needs no setting
 *   REPOSITORY_BRANCH  the branch edits and history point at (default "main")
 * When none is set the links are left out: a made-up repository address would be a broken link.
 */

export interface Repository {
  /** "https://github.com/owner/name", without a trailing slash or ".git". */
  url: string;
  branch: string;
}

export interface EntryLinks {
  /** Opens the file in the host's editor; absent for generated files, which a re-import overwrites. */
  edit?: string | undefined;
  /** Every commit that changed the file. */
  history: string;
  /** A new issue from the "error report" form, with the page address filled in. */
  report: string;
}

/** The issue form in .github/ISSUE_TEMPLATE/ that readers' reports open, and its page field. */
export const ERROR_REPORT_TEMPLATE = 'error-report.yml';
export const ERROR_REPORT_PAGE_FIELD = 'page';

/** Reads the repository from the environment; throws on a REPOSITORY_URL that is not a web address. */
export function resolveRepository(env: Record<string, string | undefined>): Repository | undefined {
  const branch = env['REPOSITORY_BRANCH']?.trim() || 'main';
  const explicit = env['REPOSITORY_URL']?.trim();
  if (explicit) {
    let url: URL;
    try {
      url = new URL(explicit);
    } catch {
      throw new Error(
        `REPOSITORY_URL="${explicit}" is not a web address; write it like https://github.com/OWNER/treaty-ledger`,
      );
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(
        `REPOSITORY_URL="${explicit}" must start with https://, e.g. https://github.com/OWNER/treaty-ledger`,
      );
    }
    return { url: `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\.git$/, '')}`, branch };
  }
  const server = env['GITHUB_SERVER_URL']?.trim();
  const repository = env['GITHUB_REPOSITORY']?.trim();
  if (server && repository && /^[\w.-]+\/[\w.-]+$/.test(repository)) {
    return { url: `${server.replace(/\/+$/, '')}/${repository}`, branch };
  }
  return undefined;
}

/** Files the import writes; edits to them are lost on the next import, so they get no edit link. */
export function isGeneratedFile(filePath: string): boolean {
  return /(^|\/)src\/content\/participation\//.test(filePath);
}

/** A repository-relative path, or undefined for one outside it (a temporary content folder). */
function repoPath(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  const path = filePath.replace(/\\/g, '/').replace(/^\.\//, '');
  if (path.startsWith('/') || path.startsWith('../') || /^[a-z]:/i.test(path)) return undefined;
  return path;
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/**
 * The links for one entry page. `filePath` is the entry's file relative to the project root
 * (Astro's `entry.filePath`); `pageUrl` the page's public address; `title` names the page in the
 * issue title. Returns undefined when no repository is configured or the file is not in it.
 */
export function entryLinks(
  repository: Repository | undefined,
  entry: { filePath: string | undefined; pageUrl: string; title: string },
): EntryLinks | undefined {
  const path = repoPath(entry.filePath);
  if (!repository || !path) return undefined;
  const { url, branch } = repository;
  const ref = encodePath(branch); // GitHub resolves "fix/dates/src/…" to the longest matching branch
  const query = new URLSearchParams({
    template: ERROR_REPORT_TEMPLATE,
    title: `Error on “${entry.title}”`,
    [ERROR_REPORT_PAGE_FIELD]: entry.pageUrl,
  });
  return {
    edit: isGeneratedFile(path) ? undefined : `${url}/edit/${ref}/${encodePath(path)}`,
    history: `${url}/commits/${ref}/${encodePath(path)}`,
    report: `${url}/issues/new?${query.toString()}`,
  };
}
