/**
 * Dated editions (issue 20): the ledger for AS_OF=D is the site as it could have been published on
 * D. Built from the test fixtures plus entries from after 3 February 2026, the edition of that day
 * leaves them out, and nothing that remains points at them: backlinks, relations, claim lists,
 * citations, the links in Markdown bodies.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerFromDisk } from './ledger-from-disk.ts';
import { getBacklinks } from './ledger.ts';
import { existedBy } from './edition.ts';
import { claimListPages } from './claim-lists.ts';
import { renderMarkdownSafe, unlinkEntries } from '../markdown/markdown.ts';
import { toIsoDate as d } from '../core/dates.ts';

const ROOT = join(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'ledger-edition-'));
const content = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

cpSync(join(ROOT, 'tests/fixtures/content'), content, { recursive: true });
const claim = (id: string, made: string, sources: string[], extra = '', body = '') =>
  writeFileSync(
    join(content, 'claims', `${id}.md`),
    `---
statement: Claim ${id}.
claimant: { name: Reuters, kind: outlet }
made: "${made}"
subjects: { countries: [poland], treaties: [ottawa-convention] }
kind: fact
sources:
${sources.map((s) => `  - source: ${s}`).join('\n')}
verdict:
  rating: unverified
  reason: Only the outlet says so.
${extra}---
${body}`,
  );
const files: Record<string, string> = {
  'sources/ap-2026-02-20.md': `---
kind: news-report
title: Poland leaves the mine ban
publisher: Associated Press
published: "2026-02-20"
url: https://example.org/ap-2026-02-20
standing: established-outlet
---
`,
  'briefings/later.mdx': `---
title: Poland has left
summary: Written after the withdrawal took effect.
published: "2026-02-21"
authors: [Treaty Ledger]
subjects: { countries: [poland], treaties: [ottawa-convention] }
---

Poland has left <Claim id="poland-left" />.
`,
  'briefings/earlier-but-updated.mdx': `---
title: Poland is leaving
summary: Published before, but as stored it cites a claim made later.
published: "2025-09-01"
authors: [Treaty Ledger]
subjects: { countries: [poland], treaties: [ottawa-convention] }
---

Poland is leaving <Claim id="four-states-announce-ottawa-exit" />, and has left <Claim id="poland-left" />.
`,
  'events/story.yaml': `events:
  - id: poland-apmbc-announcement-2025-03-18
    treaty: ottawa-convention
    country: poland
    type: announcement
    date: "2025-03-18"
    title: Defence minister recommends leaving the convention
    sources:
      - source: reuters-2025-03-18
  - id: poland-apmbc-decree-2026-03-01
    treaty: ottawa-convention
    country: poland
    type: decree
    date: "2026-03"
    title: A decree after the withdrawal
    sources:
      - source: reuters-2025-03-18
overrides: []
`,
};
for (const [path, text] of Object.entries(files)) writeFileSync(join(content, path), text);
// Made after D.
claim('poland-left', '2026-02-20', ['ap-2026-02-20']);
// Made before D, but known only from a source published after it.
claim('poland-vote-known-later', '2025-06', ['ap-2026-02-20']);
// Made before D, from sources of then and of later: kept, without the later citation; its relation
// to a claim left out goes, and its body's link to a briefing left out loses its link.
claim(
  'poland-announced',
  '2025-03-18',
  ['reuters-2025-03-18', 'ap-2026-02-20'],
  'relations:\n  - { type: supports, claim: poland-left }\n',
  'See the [briefing](/briefings/later/) and [Poland](/countries/poland/).\n',
);

const D = '2026-02-03';
const edition = ledgerFromDisk(ROOT, D, content);
const everything = ledgerFromDisk(ROOT, '2026-12-31', content);

describe('an edition leaves out what did not exist on its date', () => {
  it('leaves out later briefings and claims, and keeps them in a later edition', () => {
    expect([...edition.briefings.keys()].sort()).toEqual(['exit']);
    expect([...edition.claims.keys()].sort()).toEqual(['four-states-announce-ottawa-exit', 'poland-announced']);
    expect([...everything.briefings.keys()].sort()).toEqual(['earlier-but-updated', 'exit', 'later']);
    expect(everything.claims.size).toBe(4);
    expect([...edition.edition.leftOut].sort()).toEqual([
      'briefings:earlier-but-updated',
      'briefings:later',
      'claims:poland-left',
      'claims:poland-vote-known-later',
      'sources:ap-2026-02-20',
    ]);
  });

  it('keeps a claim made before the date without its later sources and relations', () => {
    const kept = edition.claims.get('poland-announced')!.data;
    expect(kept.sources.map((s) => s.source)).toEqual(['reuters-2025-03-18']);
    expect(kept.relations).toEqual([]);
    expect(edition.relationsByClaim.get('poland-announced')).toBeUndefined();
    expect(everything.relationsByClaim.get('poland-announced')?.map((r) => r.claim)).toEqual(['poland-left']);
  });

  it('leaves nothing pointing at what it left out: backlinks, claim lists, body links', () => {
    const targets = edition.edges.map((e) => `${e.to.collection}:${e.to.id}`);
    for (const left of edition.edition.leftOut) expect(targets).not.toContain(left);
    expect(getBacklinks(edition, 'countries', 'poland').map((e) => e.from.id)).not.toContain('poland-left');
    const listed = claimListPages(edition, 100).flatMap((p) => p.items.map((c) => c.id));
    expect(listed).not.toContain('poland-left');
    expect(edition.claimsByVerdict.get('unverified')?.map((c) => c.id)).toEqual(['poland-announced']);
    const body = edition.claims.get('poland-announced')!.body ?? '';
    const html = unlinkEntries(renderMarkdownSafe(body, '/ledger/'), '/ledger/', edition.edition.leftOut);
    expect(html).toBe('<p>See the briefing and <a href="/ledger/countries/poland/">Poland</a>.</p>');
  });

  it('leaves out hand-curated events dated after it, and keeps the record’s own sources', () => {
    const ids = (edition.eventsByCountry.get('poland') ?? []).map((e) => e.id);
    expect(ids).toContain('poland-apmbc-announcement-2025-03-18');
    expect(ids).not.toContain('poland-apmbc-decree-2026-03-01');
    expect((everything.eventsByCountry.get('poland') ?? []).map((e) => e.id)).toContain(
      'poland-apmbc-decree-2026-03-01',
    );
    // The depositary record as at 3 Feb 2026 stays in an edition of 2025: statuses are computed from it.
    const earlier = ledgerFromDisk(ROOT, '2025-12-01', content);
    expect(earlier.sources.has('untc-xxvi-5')).toBe(true);
    expect(earlier.claims.has('four-states-announce-ottawa-exit')).toBe(true);
    expect(earlier.claims.get('four-states-announce-ottawa-exit')?.data.sources.map((s) => s.source)).toEqual([
      'reuters-2025-03-18',
    ]);
  });
});

describe('existedBy', () => {
  it('counts a partial date from its first day', () => {
    expect(existedBy('2026-02', d('2026-02-01'))).toBe(true);
    expect(existedBy('2026', d('2025-12-31'))).toBe(false);
    expect(existedBy('2026-02-04', d('2026-02-03'))).toBe(false);
  });
});
