/**
 * The only module that calls `getCollection`. It loads every collection once per build and hands
 * plain entries to `buildLedger` (src/lib/ledger/ledger.ts), which computes statuses, counts, events and
 * backlinks once; pages read from the result and never scan a collection themselves.
 */
import { getCollection } from 'astro:content';
import { resolveAsOf } from './lib/config/as-of.ts';
import { buildLedger, type Entry, type Ledger } from './lib/ledger/ledger.ts';
import { renderMarkdownSafe, unlinkEntries } from './lib/markdown/markdown.ts';
import { DEFAULT_CLAIMS_PER_PAGE, parsePageSize } from './lib/core/pagination.ts';
import { restoreInWorker } from './lib/io/worker-handoff.ts';
import { getChangeIndex, lastChanged } from './lib/io/git-history.ts';
import { pageKeys, type PageKeys } from './lib/ledger/page-keys.ts';
import { resolveRepository } from './lib/urls/edit-links.ts';

export const AS_OF = resolveAsOf(process.env['AS_OF']);
export const BASE = import.meta.env.BASE_URL;
/** Claims per page of the claims list and its filters (CLAIMS_PER_PAGE, default 100). */
export const CLAIMS_PER_PAGE = parsePageSize(
  process.env['CLAIMS_PER_PAGE'],
  'CLAIMS_PER_PAGE',
  DEFAULT_CLAIMS_PER_PAGE,
);

let ledger: Promise<Ledger> | undefined;

const toEntry = <T>(e: {
  id: string;
  data: T;
  body?: string | undefined;
  filePath?: string | undefined;
}): Entry<T> => ({
  id: e.id,
  data: e.data,
  body: e.body,
  filePath: e.filePath,
});

export function getLedger(): Promise<Ledger> {
  ledger ??= (async () => {
    // A rendering thread (BUILD_WORKERS) first takes in the main thread's parses (src/lib/io/worker-handoff.ts).
    restoreInWorker();
    return buildLedger({
      asOf: AS_OF,
      countries: (await getCollection('countries')).map(toEntry),
      organizations: (await getCollection('organizations')).map(toEntry),
      treaties: (await getCollection('treaties')).map(toEntry),
      participation: (await getCollection('participation')).map(toEntry),
      events: (await getCollection('events')).map(toEntry),
      sources: (await getCollection('sources')).map(toEntry),
      claims: (await getCollection('claims')).map(toEntry),
      briefings: (await getCollection('briefings')).map(toEntry),
    });
  })();
  return ledger;
}

let keys: Promise<PageKeys> | undefined;

/**
 * The cacheKey of each page getStaticPaths returns (src/lib/ledger/page-keys.ts): from the ledger,
 * the settings that reach pages and the git dates the page footers print (EditLinks.astro).
 */
export function getPageKeys(): Promise<PageKeys> {
  keys ??= (async () => {
    const history = getChangeIndex(process.cwd(), process.env['LEDGER_CONTENT_DIR'] ?? 'src/content');
    return pageKeys(await getLedger(), {
      env: process.env,
      resolved: {
        base: BASE,
        site: import.meta.env.SITE,
        claimsPerPage: CLAIMS_PER_PAGE,
        repository: JSON.stringify(resolveRepository(process.env) ?? null),
        history: history.state,
      },
      changed: (filePath) => lastChanged(history, filePath),
    });
  })();
  return keys;
}

/**
 * Safe HTML of a Markdown body (claims, countries, treaties, sources), with site links based and
 * no link to an entry this dated edition leaves out.
 */
export function renderBody(body: string | undefined, ledger: Pick<Ledger, 'edition'>): string {
  return body ? unlinkEntries(renderMarkdownSafe(body, BASE), BASE, ledger.edition.leftOut) : '';
}

/** Briefing entries with Astro's render() for MDX: those of this dated edition (see the ledger). */
export async function getBriefingEntries() {
  const { briefings } = await getLedger();
  return (await getCollection('briefings')).filter((b) => briefings.has(b.id));
}
