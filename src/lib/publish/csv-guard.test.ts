import { describe, expect, it } from 'vitest';
import { guardCsvText, needsCsvGuard, unguardCsvText } from './csv-guard.ts';

describe('CSV formula guard (OWASP)', () => {
  it.each([
    ['=HYPERLINK("https://evil.example/","x")', `'=HYPERLINK("https://evil.example/","x")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'quoted'", "''quoted'"],
    ["''", "'''"],
  ])('writes %j as %j', (value, cell) => {
    expect(guardCsvText(value)).toBe(cell);
    expect(needsCsvGuard(value)).toBe(true);
    expect(unguardCsvText(cell)).toBe(value);
  });

  it.each(['Poland', '', ' =1', 'a=b', '2025-06-19', '157', 'x-y', 'Ottawa Convention', '＝1', '\n=1'])(
    'leaves %j alone',
    (value) => {
      expect(guardCsvText(value)).toBe(value);
      expect(needsCsvGuard(value)).toBe(false);
      expect(unguardCsvText(value)).toBe(value);
    },
  );

  it('round-trips every short string of the characters that matter', () => {
    const alphabet = ['=', '+', '-', '@', '\t', '\r', "'", 'a', ' ', '\n'];
    const strings = [''];
    for (let length = 1; length <= 3; length++) {
      for (const s of strings.filter((x) => x.length === length - 1)) for (const c of alphabet) strings.push(s + c);
    }
    for (const value of strings) {
      const cell = guardCsvText(value);
      expect(unguardCsvText(cell), JSON.stringify(value)).toBe(value);
      expect(/^[=+\-@\t\r]/.test(cell), JSON.stringify(cell)).toBe(false);
    }
  });
});
