/**
 * The ledgers tests read, each built once per worker process and then shared: `realLedger()` (the
 * content in src/content) and `fixtureLedger()` (tests/fixtures/content), by default for
 * TEST_AS_OF. Building the real ledger from disk takes 1–2 s (every file read, parsed and checked);
 * a dozen test files used to build it again each, some several times.
 *
 * The memo lives on globalThis, so every copy of this module in a process sees it (Vitest's `unit`
 * project runs without isolation, so the test files of one worker share it; the `astro` and `site`
 * projects share it within a file). A shared ledger is read-only: a test that needs a ledger no
 * other test has seen (to count reads through a Proxy, to mutate it) calls `ledgerFromDisk` itself.
 */
import { join } from 'node:path';
import { ROOT, TEST_AS_OF } from '../../scripts/lib/build.ts';
import type { Ledger } from '../../src/lib/ledger/ledger.ts';
import { ledgerFromDisk } from '../../src/lib/ledger/ledger-from-disk.ts';

export const FIXTURES_DIR = join(ROOT, 'tests/fixtures/content');

const MEMO = Symbol.for('treaty-ledger.test-ledgers');

function memo(): Map<string, Ledger> {
  const g = globalThis as unknown as Record<symbol, Map<string, Ledger> | undefined>;
  return (g[MEMO] ??= new Map<string, Ledger>());
}

/** The ledger of a content folder (default src/content) on a date, built on first use. */
export function sharedLedger(asOf: string = TEST_AS_OF, contentDir?: string): Ledger {
  const key = `${asOf}\u0000${contentDir ?? ''}`;
  const ledgers = memo();
  let ledger = ledgers.get(key);
  if (!ledger) ledgers.set(key, (ledger = ledgerFromDisk(ROOT, asOf, contentDir)));
  return ledger;
}

/** The real content (src/content), as the site builds it. */
export const realLedger = (asOf: string = TEST_AS_OF): Ledger => sharedLedger(asOf);

/** The small fixture corpus (tests/fixtures/content) the rule tests are written against. */
export const fixtureLedger = (asOf: string = TEST_AS_OF): Ledger => sharedLedger(asOf, FIXTURES_DIR);
