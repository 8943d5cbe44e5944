import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDeployEnv } from './deploy-env.ts';

const ROOT = join(import.meta.dirname, '../../..');
const temp = mkdtempSync(join(tmpdir(), 'ledger-env-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const check = (env: Record<string, string>) => checkDeployEnv(env, ROOT);
const one = (name: string, value: string) => {
  const problems = check({ [name]: value });
  expect(problems, problems.join('\n')).toHaveLength(1);
  return problems[0]!;
};

describe('deployment settings', () => {
  it('accepts what CI and the tests set, and unset or empty values', () => {
    expect(
      check({
        SITE_URL: 'https://acme.github.io',
        BASE_PATH: '/treaty-ledger/',
        REPOSITORY_URL: 'https://github.com/acme/treaty-ledger.git',
        REPOSITORY_BRANCH: 'fix/dates-2025',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/treaty-ledger',
        OUT_DIR: join(ROOT, '.test-builds/root/dist'),
        LEDGER_CONTENT_DIR: join(ROOT, 'tests/fixtures/content'),
      }),
    ).toEqual([]);
    expect(
      check({ SITE_URL: 'http://localhost:4321/', BASE_PATH: '', OUT_DIR: 'dist', REPOSITORY_BRANCH: ' ' }),
    ).toEqual([]);
    expect(check({ BASE_PATH: '/' })).toEqual([]);
    expect(check({})).toEqual([]);
  });

  it.each([
    ['javascript:alert(1)', 'uses javascript: where https:// is needed'],
    ['javascript://x/%0Aalert(1)//', 'uses javascript: where https:// is needed'],
    ['data:text/html,x', 'uses data: where https:// is needed'],
    ['example.org', 'is not a web address'],
    ['https://user:secret@example.org', 'holds a user name or password'],
    ['https://example.org/ledger/', 'has a path (/ledger/)'],
    ['https://example.org/?q=1', 'has a query or fragment'],
    ['https://example.org/#top', 'has a query or fragment'],
    ['https:example.org', 'is not written as an address'],
  ])('refuses SITE_URL=%s, saying what to write', (value, why) => {
    const line = one('SITE_URL', value);
    expect(
      line.startsWith(`SITE_URL="${value}" ${why}: write the site's origin, e.g. https://treaty-ledger.example.org`),
    ).toBe(true);
    expect(line).toMatch(/\.$/);
  });

  it('points a SITE_URL path to BASE_PATH', () => {
    expect(one('SITE_URL', 'https://example.org/ledger')).toBe(
      'SITE_URL="https://example.org/ledger" has a path (/ledger): write the site\'s origin, e.g. https://treaty-ledger.example.org, and put a sub-path in BASE_PATH, e.g. BASE_PATH=/ledger/.',
    );
  });

  it.each(['/led ger/', '/ledger/"><script>', '/a/../b/', '/ledger?x', 'https://example.org/ledger/', '/%2e%2e/'])(
    'refuses BASE_PATH=%s',
    (value) => {
      expect(one('BASE_PATH', value)).toMatch(
        /^BASE_PATH=".*" (is not a path|has a "\." or "\.\." segment): .*BASE_PATH=\/ledger\//,
      );
    },
  );

  it.each([
    'javascript:alert(1)',
    'https://t@github.com/a/b',
    'https://github.com/a/b?x=1',
    'https://github.com/a/b/../../c',
    'https://github.com/a b/c',
    'ftp://github.com/a/b',
  ])('refuses REPOSITORY_URL=%s', (value) => {
    expect(one('REPOSITORY_URL', value)).toMatch(
      /: write the repository's address, e.g. https:\/\/github\.com\/OWNER\/treaty-ledger/,
    );
  });

  it.each([
    'main branch',
    '-x',
    'a..b',
    'a//b',
    'x.lock',
    '/main',
    'main/',
    'refs/.hidden',
    'main"><script>',
    'ma~in',
    'ma:in',
  ])('refuses REPOSITORY_BRANCH=%s', (value) => {
    expect(one('REPOSITORY_BRANCH', value)).toMatch(/is not a branch name .* e\.g\. REPOSITORY_BRANCH=main\.$/);
  });

  it.each(['acme', 'acme/tl/x', 'acme/../x', '-acme/x', 'acme/x y', 'acme/x"'])(
    'refuses GITHUB_REPOSITORY=%s',
    (value) => {
      expect(one('GITHUB_REPOSITORY', value)).toMatch(/is not "owner\/name"/);
    },
  );

  it.each(['javascript:alert(1)', 'https://github.com/enterprise', 'https://x:y@github.com'])(
    'refuses GITHUB_SERVER_URL=%s',
    (value) => {
      expect(one('GITHUB_SERVER_URL', value)).toMatch(
        /write the repository host's origin, e\.g\. https:\/\/github\.com/,
      );
    },
  );

  it.each([
    ['.', 'is the project folder or holds it'],
    ['..', 'is the project folder or holds it'],
    ['/', 'is the project folder or holds it'],
    ['src/pages', `is inside src`],
    ['public', 'is inside public'],
  ])('refuses OUT_DIR=%s', (value, why) => {
    expect(one('OUT_DIR', value)).toContain(why);
  });

  it('refuses a LEDGER_CONTENT_DIR that is not a folder', () => {
    const file = join(temp, 'file');
    writeFileSync(file, 'x');
    expect(one('LEDGER_CONTENT_DIR', join(temp, 'missing'))).toMatch(/is not a folder: point it at a content folder/);
    expect(one('LEDGER_CONTENT_DIR', file)).toMatch(/is not a folder/);
  });

  it('refuses control characters anywhere, and prints them escaped', () => {
    const line = one('SITE_URL', 'https://example.org\n::add-mask::x');
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('<U+000A>::add-mask::x');
    expect(one('OUT_DIR', 'dist\u001b[2J')).toBe(
      'OUT_DIR="dist<U+001B>[2J" holds a control character: write it on one line without them.',
    );
  });

  it('reports every bad variable, one line each, in a fixed order', () => {
    const problems = check({
      SITE_URL: 'javascript:alert(1)',
      BASE_PATH: '/a b/',
      REPOSITORY_BRANCH: '..',
      GITHUB_REPOSITORY: 'x',
      OUT_DIR: '.',
    });
    expect(problems.map((p) => p.split('=')[0])).toEqual([
      'SITE_URL',
      'BASE_PATH',
      'REPOSITORY_BRANCH',
      'GITHUB_REPOSITORY',
      'OUT_DIR',
    ]);
  });
});
