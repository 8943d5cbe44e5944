/**
 * Maps shared by every copy of a module in one process. A build loads the same source more than
 * once (the integration through Astro's config loader, the content config through Vite, the pages
 * from the bundle), so a module-level Map would not be seen by the others; one on globalThis is.
 * Used to hand work from the integrity check to the loaders and pages of the same build.
 */
const REGISTRY = Symbol.for('treaty-ledger.build-memos');

function registry(): Map<string, Map<unknown, unknown>> {
  const g = globalThis as unknown as Record<symbol, Map<string, Map<unknown, unknown>> | undefined>;
  return (g[REGISTRY] ??= new Map<string, Map<unknown, unknown>>());
}

export function buildMemo<K, V>(name: string): Map<K, V> {
  const memos = registry();
  let memo = memos.get(name);
  if (!memo) memos.set(name, (memo = new Map()));
  return memo as Map<K, V>;
}

/** Forgets everything remembered (tests that compare a run with and without the shared work). */
export function resetBuildMemos(): void {
  for (const memo of registry().values()) memo.clear();
}
