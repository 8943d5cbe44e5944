/**
 * Gate: the words of treaty law (PRODUCT.md §2, issue 20) on everything a reader can get from the
 * built site — every page (text, meta descriptions, JSON-LD), every download, feed and schema, and
 * the browser code that writes words into pages. No "states bound", no "bound, not yet in force",
 * no "bound from" a day on which no treaty entered into force for a state; "consent to be bound"
 * and "still bound" stay. The same checker (src/lib/check/treaty-words.ts) is proved to fail on
 * injected faults in its unit test, and here on a built page with a fault written into it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWrongTreatyWords, readableText, type TreatyWordProblem } from '../../src/lib/check/treaty-words.ts';
import { ledgerFromDisk } from '../../src/lib/ledger/ledger-from-disk.ts';
import { ROOT, TEST_AS_OF } from '../../scripts/lib/build.ts';
import { buildDir, listFiles } from '../support/site.ts';

const ledger = ledgerFromDisk(ROOT, TEST_AS_OF);
/** Every day on which a treaty entered into force for some state, or itself: the days a state can be "bound from". */
const entryIntoForceDates = new Set<string>([
  ...[...ledger.participantsByTreaty.values()]
    .flat()
    .flatMap((p) => (p.entryIntoForce?.date ? [p.entryIntoForce.date] : [])),
  ...[...ledger.treaties.values()].flatMap((t) => (t.data.entryIntoForce.date ? [t.data.entryIntoForce.date] : [])),
]);

/** What a reader can read in a built file: page text and attributes for HTML, the text itself otherwise. */
function wordsIn(dir: string, file: string): TreatyWordProblem[] {
  const raw = readFileSync(join(dir, file), 'utf8');
  const text = file.endsWith('.html') ? readableText(raw) : raw;
  return findWrongTreatyWords(text, { entryIntoForceDates });
}

const readable = (file: string) =>
  !file.startsWith('pagefind/') &&
  (/\.(html|csv|json|xml|txt)$/.test(file) || (file.startsWith('_astro/') && file.endsWith('.js')));

describe.each(['root', 'ledger'] as const)('the %s build', (name) => {
  it('says "contracting states", "consented, not yet in force" and "ratifications" — never "bound" before entry into force', () => {
    const dir = buildDir(name);
    const files = listFiles(dir).filter(readable);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(200);
    expect(files).toEqual(expect.arrayContaining(['data/treaties.csv', 'data/schema/treaties.json']));
    const found = files.flatMap((f) => wordsIn(dir, f).map((p) => `${f}: "${p.match}" in ${p.excerpt}`));
    expect(found).toEqual([]);
  });
});

describe('the gate', () => {
  it('fails on a built page with a fault written into it, and passes the words it must allow', () => {
    const html = readFileSync(join(buildDir('root'), 'treaties/convention-on-cluster-munitions/index.html'), 'utf8');
    const faulty = html.replace(
      '</main>',
      '<p>112 states bound. Vanuatu: Bound, not yet in force, bound from 5 September 2025.</p></main>',
    );
    expect(findWrongTreatyWords(readableText(faulty), { entryIntoForceDates }).map((p) => p.rule)).toEqual([
      'states-bound',
      'bound-not-yet-in-force',
      'bound-from-before-entry-into-force',
    ]);
    const allowed = html.replace(
      '</main>',
      '<p>It consented to be bound; it is still bound; Vanuatu is bound from 1 March 2026.</p></main>',
    );
    expect(findWrongTreatyWords(readableText(allowed), { entryIntoForceDates })).toEqual([]);
  });

  it('knows the exports by their new column name', () => {
    const header = readFileSync(join(buildDir('root'), 'data/treaties.csv'), 'utf8').split('\r\n')[0] ?? '';
    expect(header.split(',')).toContain('contracting_states');
    expect(header.split(',')).not.toContain('states_bound');
    const schema = JSON.parse(readFileSync(join(buildDir('root'), 'data/schema/treaties.json'), 'utf8'));
    expect(schema.properties.rows.items.properties.contracting_states.description).toMatch(
      /Called states_bound in earlier releases/,
    );
    const data = readFileSync(join(buildDir('root'), 'data/index.html'), 'utf8');
    expect(data).toContain('data-changed-column="treaties.contracting_states"');
    expect(data).toContain('data-changed-column="sources.standing"');
  });
});
