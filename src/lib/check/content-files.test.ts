import { describe, expect, it } from 'vitest';
import { parseContentFile, rememberParsedContentFile, takeParsedContentFile } from './content-files.ts';

const CLAIM = `---
statement: A statement.
claimant:
  name: Someone
  kind: person
made: "2025-03-18"
subjects:
  countries: [poland]
kind: fact
sources:
  - source: reuters-2025-03-18
verdict:
  rating: accurate
  reason: Because.
---

Body [link](/countries/poland/).
`;

describe('parseContentFile', () => {
  it('finds field lines on demand, without keeping the parsed document', () => {
    const { file } = parseContentFile('claims', 'src/content/claims/a.md', CLAIM);
    expect(file?.lineOf(['sources', 0, 'source'])).toBe(11);
    expect(file?.lineOf(['verdict', 'rating'])).toBe(13);
    expect(file?.lineOf(['claimant'])).toBe(4); // a map's line is where its first key is
    expect(file?.lineOf(['relations', 0])).toBe(2); // a missing field falls back to its parent: here the frontmatter's first line
    expect(file?.bodyLine).toBe(16);
  });

  it('reports YAML errors with their line', () => {
    const { file, problems } = parseContentFile(
      'claims',
      'src/content/claims/a.md',
      CLAIM.replace('kind: fact', 'kind: fact\nkind: opinion'),
    );
    expect(file).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ line: 10, field: '(yaml)', hint: 'a field appears twice; keep one' }),
    ]);
  });
});

describe('rememberParsedContentFile / takeParsedContentFile', () => {
  it('hands the integrity check’s parse to the loader once, for the same text only', () => {
    const path = `src/content/claims/cache-${Math.random().toString(36).slice(2)}.md`;
    const remembered = rememberParsedContentFile('claims', path, CLAIM);
    expect(takeParsedContentFile('claims', path, CLAIM)).toBe(remembered);
    const again = takeParsedContentFile('claims', path, CLAIM);
    expect(again).not.toBe(remembered);
    expect(again.file?.data).toEqual(remembered.file?.data);
  });

  it('parses again when the file changed after the check', () => {
    const path = `src/content/claims/cache-${Math.random().toString(36).slice(2)}.md`;
    rememberParsedContentFile('claims', path, CLAIM);
    const changed = CLAIM.replace('A statement.', 'Another statement.');
    expect((takeParsedContentFile('claims', path, changed).file?.data as { statement: string }).statement).toBe(
      'Another statement.',
    );
  });
});
