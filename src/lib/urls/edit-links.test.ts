import { describe, expect, it } from 'vitest';
import { entryLinks, resolveRepository } from './edit-links.ts';

describe('resolveRepository', () => {
  it('takes REPOSITORY_URL as written, without a trailing slash or .git', () => {
    expect(resolveRepository({ REPOSITORY_URL: 'https://github.com/acme/treaty-ledger.git/' })).toEqual({
      url: 'https://github.com/acme/treaty-ledger',
      branch: 'main',
    });
    expect(resolveRepository({ REPOSITORY_URL: 'https://github.com/acme/tl', REPOSITORY_BRANCH: 'live' })?.branch).toBe(
      'live',
    );
  });

  it('falls back to the repository GitHub Actions names, so the deploy needs no setting', () => {
    expect(
      resolveRepository({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/treaty-ledger' })?.url,
    ).toBe('https://github.com/acme/treaty-ledger');
  });

  it('prefers REPOSITORY_URL over what GitHub Actions says (a mirror or a fork that deploys elsewhere)', () => {
    const repo = resolveRepository({
      REPOSITORY_URL: 'https://github.com/ledger/site',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'fork/site',
    });
    expect(repo?.url).toBe('https://github.com/ledger/site');
  });

  it('returns nothing when no repository is configured, so pages show no made-up link', () => {
    expect(resolveRepository({})).toBeUndefined();
    expect(resolveRepository({ REPOSITORY_URL: '  ' })).toBeUndefined();
  });

  it('refuses a REPOSITORY_URL that is not a web address, saying how to write it', () => {
    expect(() => resolveRepository({ REPOSITORY_URL: 'github.com/acme/tl' })).toThrow(
      /not a web address; write it like https:\/\/github.com/,
    );
    expect(() => resolveRepository({ REPOSITORY_URL: 'javascript:alert(1)' })).toThrow(/must start with https:\/\//);
  });
});

describe('entryLinks', () => {
  const repo = { url: 'https://github.com/acme/treaty-ledger', branch: 'main' };
  const claim = {
    filePath: 'src/content/claims/finland-parliament-approves-ottawa-exit.md',
    pageUrl: 'https://acme.github.io/treaty-ledger/claims/finland-parliament-approves-ottawa-exit/',
    title: 'Finland’s parliament approved leaving the Ottawa Convention',
  };

  it('links to the file in the editor, its history and a prefilled error report', () => {
    const links = entryLinks(repo, claim);
    expect(links?.edit).toBe(
      'https://github.com/acme/treaty-ledger/edit/main/src/content/claims/finland-parliament-approves-ottawa-exit.md',
    );
    expect(links?.history).toBe(
      'https://github.com/acme/treaty-ledger/commits/main/src/content/claims/finland-parliament-approves-ottawa-exit.md',
    );
    const report = new URL(links?.report ?? '');
    expect(report.origin + report.pathname).toBe('https://github.com/acme/treaty-ledger/issues/new');
    expect(report.searchParams.get('template')).toBe('error-report.yml');
    expect(report.searchParams.get('page')).toBe(claim.pageUrl);
    expect(report.searchParams.get('title')).toBe(
      'Error on “Finland’s parliament approved leaving the Ottawa Convention”',
    );
  });

  it('encodes unusual characters in paths and branch names', () => {
    const links = entryLinks(
      { url: repo.url, branch: 'fix/dates' },
      { ...claim, filePath: 'src/content/countries/côte d’ivoire.md' },
    );
    expect(links?.edit).toBe(
      'https://github.com/acme/treaty-ledger/edit/fix/dates/src/content/countries/c%C3%B4te%20d%E2%80%99ivoire.md',
    );
  });

  it('offers no edit link for generated depositary files, only their history and a report', () => {
    const links = entryLinks(repo, { ...claim, filePath: 'src/content/participation/ottawa-convention.yaml' });
    expect(links?.edit).toBeUndefined();
    expect(links?.history).toContain('/commits/main/src/content/participation/ottawa-convention.yaml');
  });

  it('gives no links without a repository or for a file outside it', () => {
    expect(entryLinks(undefined, claim)).toBeUndefined();
    expect(entryLinks(repo, { ...claim, filePath: '../../tmp/content/claims/x.md' })).toBeUndefined();
    expect(entryLinks(repo, { ...claim, filePath: '/tmp/content/claims/x.md' })).toBeUndefined();
    expect(entryLinks(repo, { ...claim, filePath: undefined })).toBeUndefined();
  });
});
