import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from './content-files.ts';
import { astroReadsTheSame, gateMdx, type GateProblem } from './mdx-gate.ts';

/** The parse markdown.ts makes of an MDX body (micromark-extension-mdxjs with its estree results). */
const parse = (body: string) =>
  fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
const gate = (body: string) => gateMdx(parse(body));

function only(problems: GateProblem[]): GateProblem {
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return problems[0]!;
}

const ALLOWED =
  "Briefings can hold only Markdown and the site's components (Claim, TreatyStatus, Timeline) with literal props";

describe('what a briefing may hold', () => {
  it('passes every briefing of the site and the test fixture', () => {
    const dirs = [
      join(import.meta.dirname, '../../content/briefings'),
      join(import.meta.dirname, '../../../tests/fixtures/content/briefings'),
    ];
    const files = dirs.flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)));
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      expect(gate(body), file).toEqual([]);
    }
  });

  it('passes Markdown of every kind, code with braces in it, and escaped braces', () => {
    const body = [
      '# Title',
      '',
      'Text with *emphasis*, **strong**, `code {x}`, a [link](https://example.org/) and a \\{brace\\}.',
      '',
      '> A quote',
      '',
      '- a list',
      '  1. nested',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      '```js',
      'const x = { a: 1 };',
      '```',
      '',
      '<Claim id="poland-ratified-apmbc-2012" />',
      '<TreatyStatus treaty="ottawa-convention" countries={["poland", \'estonia\']} />',
      '<Timeline country="poland" treaties={["ottawa-convention"]} from="2025-03" />',
      '<Timeline />',
    ].join('\n');
    expect(gate(body)).toEqual([]);
  });
});

describe('code', () => {
  it.each([
    ["import fs from 'node:fs'", 'import'],
    ["import { execSync } from 'node:child_process'", 'import'],
    ['export const x = 1', 'export'],
    ['export default function Page() { return null }', 'export'],
    ["export * from 'node:fs'", 'export'],
  ])('refuses %s', (statement, kind) => {
    const p = only(gate(`Intro.\n\n${statement}\n\nMore.\n`));
    expect(p).toMatchObject({ line: 3, field: '(body)' });
    expect(p.message).toBe(`${statement} is JavaScript: an ${kind} runs when the site is built`);
    expect(p.hint).toBe(`${ALLOWED}: remove the ${kind}.`);
  });

  it('reports each statement of one ESM block at its own line', () => {
    const problems = gate("import a from 'a'\nimport b from 'b'\nexport const c = 1\n");
    expect(problems.map((p) => [p.line, p.message.split(' is ')[0]])).toEqual([
      [1, "import a from 'a'"],
      [2, "import b from 'b'"],
      [3, 'export const c = 1'],
    ]);
  });

  it.each([
    ['{1 + 1}', 'in text', 'Two is {1 + 1}.'],
    ['{process.env.SECRET}', 'in text', 'The secret: {process.env.SECRET}'],
    ['{<script>alert(1)</script>}', 'between blocks', '{<script>alert(1)</script>}'],
    ['{<img src="x" onerror="alert(1)" />}', 'between blocks', '{<img src="x" onerror="alert(1)" />}'],
    ['{<a href="javascript:alert(1)">x</a>}', 'in text', 'See {<a href="javascript:alert(1)">x</a>}.'],
    ['{<iframe src="https://evil.example/" />}', 'between blocks', '{<iframe src="https://evil.example/" />}'],
    ['{/* a comment */ process.exit(1)}', 'between blocks', '{/* a comment */ process.exit(1)}'],
    ['{// a line comment process.exit(1)}', 'between blocks', '{// a line comment\nprocess.exit(1)}'],
  ])('refuses the expression %s %s', (expression, _where, body) => {
    const p = only(gate(`Intro.\n\n${body}\n`));
    expect(p).toMatchObject({ line: 3, field: '(body)' });
    expect(p.message).toBe(`${expression} is JavaScript, which runs when the site is built`);
    expect(p.hint).toBe(`${ALLOWED}: remove the braces and what is inside them (to show a brace as text, write \\{).`);
  });

  it('lets a comment stand, which is no code, but nothing after it', () => {
    expect(gate('{/* A note to editors, with <Claim id="x" /> in it. */}\n\nText {/* inline */} and {}.')).toEqual([]);
    expect(gate('{/* a */ /* b */}')).toEqual([]);
    expect(gate('{/* a \u2028 */}')).toEqual([]);
    expect(only(gate('{// a\u2028process.exit(1)\n}')).message).toMatch(/is JavaScript/);
  });

  it.each([
    ['asOf={(process.getBuiltinModule("node:fs").writeFileSync("x", "x"), "2026-02-03")}', 'asOf'],
    ['asOf={"2026-02-03"}', 'asOf'],
    ['asOf={`2026-02-03`}', 'asOf'],
    ['countries={[`poland`]}', 'countries'],
    ['countries={["poland", x]}', 'countries'],
    ['countries={["poland", ...x]}', 'countries'],
    ['countries={["poland",, "estonia"]}', 'countries'],
    ['countries={[["poland"]]}', 'countries'],
    ['countries={["poland"].concat(x)}', 'countries'],
    ['countries={["poland"], x}', 'countries'],
    ['countries={[1]}', 'countries'],
    ['countries={[/poland/]}', 'countries'],
    ['countries={[<b>x</b>]}', 'countries'],
    ['countries={list}', 'countries'],
  ])('refuses the attribute %s', (attribute, name) => {
    const others = name === 'countries' ? '' : 'countries={["poland"]} ';
    const p = only(gate(`<TreatyStatus treaty="ottawa-convention" ${others}${attribute} />`));
    expect(p.field).toBe(`(body) <TreatyStatus> ${name}`);
    expect(p.message).toMatch(new RegExp(`^${name}=\\{.*\\} is JavaScript, which runs when the site is built$`));
    expect(p.hint).toBe(
      `${ALLOWED}: write ${name === 'countries' ? 'countries={["id-one", "id-two"]}' : 'asOf="text"'}.`,
    );
  });

  it('refuses a spread attribute', () => {
    const p = only(gate('<Claim id="a-claim" {...props} />'));
    expect(p).toMatchObject({ field: '(body) <Claim>', message: '{...props} passes JavaScript values as props' });
    expect(p.hint).toBe(`${ALLOWED}: write each prop as name="text".`);
  });

  it('refuses expressions in attributes of elements it also refuses, reporting both', () => {
    const problems = gate('<img src="x" onError={() => fetch("https://evil.example/")} />');
    expect(problems.map((p) => p.field)).toEqual(['(body) <img>', '(body) <img> onError']);
  });

  it('refuses expressions inside a component, and says the component takes no content', () => {
    const problems = gate('<Claim id="a-claim">{process.exit(1)}</Claim>');
    expect(problems.map((p) => p.message)).toEqual([
      '<Claim> takes no content between its tags; it would not be shown',
      '{process.exit(1)} is JavaScript, which runs when the site is built',
    ]);
  });
});

describe('elements', () => {
  it.each(['script', 'iframe', 'img', 'a', 'div', 'style'])('refuses the HTML element <%s>', (name) => {
    const p = only(gate(`Text.\n\n<${name} />\n`));
    expect(p).toMatchObject({
      line: 3,
      field: `(body) <${name}>`,
      message: `<${name}> is an HTML element, which briefings cannot hold`,
    });
    expect(p.hint).toMatch(/: write it in Markdown instead/);
  });

  it('refuses an unknown component with the closest name, in sentences', () => {
    const p = only(gate('<Claims id="x" />'));
    expect(p).toMatchObject({ field: '(body) <Claims>', message: 'unknown component <Claims>' });
    expect(p.hint).toBe(`did you mean "Claim"? ${ALLOWED}.`);
    expect(only(gate('<Widget />')).hint).toBe(`remove it. ${ALLOWED}.`);
  });

  it.each(['<Foo.Bar />', '<svg:rect />', '<>text</>'])('refuses %s', (jsx) => {
    expect(only(gate(jsx)).hint).toMatch(/^(remove it\. |Briefings)/);
  });
});

describe('props', () => {
  it('requires the props a component needs', () => {
    expect(only(gate('<Claim />'))).toEqual({
      line: 1,
      field: '(body) <Claim> id',
      message: '<Claim> needs id',
      hint: 'write <Claim id="claim-id" />.',
    });
    const problems = gate('<TreatyStatus asOf="2026-02-03" />');
    expect(problems.map((p) => p.message)).toEqual(['<TreatyStatus> needs treaty', '<TreatyStatus> needs countries']);
  });

  it('refuses unknown props with the closest name', () => {
    const p = only(gate('<Claim id="a" claim="b" />'));
    expect(p).toMatchObject({ field: '(body) <Claim> claim', message: '<Claim> has no prop "claim"' });
    expect(p.hint).toBe('remove it. <Claim> takes id, for example <Claim id="claim-id" />.');
    expect(only(gate('<TreatyStatus treaty="t" countries={["a"]} asof="2026-02-03" />')).hint).toMatch(
      /^did you mean "asOf"\?/,
    );
  });

  it('wants a list where a component reads a list, and one string elsewhere', () => {
    expect(only(gate('<TreatyStatus treaty="t" countries="poland" />'))).toMatchObject({
      field: '(body) <TreatyStatus> countries',
      message: 'countries must be a list of ids',
      hint: 'write countries={["id-one", "id-two"]}, as in <TreatyStatus treaty="ottawa-convention" countries={["poland"]} asOf="2026-02-03" />.',
    });
    expect(only(gate('<Timeline treaty={["a", "b"]} />')).message).toBe('treaty must be one value in quotes');
    expect(only(gate('<Claim id />')).message).toBe('id has no value');
    expect(only(gate('<TreatyStatus treaty="t" countries={[]} />')).message).toBe(
      'countries: name at least one country',
    );
  });

  it('checks ids and dates as the schemas do', () => {
    expect(only(gate('<Claim id="Not An Id" />')).message).toMatch(/^id: must be a claim id/);
    expect(only(gate('<TreatyStatus treaty="t" countries={["poland", "Estonia"]} />')).message).toMatch(
      /^countries \(item 2\): must be a country id/,
    );
    const date = only(gate('<TreatyStatus treaty="t" countries={["a"]} asOf="2026-02" />'));
    expect(date).toMatchObject({ field: '(body) <TreatyStatus> asOf' });
    expect(date.message).toMatch(/^asOf: "2026-02" is only a month/);
    expect(date.hint).toMatch(/YYYY-MM-DD\.$/);
    expect(only(gate('<Timeline from="2025-02-30" />')).message).toMatch(/^from: .*February 2025 has 28 days/);
  });

  it('refuses a prop given twice', () => {
    expect(only(gate('<Claim id="a" id="b" />'))).toMatchObject({
      field: '(body) <Claim> id',
      message: 'id is given twice',
    });
  });

  it('ends every hint with a full stop or a question mark', () => {
    const problems = gate(
      [
        "import x from 'y'",
        '{x}',
        '<script />',
        '<Foo />',
        '<Claim />',
        '<Claim id="a" foo="b" />',
        '<TreatyStatus treaty={x} countries="a" asOf="2026" {...y} />',
        '<Timeline from="x" />',
      ].join('\n\n'),
    );
    expect(problems.length).toBeGreaterThan(8);
    for (const p of problems) expect(p.hint, p.message).toMatch(/[.?]$/);
  });
});

describe('the walk', () => {
  it('uses no recursion: a body nested 2,000 deep is walked', () => {
    const deep = parse(`${'> '.repeat(2000)}{x}\n`);
    const p = only(gateMdx(deep));
    expect(p.message).toBe('{x} is JavaScript, which runs when the site is built');
  });
});

describe('Astro reads the file as the check does', () => {
  const check = (text: string) => {
    const { file, problems } = parseContentFile('briefings', 'src/content/briefings/x.mdx', text);
    if (!file) return { parsed: false, problems };
    return {
      parsed: true,
      problem: astroReadsTheSame(text, text.length - file.body.length, Object.keys(file.data as object)),
    };
  };
  const HEAD = 'title: T\nsummary: S\npublished: "2026-02-03"\nauthors: [A]\nsubjects: { countries: [poland] }\n';

  it('for every briefing of the site', () => {
    const dir = join(import.meta.dirname, '../../content/briefings');
    for (const name of readdirSync(dir))
      expect(check(readFileSync(join(dir, name), 'utf8')), name).toEqual({ parsed: true, problem: undefined });
  });

  it('with CRLF line ends and a closing line with spaces after ---', () => {
    expect(check(`---\r\n${HEAD.replace(/\n/g, '\r\n')}---  \r\nBody.\r\n`).problem).toBeUndefined();
  });

  it("refuses a line that begins with --- inside the check's frontmatter, where Astro ends it", () => {
    // To the check (YAML 1.2) "---{process.exit(1)}" is a key; Astro ends the frontmatter there and compiles the rest.
    const text = `---\n${HEAD}description: >\n  folded\n---{process.exit(1)}: 1\n---\nBody.\n`;
    expect(check(text)).toEqual({
      parsed: true,
      problem: {
        line: 9,
        field: '(frontmatter)',
        message:
          'Astro would end the frontmatter at another line than the check does, and compile what the check took for fields',
        hint: 'write the frontmatter as "---", the fields, and a line that holds only "---", with nothing else on it.',
      },
    });
  });

  it("refuses a +++ line, which ends Astro's frontmatter and makes it compile the whole file", () => {
    const text = `---\n${HEAD}note: |\n  x\n+++: 1\n---\n\nBody.\n`;
    const result = check(text);
    expect(result.parsed).toBe(true);
    expect(result.problem?.message).toMatch(/Astro would end the frontmatter at another line/);
  });

  it('refuses a field that only Astro sees, such as a layout from a merge key', () => {
    const text = `---\n${HEAD}x: &a { layout: "/tmp/evil.mjs" }\n<<: *a\n---\nBody.\n`;
    const result = check(text);
    expect(result.problem).toMatchObject({
      field: '(frontmatter)',
      message: expect.stringMatching(/^Astro reads "layout" in this frontmatter/),
    });
  });

  it('refuses a frontmatter Astro cannot parse, instead of failing later in the build', () => {
    const text = `---\n${HEAD}tags: [!foo x]\n---\nBody.\n`;
    expect(check(text).problem).toMatchObject({
      line: 1,
      message: 'Astro cannot read this frontmatter: unknown tag !<!foo>',
    });
  });
});
