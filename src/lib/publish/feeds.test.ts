import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toAtom } from './atom.ts';
import { briefingsFeed, countryFeed, dataDate, feedPath, treatyFeed } from './feeds.ts';
import { ledgerFromDisk } from '../ledger/ledger-from-disk.ts';
import { siteUrls } from '../urls/site-urls.ts';
import { fixtureLedger } from '../../../tests/support/ledger.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/content');
const ledger = fixtureLedger();
const urls = siteUrls('https://example.org', '/ledger/');

describe('feed paths', () => {
  it('puts every feed under /feeds/', () => {
    expect(feedPath({ kind: 'briefings' })).toBe('/feeds/briefings.xml');
    expect(feedPath({ kind: 'treaties', id: 'ottawa-convention' })).toBe('/feeds/treaties/ottawa-convention.xml');
    expect(feedPath({ kind: 'countries', id: 'poland' })).toBe('/feeds/countries/poland.xml');
  });
});

describe('the country feed', () => {
  const feed = countryFeed(ledger, urls, 'poland');
  const titles = feed.entries.map((e) => e.title);

  it('has Poland’s events up to the as-of date and the claims about Poland, newest first', () => {
    expect(titles).toEqual([
      'Poland, Ottawa Convention: Withdrawal deposited',
      // Same day: ties go by id, and tag:…/claims/ sorts before tag:…/events/.
      expect.stringMatching(/^On 18 March 2025 the defence ministers/),
      'Poland, Ottawa Convention: Defence minister recommends leaving the convention',
      'Poland, Ottawa Convention: Entered into force for the state',
      'Poland, Ottawa Convention: Ratification deposited',
      'Poland, Ottawa Convention: Signed',
    ]);
    const updated = feed.entries.map((e) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  it('says when a deposited withdrawal takes effect, and leaves the future effect out until it happens', () => {
    const deposited = feed.entries[0];
    expect(deposited?.summary).toContain('20 August 2025: Withdrawal deposited');
    expect(deposited?.summary).toContain('It takes effect on 20 February 2026.');
    expect(titles.some((t) => t.includes('Withdrawal takes effect'))).toBe(false);
    const later = countryFeed(fixtureLedger('2026-03-01'), urls, 'poland');
    expect(later.entries[0]?.title).toBe('Poland, Ottawa Convention: Withdrawal takes effect');
    expect(later.entries[0]?.updated).toBe('2026-02-20T00:00:00Z');
  });

  it('dates a claim by its review only up to the as-of date (a later review is not news of this edition)', () => {
    const { claims } = ledgerFromDisk(ROOT, '2026-02-03', FIXTURES);
    const claim = claims.get('four-states-announce-ottawa-exit')!;
    const reviewedLater = { ...claim, data: { ...claim.data, reviewed: '2026-12-05' } };
    const edition = { ...ledger, claims: new Map([[claim.id, reviewedLater]]) };
    const entry = countryFeed(edition, urls, 'poland').entries.find((e) => e.id.includes('/claims/'));
    expect(entry?.updated).toBe('2025-03-18T00:00:00Z');
    const reviewedBefore = { ...claim, data: { ...claim.data, reviewed: '2026-01-05' } };
    const earlier = { ...ledger, claims: new Map([[claim.id, reviewedBefore]]) };
    expect(countryFeed(earlier, urls, 'poland').entries.find((e) => e.id.includes('/claims/'))?.updated).toBe(
      '2026-01-05T00:00:00Z',
    );
  });

  it('links each entry to absolute pages with the base path and gives it a permanent tag id', () => {
    const deposited = feed.entries[0];
    expect(deposited?.id).toBe('tag:example.org,2026:/events/ottawa-convention:poland:withdrawal-deposited');
    expect(deposited?.links).toEqual([
      { href: 'https://example.org/ledger/countries/poland/' },
      { rel: 'related', href: 'https://example.org/ledger/treaties/ottawa-convention/' },
    ]);
    expect(feed.self).toBe('https://example.org/ledger/feeds/countries/poland.xml');
    expect(feed.entries.find((e) => e.id.includes('/claims/'))?.links[0]?.href).toBe(
      'https://example.org/ledger/claims/four-states-announce-ottawa-exit/',
    );
  });

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(toAtom(feed))).toBe(true);
  });
});

describe('the treaty feed', () => {
  it('has the treaty’s events from every participant, linked to the treaty page first', () => {
    const feed = treatyFeed(ledger, urls, 'ottawa-convention');
    expect(new Set(feed.entries.map((e) => e.title.split(',')[0]))).toEqual(
      new Set(['Poland', 'Estonia', 'Latvia', 'Lithuania']),
    );
    expect(
      feed.entries.every((e) => e.links[0]?.href === 'https://example.org/ledger/treaties/ottawa-convention/'),
    ).toBe(true);
    expect(feed.entries[0]?.title).toBe('Estonia, Ottawa Convention: Withdrawal takes effect');
  });
});

describe('the briefings feed', () => {
  it('lists each briefing with its dates, authors and subjects', () => {
    const feed = briefingsFeed(ledger, urls);
    expect(feed.entries).toEqual([
      expect.objectContaining({
        id: 'tag:example.org,2026:/briefings/exit/',
        title: 'Four states leave the mine ban',
        published: '2025-03-20T00:00:00Z',
        updated: '2025-03-20T00:00:00Z',
        authors: ['Treaty Ledger'],
        summary: 'Why Poland and the Baltic states left the Ottawa Convention.',
        links: [{ href: 'https://example.org/ledger/briefings/exit/' }],
      }),
    ]);
  });

  it('is dated by the newest data when there are no briefings', () => {
    const empty = briefingsFeed({ ...ledger, briefings: new Map() }, urls);
    expect(empty.entries).toEqual([]);
    // The newest date on or before 3 Feb 2026: the depositary's status stamp.
    expect(toAtom(empty)).toContain('<updated>2026-02-03T00:00:00Z</updated>');
  });
});

describe('work per feed', () => {
  it('finds the data date once per ledger, not once per feed (it reads every claim and event)', () => {
    // A ledger of its own, not the shared one: the count starts from a ledger nothing has read yet.
    const fresh = ledgerFromDisk(ROOT, '2026-02-03', FIXTURES);
    let reads = 0;
    const counted = new Proxy(fresh, {
      get(target, key, receiver) {
        if (key === 'claims' || key === 'events') reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const first = dataDate(counted);
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) expect(dataDate(counted)).toBe(first);
    expect(reads).toBe(afterFirst);
    expect(first).toBe(dataDate(ledger));
  });
});
