/** Search metadata of pages, from the ledger built from the test fixtures (stable as src/content grows). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerFromDisk } from '../ledger/ledger-from-disk.ts';
import { pagefindMarkup, searchMetaFor } from './search-meta.ts';
import { fixtureLedger } from '../../../tests/support/ledger.ts';

const ROOT = join(import.meta.dirname, '../../..');
const ledger = fixtureLedger();

describe('search metadata', () => {
  it('a treaty: its own name, abbreviation, aliases and full title as weighted names; adopted year and date', () => {
    const meta = searchMetaFor(ledger, 'treaties', 'ottawa-convention');
    expect(meta).toMatchObject({
      type: 'treaty',
      treaties: ['Ottawa Convention'],
      year: '1997',
      date: '18 September 1997',
    });
    expect(meta.aliases).toEqual(expect.arrayContaining(['APMBC', 'Mine Ban Treaty', 'Ottawa Treaty']));
    expect(meta.aliases[0]).toBe('Ottawa Convention'); // weighted above the h1, so the page outranks mentions of it
    expect(meta.summary).toBe(ledger.treaties.get('ottawa-convention')?.data.summary);
  });

  it('a country: alternative names, region, the treaties it is on record for, and its standing in one line', () => {
    const meta = searchMetaFor(ledger, 'countries', 'poland');
    expect(meta).toMatchObject({
      type: 'country',
      countries: ['Poland'],
      regions: ['Europe'],
      aliases: ['Poland', 'Polska'],
      treaties: ['Ottawa Convention'],
    });
    expect(meta.summary).toBe(
      `Republic of Poland, Central Europe. Party to 0 of the ${ledger.treaties.size} treaties tracked as of 3 February 2026; withdrawal pending: Ottawa Convention.`,
    );
    expect(searchMetaFor(ledger, 'countries', 'lithuania').summary).toContain(
      'withdrawn: Convention on Cluster Munitions, Ottawa Convention',
    );
  });

  it('a claim: subjects as facets, verdict, the year and date it was made, who made it', () => {
    const meta = searchMetaFor(ledger, 'claims', 'four-states-announce-ottawa-exit');
    expect(meta).toMatchObject({
      type: 'claim',
      countries: ['Estonia', 'Latvia', 'Lithuania', 'Poland'],
      regions: ['Europe'],
      treaties: ['Ottawa Convention'],
      year: '2025',
      verdict: 'accurate',
      date: '18 March 2025',
    });
    expect(meta.summary).toBe(
      'Defence ministers of Poland, Estonia, Latvia and Lithuania, 18 March 2025, joint statement.',
    );
  });

  it('a source is about what rests on it: the claims that cite it and the treaties whose record it is', () => {
    expect(searchMetaFor(ledger, 'sources', 'reuters-2025-03-18')).toMatchObject({
      type: 'source',
      countries: ['Estonia', 'Latvia', 'Lithuania', 'Poland'],
      treaties: ['Ottawa Convention'],
      year: '2025',
    });
    const untc = searchMetaFor(ledger, 'sources', 'untc-xxvi-6');
    expect(untc.treaties).toEqual(['Convention on Cluster Munitions']);
    expect(untc.countries).toEqual([]); // not every participant of the record
  });

  it('a source carries its standing as a filter and in its result', () => {
    const meta = searchMetaFor(ledger, 'sources', 'reuters-2025-03-18');
    expect(meta.standing).toBe('established-outlet');
    const markup = pagefindMarkup(meta);
    expect(markup.filters).toContainEqual(['standing', 'established-outlet']);
    expect(markup.meta).toContainEqual(['standing', 'established-outlet']);
    expect(searchMetaFor(ledger, 'sources', 'untc-xxvi-6').standing).toBe('depositary-record');
    expect(searchMetaFor(ledger, 'claims', 'four-states-announce-ottawa-exit').standing).toBeUndefined();
  });

  it('a briefing: its subjects, summary and publication date', () => {
    expect(searchMetaFor(ledger, 'briefings', 'exit')).toEqual({
      type: 'briefing',
      treaties: ['Ottawa Convention'],
      countries: ['Poland'],
      regions: ['Europe'],
      topics: ['landmines'],
      year: '2025',
      summary: 'Why Poland and the Baltic states left the Ottawa Convention.',
      date: '20 March 2025',
      aliases: [],
    });
  });

  it('an unknown id is an error, not an empty page', () => {
    expect(() => searchMetaFor(ledger, 'countries', 'atlantis')).toThrow('no countries entry "atlantis"');
  });

  it('turns into Pagefind filters (one per value) and result metadata', () => {
    const markup = pagefindMarkup(searchMetaFor(ledger, 'claims', 'four-states-announce-ottawa-exit'));
    expect(markup.filters).toEqual([
      ['type', 'claim'],
      ['treaty', 'Ottawa Convention'],
      ['country', 'Estonia'],
      ['country', 'Latvia'],
      ['country', 'Lithuania'],
      ['country', 'Poland'],
      ['region', 'Europe'],
      ['topic', 'landmines'],
      ['year', '2025'],
      ['verdict', 'accurate'],
      ['evidence', 'verified'],
    ]);
    expect(markup.meta.map(([k]) => k)).toEqual(['type', 'summary', 'date', 'verdict']);
  });

  it('a treaty is filed under its topics, and its keywords are indexed with its names', () => {
    const meta = searchMetaFor(ledger, 'treaties', 'ottawa-convention');
    expect(meta.topics).toEqual(ledger.treaties.get('ottawa-convention')?.data.topics);
    expect(pagefindMarkup(meta).filters).toContainEqual(['topic', 'landmines']);
    expect(ledger.treaties.get('ottawa-convention')?.data.keywords).toEqual(['landmines', 'mines']);
    expect(meta.aliases).toEqual(expect.arrayContaining(['landmines', 'mines']));
  });

  it('claims and sources carry their evidence ("verified" or "weak"), which search ranks with', () => {
    const WEAK = ['aggregator', 'state-controlled', 'partisan', 'unofficial-copy'];
    const evidence = (l: typeof ledger, collection: 'claims' | 'sources', id: string) =>
      pagefindMarkup(searchMetaFor(l, collection, id)).filters.find(([k]) => k === 'evidence')?.[1];
    for (const [id, claim] of ledger.claims) {
      const standings = claim.data.sources.map((s) => ledger.sources.get(s.source)?.data.standing ?? '');
      const rating = claim.data.verdict.rating;
      const expected =
        rating === 'unverified' || standings.every((s) => WEAK.includes(s))
          ? 'weak'
          : rating === 'accurate' || rating === 'false'
            ? 'verified'
            : undefined;
      expect(evidence(ledger, 'claims', id), id).toBe(expected);
    }
    expect([...ledger.claims.keys()].map((id) => evidence(ledger, 'claims', id))).toContain('verified');
    for (const [id, source] of ledger.sources) {
      const { standing } = source.data;
      const expected = WEAK.includes(standing)
        ? 'weak'
        : standing === 'depositary-record' || standing === 'official-text'
          ? 'verified'
          : undefined;
      expect(evidence(ledger, 'sources', id), id).toBe(expected);
    }
    // The fixtures cite no weak source: the news report, read as state-controlled, is marked.
    const [id, report] = [...ledger.sources].find(([, s]) => s.data.standing === 'established-outlet') ?? [];
    if (!id || !report) throw new Error('fixture: an established-outlet source');
    expect(evidence(ledger, 'sources', id)).toBeUndefined();
    const restated = {
      ...ledger,
      sources: new Map([
        ...ledger.sources,
        [id, { ...report, data: { ...report.data, standing: 'state-controlled' as const } }],
      ]),
    };
    expect(evidence(restated, 'sources', id)).toBe('weak');
  });
});

describe('work per page', () => {
  it('reads the events once per ledger for source pages, not once per source', () => {
    // A ledger of its own, not the shared one: the count starts from a ledger nothing has read yet.
    const fresh = ledgerFromDisk(ROOT, '2026-02-03', join(ROOT, 'tests/fixtures/content'));
    let reads = 0;
    const counted = new Proxy(fresh, {
      get(target, key, receiver) {
        if (key === 'events') reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const ids = [...fresh.sources.keys()];
    expect(ids.length).toBeGreaterThan(1);
    const metas = ids.map((id) => searchMetaFor(counted, 'sources', id));
    expect(reads).toBe(1);
    expect(metas).toEqual(ids.map((id) => searchMetaFor(fresh, 'sources', id)));
  });
});
