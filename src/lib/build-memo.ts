/**
 * Maps shared by every copy of a module in one process. A build loads the same source more than
 * once (the integration through Astro's config loader, the content config through Vite, the pages
 * from the bundle), so a module-level Map would not be seen by the others; one on globalThis is.
 * Used to hand work from the integrity check to the loaders and pages of the same build.
 */
export function buildMemo<K, V>(name: string): Map<K, V> {
  const key = Symbol.for(`treaty-ledger.${name}`);
  const g = globalThis as unknown as Record<symbol, Map<K, V> | undefined>;
  return (g[key] ??= new Map<K, V>());
}
