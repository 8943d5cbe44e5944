import { describe, expect, it } from 'vitest';
import { fixtureLedger } from '../../../tests/support/ledger.ts';
import type { Entry, Ledger } from './ledger.ts';
import { PAGE_KEY_SETTINGS, pageKeys, type KeyedCollection, type PageKeyContext } from './page-keys.ts';
import { claimListPages } from './claim-lists.ts';

const context = (over: Partial<PageKeyContext> = {}): PageKeyContext => ({
  env: {},
  resolved: { base: '/', site: 'https://example.org', claimsPerPage: 100 },
  changed: () => '2026-01-01',
  ...over,
});

/** Every entry page of the fixture ledger with its key. */
function allKeys(ledger: Ledger, ctx: PageKeyContext = context()): Map<string, string> {
  const keys = pageKeys(ledger, ctx);
  const out = new Map<string, string>();
  for (const collection of ['claims', 'sources', 'countries', 'treaties', 'briefings'] as KeyedCollection[]) {
    for (const id of ledger[collection].keys()) out.set(`${collection}:${id}`, keys.entry(collection, id));
  }
  for (const page of claimListPages(ledger, 1)) out.set(`list:${page.path}`, keys.claimList(page));
  return out;
}

/** The pages whose keys differ between two ledgers or contexts. */
function changedPages(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...a.keys()].filter((k) => a.get(k) !== b.get(k)).sort();
}

/** The ledger with one entry's data changed (a copy; the shared ledger stays as it is). */
function withEntry<C extends 'sources' | 'countries' | 'claims'>(
  ledger: Ledger,
  collection: C,
  id: string,
  change: (e: Entry<unknown>) => Entry<unknown>,
): Ledger {
  const map = new Map(ledger[collection] as Map<string, Entry<unknown>>);
  map.set(id, change(map.get(id)!));
  return { ...ledger, [collection]: map };
}

describe('page keys', () => {
  const ledger = fixtureLedger();
  const before = allKeys(ledger);

  it('are the same for the same ledger and settings, and differ between pages', () => {
    expect(before.size).toBeGreaterThan(20);
    expect(allKeys(ledger)).toEqual(before);
    expect(new Set(before.values()).size).toBe(before.size);
  });

  it('change on every page with any setting that reaches the output, and with the as-of date', () => {
    for (const name of PAGE_KEY_SETTINGS) {
      const after = allKeys(ledger, context({ env: { [name]: 'x' } }));
      expect(changedPages(before, after), name).toEqual([...before.keys()].sort());
    }
    const base = allKeys(
      ledger,
      context({ resolved: { base: '/ledger/', site: 'https://example.org', claimsPerPage: 100 } }),
    );
    expect(changedPages(before, base)).toEqual([...before.keys()].sort());
    expect(changedPages(before, allKeys(fixtureLedger('2025-06-01')))).toEqual([...before.keys()].sort());
  });

  it("change with a source's title on the source's page, the pages that cite it, and the status pages", () => {
    const after = allKeys(
      withEntry(ledger, 'sources', 'reuters-2025-03-18', (e) => ({
        ...e,
        data: { ...(e.data as object), title: 'Another title' },
      })),
    );
    const changed = changedPages(before, after);
    expect(changed).toContain('sources:reuters-2025-03-18');
    expect(changed).toContain('claims:four-states-announce-ottawa-exit');
    // The events file and NATO's memberships cite it too: every page that shows the world changes.
    expect(changed).toEqual(
      expect.arrayContaining(['countries:poland', 'treaties:ottawa-convention', 'briefings:exit']),
    );
    // The list shows the claim's own card, not its sources.
    expect(changed.filter((k) => k.startsWith('list:'))).toEqual([]);
  });

  it("change with a country's aliases on its page, on the pages that name it, and where statuses are shown", () => {
    const after = allKeys(
      withEntry(ledger, 'countries', 'estonia', (e) => ({
        ...e,
        data: { ...(e.data as object), alternativeNames: ['Eesti', 'Estland'] },
      })),
    );
    const changed = changedPages(before, after);
    expect(changed).toEqual(
      expect.arrayContaining(['countries:estonia', 'countries:poland', 'treaties:ottawa-convention']),
    );
    expect(changed).toContain('claims:four-states-announce-ottawa-exit');
  });

  it("change with a claim's text on its page, its list pages, and the pages that list or cite it", () => {
    const after = allKeys(
      withEntry(ledger, 'claims', 'four-states-announce-ottawa-exit', (e) => ({ ...e, body: `${e.body ?? ''} More.` })),
    );
    const changed = changedPages(before, after);
    expect(changed).toEqual(
      expect.arrayContaining([
        'claims:four-states-announce-ottawa-exit',
        'list:/claims/',
        'sources:reuters-2025-03-18',
        'countries:poland',
        'treaties:ottawa-convention',
        'briefings:exit',
      ]),
    );
  });

  it('change with the date git gives an entry’s file, on its page and the pages that show it', () => {
    const after = allKeys(
      ledger,
      context({ changed: (path) => (path?.endsWith('reuters-2025-03-18.md') ? '2026-02-02' : '2026-01-01') }),
    );
    expect(changedPages(before, after)).toEqual(
      expect.arrayContaining(['sources:reuters-2025-03-18', 'claims:four-states-announce-ottawa-exit']),
    );
  });
});
