/**
 * The one hand-off of work between the steps of a build. The integrity check parses and scans every
 * content file first; the collection loaders, the ledger and the renderer need the same parses a
 * moment later. Each step leaves what it made here and the next step takes it, so a file is parsed
 * once per build.
 *
 * - **One store per process, on globalThis.** A build loads the same source more than once (the
 *   integration through Astro's config loader, the content config through Vite, the pages from the
 *   bundle), so a module-level Map would not be seen by the other copies; one on globalThis is.
 * - **One key function.** `handoffKey(...parts)` joins the parts that decide a result (the
 *   collection and path, the format, the base path, the exact text) with a separator no content
 *   can hold (NUL is refused by the check). Keys are plain strings and values plain data, so a
 *   worker thread — `prewarmContent` today, a rendering worker tomorrow — computes the same key for
 *   the same text and can send its results (`snapshot`) or receive another thread's (`restore`).
 * - **Taking forgets.** `take` removes what it returns: a long `astro dev` session does not keep
 *   every version of every file it has seen.
 */

/** What is handed over, by kind. */
export const HANDOFF_KINDS = [
  /** a content file parsed by the check (with its text), taken by the collection loader */
  'parsed-file',
  /** a worker thread's scan of a body, taken by the check */
  'prepared-scan',
  /** the check's scan of a body, taken by the ledger */
  'body-scan',
  /** HTML the check rendered from its parse of a Markdown body, read by the renderer */
  'rendered-body',
] as const;

export type HandoffKind = (typeof HANDOFF_KINDS)[number];

/** The hand-off between threads: plain data, for `postMessage` or `workerData`. */
export type HandoffSnapshot = Partial<Record<HandoffKind, [string, unknown][]>>;

const REGISTRY = Symbol.for('treaty-ledger.handoff');

function store(kind: HandoffKind): Map<string, unknown> {
  const g = globalThis as unknown as Record<symbol, Map<HandoffKind, Map<string, unknown>> | undefined>;
  const stores = (g[REGISTRY] ??= new Map<HandoffKind, Map<string, unknown>>());
  let map = stores.get(kind);
  if (!map) stores.set(kind, (map = new Map<string, unknown>()));
  return map;
}

/** The key of a result: the parts that decide it, in order (NUL never occurs in checked content). */
export function handoffKey(...parts: readonly string[]): string {
  return parts.join('\u0000');
}

/** Leaves a result for the next step; returns it. */
export function handOver<V>(kind: HandoffKind, key: string, value: V): V {
  store(kind).set(key, value);
  return value;
}

/** The result left under this key, and forgets it; undefined when there is none. */
export function take<V>(kind: HandoffKind, key: string): V | undefined {
  const map = store(kind);
  const value = map.get(key) as V | undefined;
  map.delete(key);
  return value;
}

/** The result left under this key, kept for the next reader (rendered HTML is read once per page that shows it). */
export function peek<V>(kind: HandoffKind, key: string): V | undefined {
  return store(kind).get(key) as V | undefined;
}

/** Forgets everything handed over (tests that compare a run with and without the shared work). */
export function forgetHandoffs(): void {
  for (const kind of HANDOFF_KINDS) store(kind).clear();
}

/** Everything of these kinds as plain data, for another thread (`restore` there). */
export function snapshot(kinds: readonly HandoffKind[]): HandoffSnapshot {
  const out: HandoffSnapshot = {};
  for (const kind of kinds) out[kind] = [...store(kind)];
  return out;
}

/** Takes in what another thread handed over (`snapshot` there); existing keys are replaced. */
export function restore(data: HandoffSnapshot): void {
  for (const kind of HANDOFF_KINDS) for (const [key, value] of data[kind] ?? []) store(kind).set(key, value);
}
