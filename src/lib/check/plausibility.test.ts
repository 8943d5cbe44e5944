import { describe, expect, it } from 'vitest';
import {
  dateFindings,
  implausibleDate,
  remoteImage,
  supersedeCircles,
  titleTooLong,
  urlFindings,
  type ClaimRelations,
} from './plausibility.ts';

const AS_OF = '2026-02-03';
const file = (path: string, lines: Record<string, number> = {}) => ({
  path,
  lineOf: (p: readonly PropertyKey[]) => lines[p.join('.')] ?? 1,
});

describe('dates', () => {
  it.each(['1899', '1899-07-29', '2025-06-19', '2027', '2027-12-31'])('accepts %s (AS_OF 2026-02-03)', (date) => {
    expect(implausibleDate(date, AS_OF)).toBeUndefined();
  });

  it.each([
    ['1898-12-31', /^31 December 1898 is before 1899/],
    ['0025', /is before 1899/],
    [
      '2028-01-01',
      /^1 January 2028 is after 2027, more than a year after the date the site is built for \(2026-02-03\)$/,
    ],
    ['2205', /^2205 is after 2027/],
  ])('refuses %s', (date, why) => {
    const verdict = implausibleDate(date, AS_OF);
    expect(verdict?.message).toMatch(why);
    expect(verdict?.hint).toMatch(/^check the year against the source/);
  });

  it('follows AS_OF, not the clock', () => {
    expect(implausibleDate('2031', '2030-01-01')).toBeUndefined();
    expect(implausibleDate('2031', '2029-12-31')).toBeDefined();
  });

  it('places the problem on the field of a claim or source', () => {
    const claim = { made: '2205-03-18', reviewed: '1800-01-01', statement: 'x' };
    expect(
      dateFindings('claims', claim, file('src/content/claims/x.md', { made: 6, reviewed: 30 }), AS_OF).map((p) => [
        p.field,
        p.line,
      ]),
    ).toEqual([
      ['made', 6],
      ['reviewed', 30],
    ]);
    const source = { published: '2025', retrieved: '2099-01-01' };
    expect(dateFindings('sources', source, file('src/content/sources/x.md'), AS_OF).map((p) => p.field)).toEqual([
      'retrieved',
    ]);
  });
});

describe('claims that supersede each other', () => {
  const claim = (id: string, ...supersedes: string[]): ClaimRelations => ({
    id,
    relations: [{ type: 'supports', claim: 'other' }, ...supersedes.map((c) => ({ type: 'supersedes', claim: c }))],
    file: file(`src/content/claims/${id}.md`, { 'relations.1.claim': 21, 'relations.2.claim': 22 }),
  });

  it('finds two claims that supersede each other, once', () => {
    const problems = supersedeCircles([
      claim('b-claim', 'a-claim'),
      claim('a-claim', 'b-claim'),
      claim('c-claim', 'a-claim'),
    ]);
    expect(problems).toEqual([
      {
        file: 'src/content/claims/a-claim.md',
        line: 21,
        field: 'relations[1].claim',
        message: '"a-claim" and "b-claim" supersede each other',
        hint: 'a newer claim supersedes an older one, never the other way round as well: remove the relation from the older claim.',
      },
    ]);
  });

  it('finds a longer circle, and accepts chains and trees', () => {
    const circle = supersedeCircles([claim('x', 'y'), claim('y', 'z'), claim('z', 'x')]);
    expect(circle.map((p) => p.message)).toEqual(['these claims supersede each other in a circle: x → y → z → x']);
    expect(supersedeCircles([claim('a', 'b', 'c'), claim('b', 'c'), claim('c'), claim('d', 'missing')])).toEqual([]);
  });

  it('walks a chain of 20,000 claims without recursion', () => {
    const chain = Array.from({ length: 20000 }, (_, i) => claim(`c${i}`, `c${i + 1}`));
    expect(supersedeCircles(chain)).toEqual([]);
    chain.push(claim('c20000', 'c0'));
    expect(supersedeCircles(chain)).toHaveLength(1);
  });
});

describe('URLs', () => {
  it('accepts an ordinary address', () => {
    expect(
      urlFindings('https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26', {
        source: true,
      }),
    ).toEqual([]);
  });

  it.each(['https://user:pass@example.org/', 'https://token@example.org/x'])('refuses credentials in %s', (url) => {
    expect(urlFindings(url)).toEqual([
      {
        message: 'the address holds a user name or password',
        hint: expect.stringMatching(/^remove the "name:password@" part/),
      },
    ]);
  });

  it.each(['https://example.org/a%00b', 'https://example.org/a\u0000b'])('refuses a NUL in %j', (url) => {
    expect(urlFindings(url).map((v) => v.message)).toContain('the address holds a NUL character (%00)');
  });

  it('warns, without failing, on an http: source address', () => {
    expect(urlFindings('http://www.mfa.gov.example/statement', { source: true })).toEqual([
      {
        severity: 'warning',
        message: 'the address is http:, not https:',
        hint: expect.stringMatching(/keep http:\/\/ only if it has none\.$/),
      },
    ]);
    expect(urlFindings('http://www.example.org/')).toEqual([]);
  });
});

describe('titles', () => {
  it('accepts 300 characters, counting what a reader sees', () => {
    expect(titleTooLong('x'.repeat(300))).toBeUndefined();
    expect(titleTooLong('😀'.repeat(300))).toBeUndefined();
  });

  it('refuses 301', () => {
    expect(titleTooLong('x'.repeat(301))).toEqual({
      message: 'the title is 301 characters long, over the 300 a title may have',
      hint: 'shorten it to one line; put the rest in the summary or the body.',
    });
  });
});

describe('images', () => {
  it.each([
    'https://evil.example/pixel.png',
    'http://example.org/a.jpg',
    '//cdn.example/x.svg',
    ' HTTPS://x.example/y',
  ])('refuses the remote image %s', (url) => {
    const verdict = remoteImage(url);
    expect(verdict?.message).toMatch(
      /is on another site, and the site's Content-Security-Policy blocks images from other sites \(img-src 'self'\)/,
    );
    expect(verdict?.hint).toBe('remove the image, or link to it instead: [what it shows](https://…).');
  });

  it('leaves site images to the link rules', () => {
    expect(remoteImage('/images/map.png')).toBeUndefined();
  });
});
