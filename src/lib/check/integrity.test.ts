/**
 * One fixture per class of bad input: each test copies the valid fixture content
 * (tests/fixtures/content), breaks one thing the way a contributor might, and asserts that the
 * check reports it with the file, the field and a fix — and that everything else still passes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from './integrity.ts';
import { formatGithubAnnotations, formatReport, type Problem } from './problems.ts';

const FIXTURE = join(import.meta.dirname, '../../../tests/fixtures/content');
const dirs: string[] = [];

function project(
  edit: (file: (path: string) => { read(): string; write(text: string): void; remove(): void }) => void,
) {
  const root = mkdtempSync(join(tmpdir(), 'ledger-integrity-'));
  dirs.push(root);
  cpSync(FIXTURE, join(root, 'src/content'), { recursive: true });
  edit((path) => {
    const abs = join(root, 'src/content', path);
    return {
      read: () => readFileSync(abs, 'utf8'),
      write: (text) => writeFileSync(abs, text),
      remove: () => unlinkSync(abs),
    };
  });
  return checkProject(root).problems;
}

function replaceIn(path: string, from: string | RegExp, to: string) {
  return project((file) => {
    const f = file(path);
    const before = f.read();
    const after = before.replace(from, to);
    if (after === before) throw new Error(`fixture edit did nothing: ${String(from)} in ${path}`);
    f.write(after);
  });
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CLAIM = 'claims/four-states-announce-ottawa-exit.md';
const CLAIM_PATH = `src/content/${CLAIM}`;

function only(problems: Problem[]): Problem {
  expect(problems, formatReport(problems)).toHaveLength(1);
  return problems[0]!;
}

describe('the valid fixture', () => {
  it('has no problems', () => {
    expect(project(() => {})).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['2025-02-30', /February 2025 has 28 days/],
    ['2025-13-01', /month 13/],
    ['2025-2-3', /one-digit/],
  ])('rejects %s with the file, line and field', (bad, why) => {
    const p = only(replaceIn(CLAIM, 'made: "2025-03-18"', `made: "${bad}"`));
    expect(p).toMatchObject({ file: CLAIM_PATH, field: 'made', line: 6 });
    expect(p.message).toMatch(why);
  });

  it('reads an unquoted impossible date as written instead of rolling it over', () => {
    const p = only(replaceIn(CLAIM, 'made: "2025-03-18"', 'made: 2025-02-30'));
    expect(p.message).toMatch(/does not exist/);
  });

  it('accepts an unquoted year as the year it says', () => {
    expect(replaceIn(CLAIM, 'made: "2025-03-18"', 'made: 2025')).toEqual([]);
  });

  it('asks for an exact day where the depositary gives one', () => {
    const p = only(
      replaceIn('participation/ottawa-convention.yaml', 'deposited: "2025-08-20"', 'deposited: "2025-08"'),
    );
    expect(p.field).toBe('participants[3].withdrawal.deposited');
    expect(p.message).toMatch(/only a month/);
  });
});

describe('fields', () => {
  it('reports a misspelt required key both as unknown and as missing', () => {
    const problems = replaceIn(CLAIM, 'statement:', 'statment:');
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['statement', 'required field "statement" is missing'],
      ['statment', 'unknown field "statment"'],
    ]);
    expect(problems[1]?.hint).toContain('did you mean "statement"?');
  });

  it('reports a misspelt key and the missing field it was meant to be', () => {
    const problems = replaceIn(CLAIM, 'where: joint statement', 'wher: joint statement');
    const p = only(problems);
    expect(p).toMatchObject({ file: CLAIM_PATH, field: 'wher', line: 7 });
    expect(p.message).toBe('unknown field "wher"');
    expect(p.hint).toContain('did you mean "where"?');
  });

  it('reports a missing required field with guidance from its description', () => {
    const problems = replaceIn(CLAIM, /verdict:\n {2}rating: accurate\n/, 'verdict:\n');
    const p = only(problems);
    expect(p.field).toBe('verdict.rating');
    expect(p.message).toMatch(/required field "rating" is missing/);
  });

  it('suggests the closest allowed value for a typo in an enum', () => {
    const p = only(replaceIn(CLAIM, 'rating: accurate', 'rating: acurate'));
    expect(p).toMatchObject({ field: 'verdict.rating' });
    expect(p.hint).toContain('did you mean "accurate"?');
  });

  it('refuses a claim without a source', () => {
    const p = only(
      replaceIn(
        CLAIM,
        /sources:\n {2}- source: reuters-2025-03-18\n {2}- source: untc-xxvi-5\n {4}locator: end notes 1, 3, 4 and 8\n/,
        'sources: []\n',
      ),
    );
    expect(p).toMatchObject({ file: CLAIM_PATH, field: 'sources' });
    expect(p.message).toMatch(/at least one source/);
  });
});

describe('references', () => {
  it('names a missing country with the closest ids', () => {
    const p = only(replaceIn(CLAIM, 'countries: [poland, estonia', 'countries: [polnad, estonia'));
    expect(p).toMatchObject({ file: CLAIM_PATH, field: 'subjects.countries[0]', message: 'no country "polnad"' });
    expect(p.hint).toBe('did you mean "poland"?');
    expect(p.line).toBe(9);
  });

  it('checks links in Markdown bodies to site pages', () => {
    const p = only(replaceIn(CLAIM, '(/sources/untc-xxvi-5/)', '(/sources/untc-xxvi-7/)'));
    expect(p).toMatchObject({ file: CLAIM_PATH, field: '(body)', message: 'no source "untc-xxvi-7"' });
    expect(p.hint).toContain('"untc-xxvi-5"');
    expect(p.line).toBe(23);
  });

  it('checks claims cited in briefing components', () => {
    const p = only(
      replaceIn('briefings/exit.mdx', 'id="four-states-announce-ottawa-exit"', 'id="four-states-announce"'),
    );
    expect(p).toMatchObject({
      file: 'src/content/briefings/exit.mdx',
      field: '(body) <Claim>',
      message: 'no claim "four-states-announce"',
    });
    expect(p.hint).toContain('four-states-announce-ottawa-exit');
  });

  it('checks references from events, organizations and participation rows', () => {
    const problems = project((file) => {
      const ev = file('events/story.yaml');
      ev.write(ev.read().replace('country: poland', 'country: polska'));
      const org = file('organizations/nato.yaml');
      org.write(org.read().replace('source: reuters-2025-03-18', 'source: reuters'));
      const part = file('participation/convention-on-cluster-munitions.yaml');
      part.write(part.read().replace('country: lithuania', 'country: lituania'));
    });
    expect(problems.map((p) => [p.file, p.field, p.message])).toEqual(
      expect.arrayContaining([
        ['src/content/events/story.yaml', 'events[0].country', 'no country "polska"'],
        ['src/content/organizations/nato.yaml', 'members[0].sources[0].source', 'no source "reuters"'],
        [
          'src/content/participation/convention-on-cluster-munitions.yaml',
          'participants[0].country',
          'no country "lituania"',
        ],
      ]),
    );
  });

  it('reports every problem in one run', () => {
    const problems = project((file) => {
      const claim = file(CLAIM);
      claim.write(claim.read().replace('made: "2025-03-18"', 'made: "2025-02-30"'));
      const src = file('sources/reuters-2025-03-18.md');
      src.write(src.read().replace('kind: news-report', 'kind: news'));
      const t = file('treaties/ottawa-convention.md');
      t.write(t.read().replace('source: untc-xxvi-5', 'source: untc-xxvi-55'));
    });
    expect(new Set(problems.map((p) => p.file)).size).toBe(3);
  });
});

describe('duplicates', () => {
  it('refuses an alias used by two treaties', () => {
    const p = only(
      replaceIn('treaties/convention-on-cluster-munitions.md', '  - Cluster Bomb Treaty', '  - Mine Ban Treaty'),
    );
    expect(p.field).toMatch(/^aliases\[\d\]$/);
    expect(p.message).toMatch(
      /"Mine Ban Treaty" is also a name of (ottawa-convention|convention-on-cluster-munitions)/,
    );
  });

  it('refuses a UNTC number used twice', () => {
    const p = only(replaceIn('treaties/convention-on-cluster-munitions.md', 'number: XXVI-6', 'number: XXVI-5'));
    expect(p).toMatchObject({ field: 'depositaries[0].untc.number' });
  });

  it('refuses the same participant twice in a treaty', () => {
    const problems = replaceIn('participation/ottawa-convention.yaml', '  - country: latvia', '  - country: estonia');
    expect(problems.map((p) => p.message)).toContain('"estonia" appears twice (also participants[0])');
  });

  it('refuses duplicate ISO codes and event ids', () => {
    const problems = project((file) => {
      const c = file('countries/latvia.md');
      c.write(c.read().replace('iso2: LV', 'iso2: LT'));
      const ev = file('events/story.yaml');
      ev.write(
        `${ev.read().replace('overrides: []\n', '')}  - id: poland-apmbc-announcement-2025-03-18\n    treaty: ottawa-convention\n    country: poland\n    type: decree\n    date: "2025"\n    title: x\n    sources: [{ source: reuters-2025-03-18 }]\n`,
      );
    });
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['iso2', 'events[1].id']));
  });
});

describe('chronology and treaty rules', () => {
  it('refuses consent before signature', () => {
    const p = only(
      replaceIn('participation/ottawa-convention.yaml', 'signature: "1997-12-04"', 'signature: "2013-01-01"'),
    );
    expect(p).toMatchObject({ field: 'participants[3].consent.date' });
    expect(p.message).toMatch(/before participants\[3\]\.signature/);
  });

  it('refuses a withdrawal before consent and an effect before deposit', () => {
    const problems = replaceIn(
      'participation/ottawa-convention.yaml',
      'deposited: "2025-08-20"',
      'deposited: "2011-08-20"',
    );
    expect(problems.map((p) => p.field)).toContain('participants[3].withdrawal.deposited');
  });

  it('refuses a recorded effective date that differs from the rule without a reason', () => {
    const p = only(
      replaceIn('participation/ottawa-convention.yaml', 'effective: "2026-02-20"', 'effective: "2026-02-21"'),
    );
    expect(p).toMatchObject({ field: 'participants[3].withdrawal.effective' });
    expect(p.message).toMatch(/gives 20 February 2026/);
    expect(p.hint).toMatch(/override/);
  });

  it('accepts that date when an override states the reason', () => {
    const problems = project((file) => {
      const part = file('participation/ottawa-convention.yaml');
      part.write(part.read().replace('effective: "2026-02-20"', 'effective: "2026-02-21"'));
      const ev = file('events/story.yaml');
      ev.write(
        ev
          .read()
          .replace(
            'overrides: []',
            'overrides:\n  - treaty: ottawa-convention\n    country: poland\n    field: withdrawal.effective\n    date: "2026-02-21"\n    reason: The notification names a later date.\n    sources: [{ source: untc-xxvi-5 }]',
          ),
      );
    });
    expect(problems).toEqual([]);
  });
});

describe('unsafe Markdown and URLs', () => {
  it.each([
    ['<script>alert(1)</script>', /raw HTML is not allowed in claims \(it could run code/],
    ['<img src="x" onerror="alert(1)">', /raw HTML is not allowed in claims \(it could run code/],
    ['<iframe src="https://example.org"></iframe>', /raw HTML/],
  ])('refuses %s in a claim body', (html, why) => {
    const p = only(
      project((file) => {
        const f = file(CLAIM);
        f.write(`${f.read()}\n${html}\n`);
      }),
    );
    expect(p).toMatchObject({ file: CLAIM_PATH, field: '(body)' });
    expect(p.message).toMatch(why);
  });

  it.each([
    ['javascript:alert(1)', /uses javascript:/],
    ['data:text/html,hi', /uses data:/],
    ['ftp://example.org/file', /uses ftp:/],
    ['../poland/', /relative to the current page/],
    ['/nowhere/at/all/', /goes to no page/],
  ])('refuses the link %s in a body', (url, why) => {
    const p = only(
      project((file) => {
        const f = file('countries/poland.md');
        f.write(`${f.read()}\nSee [this](${url}).\n`);
      }),
    );
    expect(p).toMatchObject({ file: 'src/content/countries/poland.md', field: '(body)' });
    expect(p.message).toMatch(why);
  });

  it('refuses a javascript: URL in a source field', () => {
    const p = only(replaceIn('sources/reuters-2025-03-18.md', /url: .*/, 'url: javascript:alert(1)'));
    expect(p).toMatchObject({ field: 'url' });
    expect(p.message).toMatch(/only http:\/\/ and https:\/\//);
  });

  it('refuses unknown components in briefings', () => {
    const p = only(
      project((file) => {
        const f = file('briefings/exit.mdx');
        f.write(`${f.read()}\n<Claims id="x" />\n`);
      }),
    );
    expect(p.message).toBe('unknown component <Claims>');
    expect(p.hint).toContain('did you mean "Claim"?');
  });
});

describe('files nobody loads', () => {
  it('reports a wrong extension, a stray file and an unknown folder', () => {
    const problems = project((file) => {
      file('claims/draft.txt').write('notes');
      file('claims/second-claim.markdown').write('---\n---\n');
      file('README.md').write('hello');
    });
    expect(problems.map((p) => p.file).sort()).toEqual([
      'src/content/README.md',
      'src/content/claims/draft.txt',
      'src/content/claims/second-claim.markdown',
    ]);
    expect(problems.find((p) => p.file.endsWith('.markdown'))?.hint).toMatch(/end in \.md/);
  });

  it('reports a file name that is not a valid id, and a file without frontmatter', () => {
    const problems = project((file) => {
      file('claims/Bad Name.md').write(file(CLAIM).read());
      file('sources/notes.md').write('just text');
    });
    expect(problems.map((p) => [p.file, p.field])).toEqual(
      expect.arrayContaining([
        ['src/content/claims/Bad Name.md', '(file name)'],
        ['src/content/sources/notes.md', '(frontmatter)'],
      ]),
    );
  });

  it('reports YAML that cannot be parsed, at its line', () => {
    const p = only(replaceIn(CLAIM, 'where: joint statement', 'where: joint: statement: x'));
    expect(p).toMatchObject({ field: '(yaml)', line: 7 });
  });
});

describe('report formats', () => {
  const problems: Problem[] = [
    {
      file: 'src/content/claims/a.md',
      line: 12,
      field: 'subjects.countries[1]',
      message: 'no country "polnad"',
      hint: 'did you mean "poland"?',
    },
  ];

  it('prints one readable line per problem with the fix', () => {
    expect(formatReport(problems)).toBe(
      [
        '✖ src/content/claims/a.md:12 › subjects.countries[1]: no country "polnad"',
        '    fix: did you mean "poland"?',
        '',
        '1 problem in 1 file. Nothing was built; fix these and run `npm run check` again.',
      ].join('\n'),
    );
  });

  it('prints GitHub annotations with file and line', () => {
    expect(formatGithubAnnotations(problems)).toBe(
      '::error file=src/content/claims/a.md,line=12,title=subjects.countries[1]::no country "polnad" — fix: did you mean "poland"?',
    );
  });
});
