/**
 * Contributing, end to end: entries made by `npm run new` build into pages; a typo in CI shows as
 * an annotation on the line of the pull request; the edit links and "last changed" dates render
 * from one git call per build.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { checkProject } from '../../src/lib/check/integrity.ts';
import { ERROR_REPORT_PAGE_FIELD, ERROR_REPORT_TEMPLATE } from '../../src/lib/urls/edit-links.ts';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/schemas/index.ts';
import { runNew, type Io } from '../../scripts/scaffold/run.ts';
import { BUILDS_DIR, reuseOrBuild, ROOT, runBuild, withoutTestEnv } from '../../scripts/lib/build.ts';
import { text } from '../support/site.ts';

const WORK = join(BUILDS_DIR, 'contrib');
beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
});
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** A fresh copy of the test content, inside the project so paths read like real ones. */
function copyContent(name: string): string {
  const dir = join(WORK, name);
  cpSync(join(ROOT, 'tests/fixtures/content'), dir, { recursive: true });
  return dir;
}

async function scaffold(contentDir: string, args: string[]): Promise<void> {
  const messages: string[] = [];
  const io: Io = {
    out: (t) => messages.push(t),
    err: (t) => messages.push(t),
    now: () => new Date(2026, 1, 3),
    env: {},
    cwd: ROOT,
  };
  const code = await runNew([...args, '--content-dir', contentDir], ROOT, io);
  expect(code, messages.join('\n')).toBe(0);
}

describe('entries made with npm run new', () => {
  it('pass the integrity check and build into pages', async () => {
    const content = copyContent('scaffolded');
    await scaffold(content, [
      'source',
      '--kind',
      'news-report',
      '--title',
      'Parliament approves Finland’s withdrawal from landmine ban treaty',
      '--publisher',
      'dpa',
      '--published',
      '2025-06-19',
      '--standing',
      'aggregator',
      '--url',
      'https://dpa-story.com/parliament-approves-finlands-withdrawal-from-landmine-ban-treaty.html',
    ]);
    await scaffold(content, [
      'claim',
      '--id',
      'estonia-ottawa-exit-reported',
      '--statement',
      'Estonia said it would leave the Ottawa Convention.',
      '--claimant',
      'Reuters',
      '--claimant-kind',
      'outlet',
      '--made',
      '2025-03-18',
      '--country',
      'estonia',
      '--treaty',
      'ottawa-convention',
      '--kind',
      'intention',
      '--source',
      'reuters-2025-03-18',
      '--verdict',
      'accurate',
      '--reason',
      'The depositary records Estonia’s withdrawal on 27 June 2025.',
    ]);
    await scaffold(content, [
      'briefing',
      '--title',
      'Estonia leaves the mine ban',
      '--summary',
      'From announcement to withdrawal.',
      '--author',
      'Treaty Ledger',
      '--country',
      'estonia',
      '--body',
      'Estonia announced it in March <Claim id="estonia-ottawa-exit-reported" />.',
    ]);
    await scaffold(content, [
      'event',
      '--treaty',
      'ottawa-convention',
      '--country',
      'estonia',
      '--type',
      'law-signed',
      '--date',
      '2025-06-13',
      '--title',
      'President signs the withdrawal law',
      '--source',
      'dpa-2025-06-19',
    ]);
    expect(checkProject(ROOT, content).problems).toEqual([]);

    const { outDir } = await reuseOrBuild({
      name: 'contrib',
      base: '/',
      contentDir: content,
      outDir: join(WORK, 'scaffolded-dist'),
    });
    const page = (path: string) => parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
    expect(text(page('claims/estonia-ottawa-exit-reported').querySelector('h1'))).toBe(
      'Estonia said it would leave the Ottawa Convention.',
    );
    expect(text(page('sources/dpa-2025-06-19').querySelector('main'))).toContain(
      'Parliament approves Finland’s withdrawal',
    );
    expect(text(page('briefings/estonia-leaves-the-mine-ban').querySelector('main'))).toContain(
      'Estonia announced it in March',
    );
  });
});

describe('content problems in CI', () => {
  function contentWithTypo(name: string): string {
    const content = copyContent(name);
    const claim = join(content, 'claims/four-states-announce-ottawa-exit.md');
    writeFileSync(
      claim,
      readFileSync(claim, 'utf8').replace('countries: [poland, estonia,', 'countries: [poland, estonai,'),
    );
    return content;
  }

  const checkContent = (content: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], {
      cwd: ROOT,
      env: { ...process.env, CI: '', GITHUB_ACTIONS: '', LEDGER_CONTENT_DIR: content, ...env },
      encoding: 'utf8',
    });

  it('are printed as GitHub annotations with file, line and the closest id', () => {
    const content = contentWithTypo('typo');
    const result = checkContent(content, { CI: 'true' });
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      '::error file=.test-builds/contrib/typo/claims/four-states-announce-ottawa-exit.md,line=9,title=subjects.countries[1]::no country "estonai" — fix: did you mean "estonia"?',
    ]);
    expect(result.stderr).toContain(
      '✖ .test-builds/contrib/typo/claims/four-states-announce-ottawa-exit.md:9 › subjects.countries[1]: no country "estonai"',
    );
  });

  it('are annotations under GITHUB_ACTIONS too, and plain text only outside CI', () => {
    const content = contentWithTypo('typo-local');
    expect(checkContent(content, { GITHUB_ACTIONS: 'true' }).stdout).toMatch(/^::error file=.*,line=9,/m);
    const local = checkContent(content, {});
    expect(local.status).toBe(1);
    expect(local.stdout).not.toContain('::error');
    expect(local.stderr).toContain('fix: did you mean "estonia"?');
  });

  it('stop the build in CI with the same annotations', async () => {
    const content = contentWithTypo('typo-build');
    const outDir = join(WORK, 'typo-build-dist');
    const result = await runBuild({
      name: 'contrib-typo',
      base: '/',
      contentDir: content,
      outDir,
      env: { CI: 'true' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error file=.test-builds/contrib/typo-build/claims/four-states-announce-ottawa-exit.md,line=9,title=subjects.countries[1]::no country "estonai" — fix: did you mean "estonia"?',
    );
    expect(existsSync(outDir)).toBe(false);
  });
});

/**
 * CONTRIBUTING.md is a contract: its example files pass the check, its `npm run new` commands
 * write those same files, and its sample error output is what the check prints.
 */
describe('CONTRIBUTING.md', () => {
  const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  const fences = [...guide.matchAll(/^( *)```(\w+)(?: title="([^"]+)")?\n([\s\S]*?)^ *```$/gm)].map((m) => ({
    lang: m[2] ?? '',
    title: m[3],
    // A fence inside a list item is indented with it; the file it shows is not.
    body: (m[4] ?? '').replace(new RegExp(`^${m[1] ?? ''}`, 'gm'), ''),
  }));
  const examples = fences.filter((f) => f.title?.startsWith('src/content/'));
  const example = (path: string) => examples.find((e) => e.title === path)?.body ?? '';
  const frontmatterOf = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '', { version: '1.2' });
  const claimPath = 'src/content/claims/finland-parliament-approves-ottawa-withdrawal.md';

  function withExamples(name: string, paths = examples.map((e) => e.title ?? '')): string {
    const content = copyContent(name);
    for (const path of paths) writeFileSync(join(content, path.replace('src/content/', '')), example(path));
    return content;
  }

  it('has a complete example of each kind, and together they pass the integrity check', () => {
    expect(examples.map((e) => e.title?.split('/')[2]).sort()).toEqual([
      'briefings',
      'claims',
      'countries',
      'events',
      'sources',
    ]);
    expect(checkProject(ROOT, withExamples('guide-examples')).problems).toEqual([]);
  });

  it('walks a contributor through npm run new commands that write exactly the example source and claim', async () => {
    const content = withExamples('guide-walkthrough', ['src/content/countries/finland.md']);
    const commands = fences
      .map((f) => (f.lang === 'sh' ? f.body.replace(/\\\n\s*/g, ' ').trim() : ''))
      .filter((line) => line.startsWith('npm run new -- ') && !line.includes('\n'))
      .map((line) => shellWords(line).slice(4));
    expect(commands.map((c) => c[0])).toEqual(['source', 'claim']);
    for (const args of commands) await scaffold(content, args);
    for (const path of ['src/content/sources/finland-dpa-2025-06.md', claimPath]) {
      const written = readFileSync(join(content, path.replace('src/content/', '')), 'utf8');
      expect(frontmatterOf(written), path).toEqual(frontmatterOf(example(path)));
    }
    expect(checkProject(ROOT, content).problems).toEqual([]);
  });

  it('shows the error report the check really prints for the four slips it describes', () => {
    const content = withExamples('guide-errors');
    const claim = join(content, claimPath.replace('src/content/', ''));
    const slipped = readFileSync(claim, 'utf8')
      .replace('countries: [finland]', 'countries: [finlnd]')
      .replace('made: "2025-06-19"', 'made: "2025-06-31"')
      .replace('- source: finland-dpa-2025-06\n', '- source: finland-dpa-2025-6\n')
      .replace('rating: unverified', 'rating: unverifed');
    writeFileSync(claim, slipped);
    const prefix = `${content.slice(ROOT.length).replace(/^\//, '')}/`;
    const outcome = runCheck(ROOT, { CI: 'true' }, content);
    const documented = fences.find((f) => f.title === 'npm run check')?.body.trim();
    expect(outcome.report.replaceAll(prefix, 'src/content/')).toBe(documented);
    const annotation = fences.find((f) => f.lang === 'text' && f.body.startsWith('::error'))?.body.trim() ?? '';
    expect(outcome.annotations.replaceAll(prefix, 'src/content/').split('\n')).toContain(annotation);
  });
});

/** Splits a shell command line into words, honouring double quotes (enough for the guide's commands). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)) words.push(m[1] ?? m[2] ?? '');
  return words;
}

/**
 * EditLinks rendered by a real Astro build of a one-page project that uses the component, with
 * `git` wrapped to count its calls.
 */
describe('EditLinks', () => {
  const project = join(WORK, 'edit-links');
  const gitLog = join(WORK, 'git-calls.log');
  const claimFile = 'src/content/claims/four-states-announce-ottawa-exit.md';
  let html: ReturnType<typeof parse>[] = [];

  beforeAll(async () => {
    const bin = join(WORK, 'bin');
    mkdirSync(bin, { recursive: true });
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$*" >> "${gitLog}"\nexec "${realGit}" "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    mkdirSync(join(project, 'src/pages/claims'), { recursive: true });
    writeFileSync(
      join(project, 'astro.config.mjs'),
      "export default { site: 'https://acme.github.io', base: '/treaty-ledger/', trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } };\n",
    );
    const component = join(ROOT, 'src/components/EditLinks.astro');
    writeFileSync(
      join(project, 'src/pages/claims/[id].astro'),
      `---
import EditLinks from '${component}';
export const getStaticPaths = () => [
  { params: { id: 'committed' }, props: { filePath: '${claimFile}' } },
  { params: { id: 'generated' }, props: { filePath: 'src/content/participation/ottawa-convention.yaml' } },
  { params: { id: 'outside' }, props: { filePath: '../../tmp/content/claims/x.md' } },
  { params: { id: 'uncommitted' }, props: { filePath: 'src/content/claims/not-yet-committed.md' } },
];
const { id } = Astro.params;
---
<html lang="en"><head><title>{id}</title></head><body><main><EditLinks filePath={Astro.props.filePath} collection="claims" id={id} title={'Claim “' + id + '”'} /></main></body></html>
`,
    );
    const env: Record<string, string> = {
      ...withoutTestEnv(process.env),
      PATH: `${bin}:${process.env['PATH']}`,
      REPOSITORY_URL: 'https://github.com/acme/treaty-ledger',
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    delete env['GITHUB_REPOSITORY'];
    delete env['LEDGER_CONTENT_DIR'];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', project],
        { cwd: ROOT, env, stdio: 'ignore' },
      );
      child.on('error', reject);
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    html = ['committed', 'generated', 'outside', 'uncommitted'].map((id) =>
      parse(readFileSync(join(project, 'dist/claims', id, 'index.html'), 'utf8')),
    );
  });

  // A shallow checkout has no history to date files by; then the page says nothing (unit tests
  // cover both cases on a repository made for them).
  const shallow =
    execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: ROOT, encoding: 'utf8' }).trim() === 'true';

  it('shows when the file last changed, from its last commit, with edit, history and report links', () => {
    const [committed] = html;
    const lastCommit = execFileSync('git', ['log', '-1', '--format=%cs', '--', claimFile], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    expect(committed?.querySelector('time')?.getAttribute('datetime')).toBe(shallow ? undefined : lastCommit);
    const links = Object.fromEntries(
      (committed?.querySelectorAll('.edit-links a') ?? []).map((a) => [text(a), a.getAttribute('href')]),
    );
    expect(links['Edit this page']).toBe(`https://github.com/acme/treaty-ledger/edit/main/${claimFile}`);
    expect(links[shallow ? 'Change history' : 'change history']).toBe(
      `https://github.com/acme/treaty-ledger/commits/main/${claimFile}`,
    );
    const report = new URL(links['Report an error'] ?? '');
    expect(report.searchParams.get('page')).toBe('https://acme.github.io/treaty-ledger/claims/committed/');
    expect(report.searchParams.get('template')).toBe('error-report.yml');
    expect(committed?.querySelector('.edit-links')?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('offers no edit link for a generated file, and nothing at all for a file outside the repository', () => {
    const [, generated, outside] = html;
    expect(text(generated?.querySelector('.edit-links'))).not.toContain('Edit this page');
    expect(text(generated?.querySelector('.edit-links'))).toContain('Report an error');
    expect(outside?.querySelector('.edit-links')).toBeNull();
  });

  it('gives no date for an uncommitted file, but still links its history', () => {
    const uncommitted = html[3];
    expect(uncommitted?.querySelector('time')).toBeNull();
    expect(text(uncommitted?.querySelector('.edit-links'))).toContain('Change history');
  });

  it('asks git twice per build, not once per page', () => {
    const calls = readFileSync(gitLog, 'utf8').trim().split('\n');
    expect(calls[0]).toMatch(/^rev-parse /);
    expect(calls.slice(1)).toEqual(shallow ? [] : [expect.stringMatching(/^log /)]);
  });
});

describe('repository hygiene', () => {
  const yaml = (path: string) => parseYaml(readFileSync(join(ROOT, path), 'utf8'));

  it('tests pull requests without secrets and deploys only from main, with history for the dates', () => {
    const workflow = yaml('.github/workflows/ci.yml');
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const steps = (
      job: string,
    ): { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[] =>
      workflow.jobs[job].steps;
    expect(steps('test').find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(20);
    expect(
      steps('test')
        .map((s) => s.run)
        .filter(Boolean),
    ).toEqual(['npm ci', 'npm run check:content', 'npx astro check', 'npm run lint', 'npm test']);
    expect(workflow.jobs.build.if).toContain("github.ref == 'refs/heads/main'");
    expect(workflow.jobs.build.if).toContain("github.event_name != 'pull_request'");
    expect(steps('build').find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
    const build = steps('build').find((s) => s.run === 'npm run build');
    expect(build?.env?.['SITE_URL']).toBe('${{ steps.pages.outputs.origin }}');
    expect(build?.env?.['BASE_PATH']).toBe('${{ steps.pages.outputs.base_path }}/');
    expect(workflow.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    // Astro's cache: restored and saved by builds of main only, under keys that name main; no job
    // that runs a pull request touches a cache of the build.
    const caches = (job: string) => steps(job).filter((s) => s.uses?.startsWith('actions/cache'));
    expect(caches('test')).toEqual([]);
    expect(caches('build').map((s) => s.uses)).toEqual(['actions/cache/restore@v4', 'actions/cache/save@v4']);
    for (const step of caches('build')) {
      expect(step.with?.['path']).toBe('.cache/astro');
      expect(String(step.with?.['key'])).toMatch(/^astro-refs\/heads\/main-/);
    }
    expect(String(caches('build')[0]?.with?.['restore-keys'])).toMatch(/^astro-refs\/heads\/main-/);
    expect(build?.env?.['ASTRO_CACHE_DIR']).toBe('.cache/astro');
  });

  it('has the error-report form that the "Report an error" links open, with the page field they fill in', () => {
    const form = yaml(`.github/ISSUE_TEMPLATE/${ERROR_REPORT_TEMPLATE}`);
    const ids = form.body.map((field: { id?: string }) => field.id).filter(Boolean);
    expect(ids).toEqual([ERROR_REPORT_PAGE_FIELD, 'what', 'source', 'notes']);
  });

  it('maps each YAML collection to the schema Astro writes for it', () => {
    const settings = parseYaml(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
    const yamlCollections = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].format === 'yaml');
    expect(settings['yaml.schemas']).toEqual(
      Object.fromEntries(
        yamlCollections.map((name) => [
          `.astro/collections/${name}.schema.json`,
          `src/content/${COLLECTIONS[name].folder}/*.yaml`,
        ]),
      ),
    );
    const extensions = JSON.parse(readFileSync(join(ROOT, '.vscode/extensions.json'), 'utf8')).recommendations;
    expect(extensions).toEqual(
      expect.arrayContaining([
        'astro-build.astro-vscode',
        'redhat.vscode-yaml',
        'DavidAnson.vscode-markdownlint',
        'esbenp.prettier-vscode',
      ]),
    );
  });
});
