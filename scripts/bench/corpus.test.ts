import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check/integrity.ts';
import { formatReport } from '../../src/lib/check/problems.ts';
import { claimId, generateCorpus, prng } from './corpus.ts';

const ROOT = join(import.meta.dirname, '../..');
const REFERENCE = join(ROOT, 'tests/fixtures/content');
const work = mkdtempSync(join(tmpdir(), 'ledger-corpus-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const generate = (name: string, claims: number, briefings: number, seed = 1) => {
  const outDir = join(work, name);
  return { outDir, stats: generateCorpus({ outDir, referenceDir: REFERENCE, claims, briefings, seed }) };
};

const readAll = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );

describe('generateCorpus', () => {
  const { outDir, stats } = generate('a', 120, 6);

  it('writes a corpus the integrity check accepts', () => {
    const { problems, corpus } = checkProject(work, outDir);
    expect(problems, formatReport(problems)).toEqual([]);
    expect(corpus.claims.size).toBe(120);
    expect(corpus.briefings.size).toBe(6);
    expect(corpus.sources.size).toBe(stats.files.sources);
  });

  it('copies the reference countries, treaties, participation, organizations, events and sources', () => {
    for (const folder of ['countries', 'treaties', 'participation', 'organizations', 'events']) {
      expect(readdirSync(join(outDir, folder)).sort(), folder).toEqual(readdirSync(join(REFERENCE, folder)).sort());
    }
    expect(stats.countries).toEqual(['estonia', 'latvia', 'lithuania', 'poland']);
    expect(stats.files.sources).toBe(readdirSync(join(REFERENCE, 'sources')).length + stats.sources);
  });

  it('makes claims about real countries and treaties, related to earlier claims, cited by briefings', () => {
    const { corpus, edges } = checkProject(work, outDir);
    for (const claim of corpus.claims.values()) {
      for (const c of claim.data.subjects.countries) expect(stats.countries).toContain(c);
      for (const t of claim.data.subjects.treaties) expect(stats.treaties).toContain(t);
      for (const r of claim.data.relations) expect(r.claim < claim.id).toBe(true);
    }
    const relations = edges.filter((e) => e.relation === 'related-claim').length;
    const citations = edges.filter((e) => e.relation === 'cites-claim').length;
    const bodyLinks = edges.filter((e) => e.field === '(body)' && e.from.collection === 'claims').length;
    expect(relations).toBeGreaterThan(60);
    expect(citations).toBeGreaterThan(6 * 3);
    expect(bodyLinks).toBeGreaterThan(60);
    const components = [...corpus.briefings.values()].flatMap((b) => b.scan?.components.map((c) => c.name) ?? []);
    expect(new Set(components)).toEqual(new Set(['Claim', 'TreatyStatus']));
  });

  it('is the same for the same seed and different for another', () => {
    expect(readAll(generate('b', 120, 6).outDir)).toEqual(readAll(outDir));
    expect(readAll(generate('c', 120, 6, 2).outDir)).not.toEqual(readAll(outDir));
  });

  it('refuses to write into a folder that has content', () => {
    expect(() => generateCorpus({ outDir, referenceDir: REFERENCE, claims: 1, briefings: 0 })).toThrow(/not empty/);
  });

  it('numbers ids so they sort in order', () => {
    expect(claimId(9) < claimId(10)).toBe(true);
  });
});

describe('prng', () => {
  it('is deterministic and spread over [0, 1)', () => {
    const a = prng(42);
    const b = prng(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(400);
  });
});
