import { describe, expect, it } from 'vitest';
import { parseContentFile } from './content-files.ts';
import { controlCharProblems, decodeContentFile, nestingProblem } from './content-text.ts';

const CLAIM = [
  '---',
  'statement: "Poland said it\\vwould leave."', // YAML escape: a U+000B in the value, not in the file
  'claimant:',
  '  name: Government\u000bof Poland',
  '  kind: government',
  'subjects:',
  '  countries: [poland, "esto\\u202Enia"]',
  'extra\u0007key: 1',
  '---',
  '',
  'A clean line.',
  'A line with a \u001b[31m terminal escape and a \u202e bidi override.',
  'A line with a lone CR\rhere, and a CRLF at its end.\r',
  '',
].join('\n');

describe('control characters in content', () => {
  const { file } = parseContentFile('claims', 'src/content/claims/x.md', CLAIM);

  it('finds them in values, nested values, list items, field names and body lines, with file, line and field', () => {
    const problems = controlCharProblems(file!);
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [2, 'statement', 'the text holds U+000B (a control character) at character 15'],
      [4, 'claimant.name', 'the text holds U+000B (a control character) at character 11'],
      [
        7,
        'subjects.countries[1]',
        'the text holds U+202E (RIGHT-TO-LEFT OVERRIDE, a bidirectional control) at character 5',
      ],
      [8, 'extra\u0007key', 'the field name holds U+0007 (a control character) at character 6'],
      [12, '(body)', 'the line holds U+001B (a control character) at column 15'],
      [13, '(body)', 'the line holds U+000D (a carriage return without a line feed) at column 22'],
    ]);
    expect(problems.every((p) => p.file === 'src/content/claims/x.md' && /\.$/.test(p.hint ?? ''))).toBe(true);
    expect(problems[2]?.hint).toMatch(/^delete it: a bidirectional control/);
  });

  it('passes clean text, tabs and CRLF line ends', () => {
    const clean = parseContentFile(
      'claims',
      'src/content/claims/y.md',
      '---\r\nstatement: "a\tb"\r\n---\r\nBody\twith a tab.\r\n',
    ).file!;
    expect(controlCharProblems(clean)).toEqual([]);
  });

  it('reports at most 20 per file, then how many more lines there are', () => {
    const noisy = parseContentFile(
      'claims',
      'src/content/claims/z.md',
      `---\nstatement: x\n---\n${'\u0001\n'.repeat(50)}`,
    ).file!;
    const problems = controlCharProblems(noisy);
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)?.message).toBe('30 more lines hold control characters');
  });

  it('walks deep data without recursion', () => {
    let data: unknown = 'deep\u0000';
    for (let i = 0; i < 20000; i++) data = [data];
    const problems = controlCharProblems({ path: 'p', data, body: '', bodyLine: 1, lineOf: () => 1 });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe('the text holds U+0000 (a NUL character) at character 5');
  });
});

describe('encoding', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    expect(decodeContentFile('a.md', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a', bom: true });
  });

  it('names a Latin-1 file with the line of its first bad byte and the fix', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('---\nname: Fin'),
      0xe4,
      ...new TextEncoder().encode('land\n---\n'),
    ]);
    const result = decodeContentFile('src/content/countries/finland.md', latin1);
    expect(result.problem).toEqual({
      file: 'src/content/countries/finland.md',
      line: 2,
      field: '(file)',
      message: 'the file is not UTF-8 (the first byte that is not, 0xE4, is on line 2)',
      hint: 'save it as UTF-8 (in most editors: Save with Encoding › UTF-8); a Latin-1 or Windows-1252 file shows "ä" as "�" on the site.',
    });
  });
});

describe('nesting', () => {
  it('says how deep and what to do', () => {
    expect(nestingProblem({ path: 'src/content/claims/x.md', bodyLine: 12 }, 3003)).toMatchObject({
      line: 12,
      field: '(body)',
      message: 'the body nests 3003 levels deep (quotes in lists in emphasis…); at most 100 levels can be rendered',
    });
  });
});
