/**
 * Issue 14: hostile and careless input, each through the whole check. Every test copies the valid
 * fixture content, breaks one thing, and asserts the one problem the check reports for it (file,
 * line, field, what is wrong, the fix) — or, for input that is fine, that there is none. The rules
 * themselves are tested beside their modules (mdx-gate, content-text, plausibility, text-safety).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fullScan, rememberScanResult } from '../markdown/markdown.ts';
import { parseContentFile } from './content-files.ts';
import { checkProject } from './integrity.ts';
import { formatGithubAnnotations, formatReport, isError, sortProblems, type Problem } from './problems.ts';

const FIXTURE = join(import.meta.dirname, '../../../tests/fixtures/content');
const AS_OF = '2026-02-03';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Content {
  abs(path: string): string;
  read(path: string): string;
  write(path: string, text: string | Uint8Array): void;
  append(path: string, text: string): void;
}

function check(edit: (content: Content) => void): Problem[] {
  const root = mkdtempSync(join(tmpdir(), 'ledger-hostile-'));
  dirs.push(root);
  const base = join(root, 'src/content');
  cpSync(FIXTURE, base, { recursive: true });
  const abs = (path: string) => join(base, path);
  const content: Content = {
    abs,
    read: (path) => readFileSync(abs(path), 'utf8'),
    write: (path, text) => {
      mkdirSync(dirname(abs(path)), { recursive: true });
      writeFileSync(abs(path), text);
    },
    append: (path, text) => writeFileSync(abs(path), `${readFileSync(abs(path), 'utf8')}${text}`),
  };
  edit(content);
  return checkProject(root, undefined, { asOf: AS_OF }).problems;
}

function only(problems: Problem[]): Problem {
  expect(problems, formatReport(problems)).toHaveLength(1);
  return problems[0]!;
}

const BRIEFING = 'briefings/exit.mdx';
const BRIEFING_PATH = `src/content/${BRIEFING}`;
const CLAIM = 'claims/four-states-announce-ottawa-exit.md';
const SOURCE = 'sources/reuters-2025-03-18.md';
/** The fixture briefing's body starts on line 10; appended text after "\n\n" starts on line 17. */
const APPENDED_LINE = 17;

describe('briefings hold no code', () => {
  it.each([
    ["import fs from 'node:fs'", "import fs from 'node:fs' is JavaScript: an import runs when the site is built"],
    ["export const x = process.getBuiltinModule('node:fs')", /^export const x = .* is JavaScript: an export runs/],
    [
      '<TreatyStatus treaty="ottawa-convention" countries={["poland"]} asOf={(process.exit(1), "2026-02-03")} />',
      /^asOf=\{\(process\.exit\(1\), "2026-02-03"\)\} is JavaScript/,
    ],
    ['{<script>alert(1)</script>}', '{<script>alert(1)</script>} is JavaScript, which runs when the site is built'],
    ['<script src="/x.js" />', '<script> is an HTML element, which briefings cannot hold'],
  ])('refuses %s with the file and line', (construct, message) => {
    const p = only(check((c) => c.append(BRIEFING, `\n${construct}\n`)));
    expect(p).toMatchObject({ file: BRIEFING_PATH, line: APPENDED_LINE });
    expect(p.message).toMatch(message);
    expect(p.hint).toMatch(/[.?]$/);
  });

  it('reports the code even when the frontmatter has its own problems, in the same run', () => {
    const problems = check((c) =>
      c.write(BRIEFING, c.read(BRIEFING).replace('published: "2025-03-20"\n', '') + '\n{process.env}\n'),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['(body)', 'published']);
  });

  it('checks component props against the schema and ids against the collections', () => {
    const problems = check((c) =>
      c.append(BRIEFING, '\n<Claim id="no-such-claim" />\n<Timeline from="2025-02-30" />\n'),
    );
    expect(sortProblems(problems).map((p) => [p.line, p.field, p.message.slice(0, 40)])).toEqual([
      [APPENDED_LINE, '(body) <Claim>', 'no claim "no-such-claim"'],
      [APPENDED_LINE + 1, '(body) <Timeline> from', 'from: "2025-02-30" does not exist: Febru'],
    ]);
  });
});

describe('the gate fails closed', () => {
  it('reports a briefing whose scan did not go through the gate (injected: a worker that forgot it)', () => {
    const problems = check((c) => {
      c.append(BRIEFING, '\n{process.exit(1)}\n');
      const body = parseContentFile('briefings', BRIEFING_PATH, c.read(BRIEFING)).file?.body ?? '';
      rememberScanResult(body, 'mdx', undefined, { scan: fullScan(body, 'mdx') }); // no gate passed
    });
    const p = only(problems);
    expect(p).toMatchObject({ file: BRIEFING_PATH, field: '(body)' });
    expect(p.message).toBe('the body was scanned without the MDX gate, so the check cannot tell whether it holds code');
  });
});

describe('text the reader cannot see', () => {
  it('refuses a U+000B in a frontmatter value, with the line and field', () => {
    const p = only(
      check((c) => c.write(CLAIM, c.read(CLAIM).replace('where: joint statement', 'where: joint\u000bstatement'))),
    );
    expect(p).toMatchObject({ file: `src/content/${CLAIM}`, line: 7, field: 'where' });
    expect(p.message).toBe('the text holds U+000B (a control character) at character 6');
  });

  it('refuses a bidi override in a YAML file and in a body', () => {
    const problems = check((c) => {
      c.write('events/story.yaml', c.read('events/story.yaml').replace('Defence minister', 'Defence \u202eminister'));
      c.append('countries/poland.md', '\nA \u2066hidden\u2069 word.\n');
    });
    expect(problems.map((p) => [p.file.split('/').pop(), p.field])).toEqual([
      ['poland.md', '(body)'],
      ['story.yaml', 'events[0].title'],
    ]);
  });

  it('accepts tabs and CRLF line ends', () => {
    expect(
      check((c) =>
        c.write(
          CLAIM,
          c.read(CLAIM).replace(/\n/g, '\r\n').replace('where: joint statement', 'where: "joint\tstatement"'),
        ),
      ),
    ).toEqual([]);
  });
});

describe('encodings', () => {
  it('refuses a Latin-1 file, naming the line of the first byte that is not UTF-8', () => {
    const p = only(
      check((c) => {
        const text = c.read('countries/poland.md').replace(/\n$/, '') + '\nFinnish: Suomi, Finl';
        c.write('countries/poland.md', new Uint8Array([...new TextEncoder().encode(text), 0xe4, 0x6e, 0x0a]));
      }),
    );
    expect(p).toMatchObject({ file: 'src/content/countries/poland.md', field: '(file)' });
    expect(p.message).toMatch(/^the file is not UTF-8 \(the first byte that is not, 0xE4, is on line \d+\)$/);
    expect(p.hint).toMatch(/^save it as UTF-8/);
  });

  it('accepts a byte-order mark', () => {
    expect(check((c) => c.write(CLAIM, `\ufeff${c.read(CLAIM)}`))).toEqual([]);
    expect(check((c) => c.write('events/story.yaml', `\ufeff${c.read('events/story.yaml')}`))).toEqual([]);
    expect(check((c) => c.write(BRIEFING, `\ufeff${c.read(BRIEFING)}`))).toEqual([]);
  });
});

describe('structures that would exhaust the build', () => {
  it('refuses 3,000 nested quotes, which the fast path used to skip', () => {
    const p = only(check((c) => c.append('countries/poland.md', `\n${'>'.repeat(3000)} deep\n`)));
    expect(p).toMatchObject({ file: 'src/content/countries/poland.md', field: '(body)' });
    expect(p.message).toMatch(/^the body nests 300\d levels deep/);
  });

  it('refuses 20,000 nested quotes at once, from the text, without parsing them', () => {
    const p = only(check((c) => c.append('countries/poland.md', `\n${'>'.repeat(20000)} deep\n`)));
    expect(p.message).toMatch(/^the body nests 20000 levels deep/);
  });

  it('refuses a YAML alias bomb in one line', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${`*${'abcdefgh'[i]}, `.repeat(9).slice(0, -2)}]`),
    ].join('\n');
    const p = only(check((c) => c.write('organizations/bomb.yaml', `${bomb}\n`)));
    expect(p).toMatchObject({ file: 'src/content/organizations/bomb.yaml', field: '(yaml)' });
    expect(p.message).toMatch(/^the YAML cannot be read: Excessive alias count/);
    expect(p.hint).toMatch(/anchors \(&\) and aliases \(\*\)/);
  });

  it.each([
    [
      'a dangling link',
      (c: Content) => symlinkSync(c.abs('claims/nowhere.md'), c.abs('claims/dangling.md')),
      /a link to .*nowhere\.md, which does not exist$/,
    ],
    [
      'a loop',
      (c: Content) => {
        symlinkSync(c.abs('claims/loop-b.md'), c.abs('claims/loop-a.md'));
        symlinkSync(c.abs('claims/loop-a.md'), c.abs('claims/loop-b.md'));
      },
      /a link that leads back to itself \(a loop\)$/,
    ],
    [
      'a link outside the content',
      (c: Content) => symlinkSync('/etc/hostname', c.abs('sources/host.md')),
      /a link to \/etc\/hostname$/,
    ],
    ['a linked folder', (c: Content) => symlinkSync(c.abs('claims'), c.abs('briefings/more')), /a link to .*claims$/],
  ])('refuses %s in one line, without following it', (_name, make, what) => {
    const problems = check(make);
    expect(problems.length, formatReport(problems)).toBeGreaterThanOrEqual(1);
    for (const p of problems) {
      expect(p.field).toBe('(file)');
      expect(p.message).toMatch(/^this is a symbolic link, not a file: /);
    }
    expect(problems.map((p) => p.message).join('\n')).toMatch(what);
  });
});

describe('implausible data', () => {
  it.each([
    ['made: "2025-03-18"', 'made: "1898-03-18"', 'made', /is before 1899/],
    [
      'made: "2025-03-18"',
      'made: "2205-03-18"',
      'made',
      /is after 2027, more than a year after the date the site is built for \(2026-02-03\)/,
    ],
  ])('refuses a claim dated %s → %s', (from, to, field, why) => {
    const p = only(check((c) => c.write(CLAIM, c.read(CLAIM).replace(from, to))));
    expect(p).toMatchObject({ field });
    expect(p.message).toMatch(why);
  });

  it('judges dates by the newest depositary record when AS_OF is earlier (a build for a past date)', () => {
    const root = mkdtempSync(join(tmpdir(), 'ledger-hostile-'));
    dirs.push(root);
    cpSync(FIXTURE, join(root, 'src/content'), { recursive: true });
    expect(checkProject(root, undefined, { asOf: '2010-07-31' }).problems).toEqual([]);
    const claim = join(root, 'src/content', CLAIM);
    writeFileSync(claim, readFileSync(claim, 'utf8').replace('made: "2025-03-18"', 'made: "2205-03-18"'));
    const p = only(checkProject(root, undefined, { asOf: '2010-07-31' }).problems);
    expect(p.message).toMatch(
      /^18 March 2205 is after 2027, more than a year after the newest depositary record \(status as at 2026-/,
    );
  });

  it('refuses two claims that supersede each other', () => {
    const problems = check((c) => {
      const claim = c.read(CLAIM);
      c.write(
        CLAIM,
        claim.replace(
          'rank: preferred',
          'rank: preferred\nrelations:\n  - type: supersedes\n    claim: the-other-report',
        ),
      );
      c.write(
        'claims/the-other-report.md',
        claim.replace(
          'rank: preferred',
          'rank: deprecated\nrelations:\n  - type: supersedes\n    claim: four-states-announce-ottawa-exit',
        ),
      );
    });
    const p = only(problems);
    expect(p.message).toBe('"four-states-announce-ottawa-exit" and "the-other-report" supersede each other');
  });

  it('refuses credentials and a NUL in a URL, and a title of 301 characters', () => {
    const problems = check((c) => {
      c.write(
        SOURCE,
        c
          .read(SOURCE)
          .replace('url: https://www.reuters.com/', 'url: https://user:secret@www.reuters.com/')
          .replace(/^title: .*$/m, `title: ${'x'.repeat(301)}`),
      );
      c.append('countries/poland.md', '\nSee [this](https://example.org/a%00b).\n');
    });
    expect(problems.map((p) => [p.file.split('/').pop(), p.field, p.message])).toEqual([
      ['poland.md', '(body)', 'the address holds a NUL character (%00)'],
      ['reuters-2025-03-18.md', 'title', 'the title is 301 characters long, over the 300 a title may have'],
      ['reuters-2025-03-18.md', 'url', 'the address holds a user name or password'],
    ]);
  });

  it('warns about an http: source URL without failing the check', () => {
    const problems = check((c) => c.write(SOURCE, c.read(SOURCE).replace('url: https://', 'url: http://')));
    const p = only(problems);
    expect(p).toMatchObject({ severity: 'warning', field: 'url', message: 'the address is http:, not https:' });
    expect(problems.some(isError)).toBe(false);
    expect(formatReport(problems)).toMatch(/^⚠ src\/content\/sources\/reuters-2025-03-18\.md:6 › url: /);
    expect(formatReport(problems).split('\n').at(-1)).toBe(
      '1 warning, which do not stop the build: fix them when you can.',
    );
    expect(formatGithubAnnotations(problems)).toMatch(
      /^::warning file=src\/content\/sources\/reuters-2025-03-18\.md,line=6,/,
    );
  });

  it('refuses a remote image in a body, which the CSP would block', () => {
    const p = only(check((c) => c.append('countries/poland.md', '\n![A map](https://evil.example/map.png)\n')));
    expect(p.message).toMatch(/^the image https:\/\/evil\.example\/map\.png is on another site/);
    expect(p.hint).toBe('remove the image, or link to it instead: [what it shows](https://…).');
  });
});

describe('messages that say what to do', () => {
  it('calls //evil.example/ protocol-relative and says what to write', () => {
    const p = only(check((c) => c.append('countries/poland.md', '\nSee [this](//evil.example/).\n')));
    expect(p.message).toBe(
      'the link "//evil.example/" is protocol-relative (it starts with //), so it leads to another site',
    );
    expect(p.hint).toMatch(/^write the full address, starting with https:\/\/ \(https:\/\/evil\.example\/\)/);
  });

  it.each(['Poland.md', 'polañd.md', 'POLAND.md'])('tells %s that the id is taken, not to rename to it', (name) => {
    const p = only(check((c) => c.write(`countries/${name}`, c.read('countries/poland.md'))));
    expect(p).toMatchObject({ file: `src/content/countries/${name}`, field: '(file name)' });
    expect(p.message).toBe(
      `"${name.slice(0, -3)}" is not a valid id (the file name is the id), and the id it stands for, "poland", is already taken by src/content/countries/poland.md`,
    );
    expect(p.hint).toMatch(/^if this is the same entry, make your change in src\/content\/countries\/poland\.md/);
  });

  it('still suggests a new name when the id is free', () => {
    expect(only(check((c) => c.write('countries/New Land.md', c.read('countries/poland.md')))).hint).toBe(
      'rename the file to lowercase words joined by hyphens, e.g. "new-land.md".',
    );
  });

  it.each([
    ['url: javascript:alert(1)', /starting with https:\/\/$/],
    ['url: www.reuters.com/x', /starting with https:\/\/, e\.g\. https:\/\/www\.reuters\.com\/world\/…$/],
  ])('says what to write for %s', (line, hint) => {
    const p = only(check((c) => c.write(SOURCE, c.read(SOURCE).replace(/^url: .*$/m, line))));
    expect(p.field).toBe('url');
    expect(p.hint).toMatch(
      /^write the address as the browser's address bar shows it|^write it as the browser's address bar shows it/,
    );
    expect(p.hint).toMatch(hint);
  });
});

describe('the report prints content safely', () => {
  it('escapes control characters so none reaches the terminal or starts a workflow command', () => {
    const problems = check((c) =>
      c.write(CLAIM, c.read(CLAIM).replace('where: joint statement', 'where: "x\\n::add-mask::y\\u001b[2J"')),
    );
    const report = formatReport([
      ...problems,
      { file: 'src/content/claims/a\n::error::x.md', field: '(file name)', message: 'm\u001b]0;t\u0007' },
    ]);
    for (const line of report.split('\n')) {
      expect(line).not.toMatch(/^\s*::/);
      // eslint-disable-next-line no-control-regex
      expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    expect(report).toContain('a<U+000A>::error::x.md');
    expect(formatGithubAnnotations(problems).split('\n')).toHaveLength(1);
  });
});
