/**
 * Issue 14, end to end: the real build (`astro build`) on content that a hostile contributor could
 * send in a pull request. Every construct from the issue sits in a briefing of ONE content copy, so
 * one build proves them all: it must stop at the integrity check (exit 1) with each one reported at
 * its file and line, before any MDX is compiled, and the files the constructs would write — canaries
 * in a temporary folder, and dist/x.js for the script that a page would then load — must not exist.
 * The canaries are shown to be real: compiled and run by MDX itself, without the check, the same
 * briefings write them.
 *
 * Also here: bad deployment settings stop the build with one line per variable and no output, and
 * a briefing's fenced code is built without Shiki's inline styles, which the CSP would block.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS_DIR, ROOT, runBuild, type BuildResult } from '../../scripts/lib/build.ts';

const WORK = join(BUILDS_DIR, 'hostile');
const FIXTURE = join(ROOT, 'tests/fixtures/content');
beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
});
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** A fresh copy of the test content inside the project, so paths read like real ones. */
function copyContent(name: string): string {
  const dir = join(WORK, name);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

const FRONTMATTER = (title: string) =>
  `---\ntitle: ${title}\nsummary: A briefing.\npublished: "2026-02-03"\nauthors: [Mallory]\nsubjects:\n  countries: [poland]\n---\n\n`;

/** The body of each briefing starts on line 10 of its file. */
const BODY_LINE = 10;

interface Construct {
  /** The briefing's id. */
  id: string;
  body: (canary: string, distX: string) => string;
  /** Each problem the check must report: the body line it is on and the start of its message. */
  expect: [line: number, message: string][];
  /** Whether running it writes a canary (the others put markup into the page). */
  writes?: 'canary' | 'dist';
}

const fs = "process.getBuiltinModule('node:fs')";

const CONSTRUCTS: Construct[] = [
  {
    id: 'esm-import',
    body: (canary) =>
      `import { writeFileSync } from 'node:fs'\nexport const wrote = writeFileSync(${JSON.stringify(canary)}, 'x')\n\nText.\n`,
    expect: [
      [1, "import { writeFileSync } from 'node:fs' is JavaScript: an import runs"],
      [2, 'export const wrote = writeFileSync('],
    ],
    writes: 'canary',
  },
  {
    id: 'export-const',
    body: (canary) =>
      `Text.\n\nexport const env = ${fs}.writeFileSync(${JSON.stringify(canary)}, JSON.stringify(process.env))\n`,
    expect: [[3, 'export const env = process.getBuiltinModule(']],
    writes: 'canary',
  },
  {
    id: 'attribute-expression',
    body: (canary) =>
      `<TreatyStatus treaty="ottawa-convention" countries={["poland"]} asOf={(${fs}.writeFileSync(${JSON.stringify(canary)}, 'x'), "2026-02-03")} />\n`,
    expect: [[1, 'asOf={(process.getBuiltinModule(']],
    writes: 'canary',
  },
  {
    id: 'script-expression',
    body: () => 'Text.\n\n{<script>alert(document.domain)</script>}\n',
    expect: [[3, '{<script>alert(document.domain)</script>} is JavaScript']],
  },
  {
    id: 'img-onerror',
    body: () => 'Text {<img src="x" onerror="alert(1)" />} here.\n',
    expect: [[1, '{<img src="x" onerror="alert(1)" />} is JavaScript']],
  },
  {
    id: 'javascript-link',
    body: () => 'See {<a href="javascript:alert(1)">the record</a>}.\n',
    expect: [[1, '{<a href="javascript:alert(1)">the record</a>} is JavaScript']],
  },
  {
    id: 'iframe',
    body: () => '{<iframe src="https://evil.example/" />}\n',
    expect: [[1, '{<iframe src="https://evil.example/" />} is JavaScript']],
  },
  {
    id: 'dist-script',
    body: (_canary, distX) =>
      `{${fs}.writeFileSync(${JSON.stringify(distX)}, 'alert(document.cookie)')}\n\n{<script src="/x.js" />}\n\n<script src="/x.js" />\n`,
    expect: [
      [1, '{process.getBuiltinModule('],
      [3, '{<script src="/x.js" />} is JavaScript'],
      [5, '<script> is an HTML element, which briefings cannot hold'],
    ],
    writes: 'dist',
  },
];

describe('a pull request with hostile briefings', () => {
  const content = join(WORK, 'content');
  const canaries = join(WORK, 'canaries');
  const outDir = join(WORK, 'dist');
  const distX = join(outDir, 'x.js');
  const canaryOf = (id: string) => join(canaries, `${id}.txt`);
  const rel = (id: string) => `${content.slice(ROOT.length).replace(/^\//, '')}/briefings/${id}.mdx`;
  let result: BuildResult;

  beforeAll(async () => {
    cpSync(FIXTURE, content, { recursive: true });
    mkdirSync(canaries, { recursive: true });
    for (const c of CONSTRUCTS) {
      writeFileSync(join(content, 'briefings', `${c.id}.mdx`), FRONTMATTER(c.id) + c.body(canaryOf(c.id), distX));
    }
    result = await runBuild({ name: 'hostile', base: '/', contentDir: content, outDir });
  });

  it('stops at the integrity check with exit 1, every construct reported at its file and line', () => {
    expect(result.code, result.stdout + result.stderr).toBe(1);
    for (const c of CONSTRUCTS) {
      for (const [line, message] of c.expect) {
        const where = `✖ ${rel(c.id)}:${BODY_LINE + line - 1} › `;
        const reported = result.stderr.split('\n').find((l) => l.startsWith(where) && l.includes(message));
        expect(reported, `${c.id}: ${where}… ${message}\n${result.stderr}`).toBeDefined();
      }
    }
    const count = CONSTRUCTS.reduce((n, c) => n + c.expect.length, 0);
    expect(result.stderr).toContain(`${count} problems in ${CONSTRUCTS.length} files. Nothing was built`);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('stops before MDX is compiled: nothing written, no canary, no dist/x.js', () => {
    // Astro logs "[content]" when it syncs collections and "[build]"/"[vite]" when it compiles:
    // the check stopped the build in its config hook, before either.
    expect(result.stderr).toMatch(/problems in \d+ files\. Nothing was built/);
    expect(result.stdout + result.stderr).not.toMatch(
      /\[(content|build|vite|types)\]|generating static routes|building client/i,
    );
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(distX)).toBe(false);
    expect(readdirSync(canaries)).toEqual([]);
  });

  it('holds real attacks: MDX itself, without the check, runs them and writes the canaries', async () => {
    const { evaluate } = await import('@mdx-js/mdx');
    const written = join(WORK, 'written');
    mkdirSync(written, { recursive: true });
    const runtime = { Fragment: Symbol('Fragment'), jsx: () => null, jsxs: () => null };
    for (const c of CONSTRUCTS.filter((x) => x.writes)) {
      const target = c.writes === 'dist' ? join(written, 'x.js') : join(written, `${c.id}.txt`);
      const module = await evaluate(c.body(target, target), { ...runtime, baseUrl: import.meta.url });
      module.default({ components: { TreatyStatus: () => null } });
      expect(existsSync(target), c.id).toBe(true);
    }
  });
});

describe('bad deployment settings', () => {
  const outDir = join(WORK, 'env-dist');
  let results: BuildResult[];

  beforeAll(async () => {
    const content = copyContent('env-content');
    // One after the other: builds of one project do not run in parallel (see global-setup.ts).
    results = [
      await runBuild({
        name: 'hostile-env',
        base: '/',
        contentDir: content,
        outDir,
        env: {
          SITE_URL: 'javascript:alert(1)',
          BASE_PATH: '/ledger/"><script>',
          REPOSITORY_URL: 'https://token@github.com/acme/treaty-ledger',
          REPOSITORY_BRANCH: 'main;rm -rf',
          GITHUB_SERVER_URL: 'ftp://github.com',
          GITHUB_REPOSITORY: 'acme',
          LEDGER_CONTENT_DIR: join(WORK, 'no-such-folder'),
        },
      }),
      await runBuild({
        name: 'hostile-env-2',
        base: '/',
        contentDir: content,
        outDir: join(ROOT, 'public/hostile-dist'),
        env: { SITE_URL: 'javascript://x/%0Aalert(1)//' },
      }),
    ];
  });

  it('stop the build with one line per variable, exit 1, no stack trace and no output folder', () => {
    const [all, midBuild] = results as [BuildResult, BuildResult];
    expect(all.code).toBe(1);
    const lines = all.stderr.split('\n').filter((l) => l.startsWith('✖ '));
    expect(lines.map((l) => l.slice(2).split('=')[0])).toEqual([
      'SITE_URL',
      'BASE_PATH',
      'REPOSITORY_URL',
      'REPOSITORY_BRANCH',
      'GITHUB_SERVER_URL',
      'GITHUB_REPOSITORY',
      'LEDGER_CONTENT_DIR',
    ]);
    expect(all.stderr).toContain('7 problems in the build settings (environment variables): nothing was built.');
    expect(all.stderr + all.stdout).not.toMatch(/\n\s+at |Error:/);
    expect(existsSync(outDir)).toBe(false);

    expect(midBuild.code).toBe(1);
    expect(midBuild.stderr.split('\n').filter((l) => l.startsWith('✖ '))).toEqual([
      '✖ SITE_URL="javascript://x/%0Aalert(1)//" uses javascript: where https:// is needed: write the site\'s origin, e.g. https://treaty-ledger.example.org.',
      '✖ OUT_DIR="' +
        join(ROOT, 'public/hostile-dist') +
        '" is inside public/, which the build reads: name a folder of its own, e.g. OUT_DIR=dist (the default).',
    ]);
    expect(midBuild.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(ROOT, 'public/hostile-dist'))).toBe(false);
  });
});

describe('fenced code in a briefing', () => {
  const fence = '```js\nconst ledger = { treaty: "ottawa-convention" };\n```';

  it('is built without inline styles (no Shiki), keeping its language as a class', async () => {
    const content = copyContent('code-content');
    writeFileSync(join(content, 'briefings', 'with-code.mdx'), `${FRONTMATTER('With code')}Some code:\n\n${fence}\n`);
    const outDir = join(WORK, 'code-dist');
    const result = await runBuild({ name: 'hostile-code', base: '/', contentDir: content, outDir });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const html = readFileSync(join(outDir, 'briefings/with-code/index.html'), 'utf8');
    expect(html).toContain('<code class="language-js">');
    expect(html).not.toMatch(/<[a-z][^>]*\sstyle\s*=/i);
  });

  it('would carry inline styles with Shiki, the default the config turns off (the gate sees them)', async () => {
    const { createMarkdownProcessor } = await import('@astrojs/markdown-remark');
    const shiki = await createMarkdownProcessor({ syntaxHighlight: 'shiki' });
    const { code } = await shiki.render(fence);
    expect(code).toMatch(/<[a-z][^>]*\sstyle\s*=/i);
  });
});
