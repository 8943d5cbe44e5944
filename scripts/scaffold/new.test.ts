/**
 * The scaffolder as a contributor uses it: each kind written into a temporary copy of the
 * content and accepted by the integrity check; typos, duplicates and gaps refused with the fix.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkProject } from '../../src/lib/check/integrity.ts';
import { runNew, type Io } from './run.ts';
import { COMMON_FLAGS, KINDS, SPECS } from './fields.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures/content');

let content: string;
beforeEach(() => {
  content = join(mkdtempSync(join(tmpdir(), 'ledger-new-')), 'src/content');
  cpSync(FIXTURES, content, { recursive: true });
});
afterEach(() => rmSync(join(content, '../..'), { recursive: true, force: true }));

/** Runs the scaffolder in-process; `answers` make it behave as in a terminal. */
async function run(args: string[], answers?: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const queue = answers ? [...answers] : undefined;
  const io: Io = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    ask: queue
      ? async (q) => {
          out.push(q);
          const next = queue.shift();
          if (next === undefined) throw new Error(`no answer left for: ${q}\n${out.join('\n')}\n${err.join('\n')}`);
          return next;
        }
      : undefined,
    now: () => new Date(2026, 1, 3, 12),
    env: {},
    cwd: ROOT,
  };
  const code = await runNew([...args, '--content-dir', content], ROOT, io);
  return { code, out: out.join('\n'), err: err.join('\n'), left: queue };
}

const frontmatter = (path: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '', { version: '1.2' });
const problems = () => checkProject(ROOT, content).problems;

describe('npm run new, one entry of each kind', () => {
  it('writes a source with today’s retrieval date and the id made from publisher and date', async () => {
    const r = await run([
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
      'established-outlet',
      '--url',
      'https://dpa-story.com/parliament-approves-finlands-withdrawal-from-landmine-ban-treaty.html',
      '--summary',
      'Reports that parliament approved leaving by 157 votes to 18.',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('sources/dpa-2025-06-19.md — integrity check: OK');
    const data = frontmatter(join(content, 'sources/dpa-2025-06-19.md'));
    expect(data).toMatchObject({
      kind: 'news-report',
      publisher: 'dpa',
      published: '2025-06-19',
      standing: 'established-outlet',
      retrieved: '2026-02-03',
    });
    expect(readFileSync(join(content, 'sources/dpa-2025-06-19.md'), 'utf8')).toContain('published: "2025-06-19"');
    expect(problems()).toEqual([]);
  });

  it('writes a claim with its subjects, located sources, verdict and review date', async () => {
    const r = await run([
      'claim',
      '--id',
      'poland-deposits-ottawa-withdrawal',
      '--statement',
      'Poland deposited its withdrawal from the Ottawa Convention on 20 August 2025.',
      '--claimant',
      'United Nations Treaty Collection',
      '--claimant-kind',
      'organization',
      '--made',
      '2025-08-26',
      '--country',
      'poland',
      '--treaty',
      'ottawa-convention',
      '--kind',
      'fact',
      '--source',
      'untc-xxvi-5:end note 8',
      '--verdict',
      'accurate',
      '--reason',
      'The depositary notification C.N.421.2025 records it.',
      '--body',
      'Read from the end notes of the status page.',
    ]);
    expect(r.code, r.err).toBe(0);
    const file = join(content, 'claims/poland-deposits-ottawa-withdrawal.md');
    expect(frontmatter(file)).toEqual({
      statement: 'Poland deposited its withdrawal from the Ottawa Convention on 20 August 2025.',
      claimant: { name: 'United Nations Treaty Collection', kind: 'organization' },
      made: '2025-08-26',
      subjects: { countries: ['poland'], treaties: ['ottawa-convention'] },
      kind: 'fact',
      sources: [{ source: 'untc-xxvi-5', locator: 'end note 8' }],
      verdict: { rating: 'accurate', reason: 'The depositary notification C.N.421.2025 records it.' },
      reviewed: '2026-02-03',
    });
    expect(readFileSync(file, 'utf8')).toContain('  countries: [poland]\n');
    expect(readFileSync(file, 'utf8')).toMatch(/---\n\nRead from the end notes of the status page.\n$/);
    expect(problems()).toEqual([]);
  });

  it('writes a briefing published today, with a comment that lists the components', async () => {
    const r = await run([
      'briefing',
      '--title',
      'Poland leaves the mine ban',
      '--summary',
      'What the depositary records and what Warsaw said.',
      '--author',
      'Treaty Ledger',
      '--country',
      'poland',
      '--treaty',
      'ottawa-convention',
    ]);
    expect(r.code, r.err).toBe(0);
    const file = join(content, 'briefings/poland-leaves-the-mine-ban.mdx');
    expect(frontmatter(file)).toMatchObject({
      published: '2026-02-03',
      authors: ['Treaty Ledger'],
      subjects: { countries: ['poland'] },
    });
    expect(readFileSync(file, 'utf8')).toContain('<Claim id="claim-id" />');
    expect(r.out).toContain('Write the article in the body');
    expect(problems()).toEqual([]);
  });

  it('appends an event to the hand-curated events file, keeping every line that was there', async () => {
    const before = readFileSync(join(content, 'events/story.yaml'), 'utf8');
    const r = await run([
      'event',
      '--treaty',
      'ottawa-convention',
      '--country',
      'estonia',
      '--type',
      'parliament-vote',
      '--date',
      '2025-06-04',
      '--title',
      'Riigikogu passes the withdrawal law',
      '--source',
      'reuters-2025-03-18',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('event "estonia-apmbc-parliament-vote-2025-06-04" added to');
    const after = readFileSync(join(content, 'events/story.yaml'), 'utf8');
    const [events] = before.split('overrides: []');
    expect(after.startsWith(events ?? '')).toBe(true);
    expect(after.endsWith('overrides: []\n')).toBe(true);
    expect(parse(after).events[1]).toEqual({
      id: 'estonia-apmbc-parliament-vote-2025-06-04',
      treaty: 'ottawa-convention',
      country: 'estonia',
      type: 'parliament-vote',
      date: '2025-06-04',
      title: 'Riigikogu passes the withdrawal law',
      sources: [{ source: 'reuters-2025-03-18' }],
    });
    expect(problems()).toEqual([]);
  });

  it('starts a new events file with the editor schema comment when --file names a new one', async () => {
    const r = await run([
      'event',
      '--file',
      'estonia',
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
      'reuters-2025-03-18',
    ]);
    expect(r.code, r.err).toBe(0);
    const text = readFileSync(join(content, 'events/estonia.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=.*\.astro\/collections\/events\.schema\.json$/,
    );
    expect(problems()).toEqual([]);
  });
});

describe('what npm run new writes', () => {
  it('passes npm run lint as it is: Prettier for YAML, markdownlint for Markdown and MDX', async () => {
    expect(
      (
        await run([
          'source',
          '--kind',
          'news-report',
          '--title',
          'Finland: parliament approves withdrawal',
          '--publisher',
          'dpa',
          '--published',
          '2025-06-19',
          '--standing',
          'aggregator',
          '--url',
          'https://dpa-story.com/x.html',
        ])
      ).code,
    ).toBe(0);
    expect(
      (
        await run([
          'claim',
          '--statement',
          'Parliament approved leaving by 157 votes to 18.',
          '--claimant',
          'dpa',
          '--claimant-kind',
          'outlet',
          '--made',
          '2025-06-19',
          '--country',
          'poland',
          '--country',
          'estonia',
          '--kind',
          'fact',
          '--source',
          'dpa-2025-06-19:second paragraph',
          '--verdict',
          'unverified',
          '--reason',
          'Only the outlet reports the count.',
          '--body',
          'A *short* note.',
        ])
      ).code,
    ).toBe(0);
    expect(
      (
        await run([
          'event',
          '--treaty',
          'ottawa-convention',
          '--country',
          'poland',
          '--type',
          'decree',
          '--date',
          '2025',
          '--title',
          'Decree',
          '--source',
          'dpa-2025-06-19',
        ])
      ).code,
    ).toBe(0);
    expect(
      (
        await run([
          'briefing',
          '--title',
          'Poland leaves',
          '--summary',
          's',
          '--author',
          'Treaty Ledger',
          '--country',
          'poland',
        ])
      ).code,
    ).toBe(0);
    expect(
      (
        await run([
          'event',
          '--file',
          'fresh',
          '--treaty',
          'ottawa-convention',
          '--country',
          'poland',
          '--type',
          'decree',
          '--date',
          '2025-07',
          '--title',
          'Decree',
          '--source',
          'dpa-2025-06-19',
        ])
      ).code,
    ).toBe(0);
    // The lint tools with the project's own configuration, run over the temporary project.
    const project = join(content, '../..');
    for (const file of ['.prettierignore', '.markdownlint-cli2.jsonc']) cpSync(join(ROOT, file), join(project, file));
    // The project's Prettier options without its plugins (the Astro plugin is for code, and resolves
    // only from the project's node_modules): the YAML rules are the same.
    const { plugins: _plugins, ...prettierOptions } = JSON.parse(
      readFileSync(join(ROOT, '.prettierrc.json'), 'utf8'),
    ) as {
      plugins?: string[];
    };
    writeFileSync(join(project, '.prettierrc.json'), JSON.stringify(prettierOptions));
    const tool = (bin: string, args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'node_modules', bin), ...args], { cwd: project, encoding: 'utf8' });
    const prettier = tool('prettier/bin/prettier.cjs', ['--check', 'src/content/**/*.yaml']);
    expect(prettier.status, prettier.stdout + prettier.stderr).toBe(0);
    const markdownlint = tool('markdownlint-cli2/markdownlint-cli2-bin.mjs', []);
    expect(markdownlint.status, markdownlint.stdout + markdownlint.stderr).toBe(0);
    expect(markdownlint.stderr + markdownlint.stdout).toMatch(/Linting: \d+ file/);
  });
});

describe('npm run new refuses what the check would refuse, and says how to fix it', () => {
  const claimArgs = [
    'claim',
    '--statement',
    'The four states announced their exit.',
    '--claimant',
    'Reuters',
    '--claimant-kind',
    'outlet',
    '--made',
    '2025-03-18',
    '--kind',
    'fact',
    '--source',
    'reuters-2025-03-18',
    '--verdict',
    'unverified',
    '--reason',
    'Only the outlet says so.',
  ];

  it('suggests the closest ids for a mistyped reference and writes nothing', async () => {
    const r = await run([
      ...claimArgs,
      '--country',
      'polnad',
      '--treaty',
      'otawa-convention',
      '--source',
      'reuters-2025-03-81',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('✖ --country: no country "polnad" — did you mean "poland"?');
    expect(r.err).toContain('✖ --treaty: no treaty "otawa-convention" — did you mean "ottawa-convention"?');
    expect(r.err).toContain('no source "reuters-2025-03-81" — did you mean "reuters-2025-03-18"?');
    expect(r.err).toContain('Nothing was written');
    expect(readdirSync(join(content, 'claims'))).toEqual(['four-states-announce-ottawa-exit.md']);
  });

  it('links related claims, checking the type and that the claim exists', async () => {
    const bad = await run([
      ...claimArgs,
      '--country',
      'poland',
      '--relation',
      'contradicts:four-states-announce-ottawa-exi',
      '--relation',
      'four-states-announce-ottawa-exit',
    ]);
    expect(bad.err).toContain(
      'no claim "four-states-announce-ottawa-exi" — did you mean "four-states-announce-ottawa-exit"?',
    );
    expect(bad.err).toContain(
      '"four-states-announce-ottawa-exit" needs a type before the claim id: "supports:…", "contradicts:…", "supersedes:…"',
    );
    const good = await run([
      ...claimArgs,
      '--country',
      'poland',
      '--id',
      'announced-on-19-march',
      '--relation',
      'contradicts:four-states-announce-ottawa-exit',
    ]);
    expect(good.code, good.err).toBe(0);
    expect(frontmatter(join(content, 'claims/announced-on-19-march.md')).relations).toEqual([
      { type: 'contradicts', claim: 'four-states-announce-ottawa-exit' },
    ]);
    expect(problems()).toEqual([]);
  });

  it('refuses an id that is already taken, naming the file', async () => {
    const r = await run([...claimArgs, '--country', 'poland', '--id', 'four-states-announce-ottawa-exit']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'the id "four-states-announce-ottawa-exit" is already used by claims/four-states-announce-ottawa-exit.md',
    );
  });

  it('refuses an event id used in any events file', async () => {
    const r = await run([
      'event',
      '--id',
      'poland-apmbc-announcement-2025-03-18',
      '--treaty',
      'ottawa-convention',
      '--country',
      'poland',
      '--type',
      'announcement',
      '--date',
      '2025-03-18',
      '--title',
      'x',
      '--source',
      'reuters-2025-03-18',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('the id "poland-apmbc-announcement-2025-03-18" is already used by an event');
  });

  it('lists every missing required flag at once, with what it means', async () => {
    const r = await run(['claim', '--statement', 'Something was said.']);
    expect(r.code).toBe(2);
    for (const flag of ['claimant', 'claimant-kind', 'made', 'kind', 'source', 'verdict', 'reason'])
      expect(r.err).toContain(`✖ --${flag} is required`);
    expect(r.err).toContain('name at least one --country or --treaty');
    expect(r.err).toContain('npm run new -- claim --statement');
  });

  it('refuses impossible dates and values outside the list, with the closest allowed value', async () => {
    const r = await run([
      'source',
      '--kind',
      'news',
      '--title',
      't',
      '--publisher',
      'p',
      '--published',
      '2025-02-30',
      '--no-url',
      'printed only',
    ]);
    expect(r.err).toContain('✖ --kind: "news" is not allowed');
    expect(r.err).toContain('"2025-02-30" does not exist: February 2025 has 28 days');
  });

  it('runs the integrity check before writing: a consent needs the exact day', async () => {
    const r = await run([
      'event',
      '--file',
      'russia',
      '--treaty',
      'ottawa-convention',
      '--country',
      'poland',
      '--type',
      'consent',
      '--consent-type',
      'ratification',
      '--date',
      '2012-12',
      '--title',
      'x',
      '--source',
      'untc-xxvi-5',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/events\/russia\.yaml:\d+ › events\[0\]\.date: "2012-12" is only a month/);
    expect(existsSync(join(content, 'events/russia.yaml'))).toBe(false);
  });

  it('requires a url or a reason why there is none, and never makes one up', async () => {
    const r = await run(['source', '--kind', 'news-report', '--title', 't', '--publisher', 'p', '--published', '2025']);
    expect(r.err).toContain('✖ --no-url is required');
    // The standing is required too: every source says what kind of word it is.
    expect(r.err).toContain('✖ --standing is required');
  });

  it('suggests the flag meant by a misspelt one', async () => {
    const r = await run(['claim', '--contry', 'poland']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('✖ unknown flag --contry\n    fix: did you mean "--country"?');
  });

  it('asks which events file when several exist and none is named after the treaty', async () => {
    writeFileSync(join(content, 'events/other.yaml'), 'events: []\noverrides: []\n');
    const r = await run([
      'event',
      '--treaty',
      'ottawa-convention',
      '--country',
      'poland',
      '--type',
      'announcement',
      '--date',
      '2025-03',
      '--title',
      'x',
      '--source',
      'reuters-2025-03-18',
    ]);
    expect(r.err).toContain('say which events file to add to: --file other, --file story');
  });
});

describe('npm run new in a terminal', () => {
  it('asks for what the flags leave out, re-asks after a typo with the closest id, and writes the entry', async () => {
    const answers = [
      'Poland announced it would leave the Ottawa Convention.', // statement
      'Government of Poland', // claimant
      'goverment', // claimant-kind (typo)
      'government',
      'polnad', // claimant-country (typo)
      'poland',
      '2025-03-18', // made
      '', // where (optional)
      'poland', // country 1
      '', // done
      'ottawa-convention',
      '',
      'intention', // kind
      'reuters-2025-03-18', // source 1
      '',
      '', // rank
      'accurate', // verdict
      'Poland deposited its withdrawal on 20 August 2025 (C.N.421.2025).', // reason
      'support:four-states-announce-ottawa-exit', // relation 1 (type misspelt)
      'supports:four-states-announce-ottawa-exit',
      '', // done
      '', // body
      '', // id: accept the suggestion
    ];
    const r = await run(['claim'], answers);
    expect(r.code, r.err).toBe(0);
    expect(r.left).toEqual([]);
    expect(r.err).toContain('"goverment" is not allowed — did you mean "government"?');
    expect(r.err).toContain('no country "polnad" — did you mean "poland"?');
    expect(r.err).toContain('"support:four-states-announce-ottawa-exit" needs a type before the claim id');
    expect(r.out).toContain('claims/poland-announced-it-would-leave-the-ottawa-convention.md — integrity check: OK');
    expect(
      frontmatter(join(content, 'claims/poland-announced-it-would-leave-the-ottawa-convention.md')).relations,
    ).toEqual([{ type: 'supports', claim: 'four-states-announce-ottawa-exit' }]);
    expect(problems()).toEqual([]);
  });
});

describe('npm run new --help', () => {
  it('explains every kind and every flag', async () => {
    const overview = await run(['--help']);
    expect(overview.code).toBe(0);
    for (const kind of KINDS) expect(overview.out).toContain(`  ${kind} `);
    for (const kind of KINDS) {
      const help = await run([kind, '--help']);
      for (const field of [...SPECS[kind].fields, ...COMMON_FLAGS]) {
        expect(help.out).toContain(`--${field.flag}`);
        expect(help.out).toContain(field.help);
      }
    }
  });
});

describe('the npm run new command', () => {
  it('runs from the command line, reading only flags when stdin is not a terminal, and honours LEDGER_CONTENT_DIR', () => {
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, 'scripts/scaffold/new.ts'),
        'source',
        '--kind',
        'treaty-text',
        '--title',
        'Convention text',
        '--publisher',
        'United Nations',
        '--published',
        '1997-09-18',
        '--standing',
        'official-text',
        '--no-url',
        'printed copy',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, LEDGER_CONTENT_DIR: content },
        encoding: 'utf8',
        input: '',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(join(content, 'sources/united-nations-1997-09-18.md'))).toBe(true);
  });
});
