/**
 * The treaty-law wording lint (issue 20). The same checker runs over every built page and export
 * in tests/site/treaty-words.test.ts; here it is proved on small pages with the faults injected.
 */
import { describe, expect, it } from 'vitest';
import { checkTreatyWords, findWrongTreatyWords, readableText } from './treaty-words.ts';

/** Vanuatu (CCM): accession 5 Sep 2025, in force for it (a party, bound) from 1 Mar 2026. */
const ENTRY_INTO_FORCE = new Set(['2026-03-01', '2013-06-01', '2010-08-01']);
const lint = (html: string) =>
  findWrongTreatyWords(readableText(html), { entryIntoForceDates: ENTRY_INTO_FORCE }).map((p) => p.rule);

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><main>${body}</main></body></html>`;

describe('the treaty-law wording lint', () => {
  it('fails a page that counts "states bound"', () => {
    expect(lint(page('<p>On 3 February 2026: <strong>112</strong> states bound, 111 parties.</p>'))).toEqual([
      'states-bound',
    ]);
  });

  it('fails the old status label "Bound, not yet in force", in text and across markup', () => {
    expect(lint(page('<td><span class="status">Bound, not yet in force</span></td>'))).toEqual([
      'bound-not-yet-in-force',
    ]);
    expect(lint(page('<p>Vanuatu is <em>bound</em>, not yet\n in force</p>'))).toEqual(['bound-not-yet-in-force']);
  });

  it('fails "bound from" a date before the treaty entered into force for the state', () => {
    expect(lint(page('<p>Vanuatu is bound from 5 September 2025, its accession.</p>'))).toEqual([
      'bound-from-before-entry-into-force',
    ]);
    expect(lint(page('<p>Russia was bound from 30 June 2000.</p>'))).toEqual(['bound-from-before-entry-into-force']);
    const [problem] = findWrongTreatyWords('bound from 5 Sep 2025', { entryIntoForceDates: ENTRY_INTO_FORCE });
    expect(problem?.fix).toMatch(/no treaty entered into force for any state on 5 September 2025/);
  });

  it('reads attribute values and JSON-LD too, where search engines and social cards read them', () => {
    expect(lint('<head><meta name="description" content="Ottawa: 162 states bound."></head>')).toEqual([
      'states-bound',
    ]);
    expect(
      lint('<script type="application/ld+json">{"description":"178 states bound, not yet in force"}</script>'),
    ).toEqual(['states-bound', 'bound-not-yet-in-force']);
  });

  it('allows "consent to be bound", "still bound" and "bound from" the day of entry into force', () => {
    expect(
      lint(
        page(`
          <p>Signatory: signed, has not consented to be bound. Consent to be bound was deposited on 5 September 2025.</p>
          <p>Withdrawal pending: until then it is still bound. Ukraine remains bound; the states still bound by it.</p>
          <p>Vanuatu is a contracting state from 5 September 2025 and bound from 1 March 2026; Poland bound from 1 Jun 2013.</p>
          <p>112 contracting states; 111 parties. 178 ratifications; not in force. Consented, not yet in force.</p>`),
      ),
    ).toEqual([]);
  });

  it('ignores code: styles and executable scripts are not words a reader sees', () => {
    expect(lint('<style>.states bound{}</style><script>const s = "states bound";</script><p>fine</p>')).toEqual([]);
  });

  it('without entry-into-force dates, leaves the date rule out', () => {
    expect(findWrongTreatyWords('bound from 5 September 2025').map((p) => p.rule)).toEqual([]);
  });
});

describe('the same words in the content check', () => {
  const file = (data: unknown, body = '') => ({
    path: 'src/content/claims/x.md',
    data,
    body,
    bodyLine: 20,
    lineOf: (path: readonly PropertyKey[]) => (path.length ? 3 : undefined),
  });

  it('reports the field and line of a data value, and the body line', () => {
    const problems = checkTreatyWords([
      file(
        { statement: 'By 2026, 112 states bound.', sources: [{ locator: 'ok' }] },
        'One.\nBound, not yet in force.\n',
      ),
    ]);
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['statement', 3],
      ['(body)', 21],
    ]);
    expect(problems[0]?.hint).toMatch(/contracting states/);
  });

  it('accepts the words of treaty law', () => {
    expect(checkTreatyWords([file({ statement: 'It consented to be bound; it is still bound.' })])).toEqual([]);
  });
});
