import { describe, expect, it } from 'vitest';
import {
  parseShardsManifest,
  planShards,
  shardFolder,
  shardedEntry,
  shardsManifest,
  stableHash,
} from './search-shards.ts';

const claims = (n: number) => Array.from({ length: n }, (_, i) => `claims/claim-${i}/index.html`);
const site = [
  'index.html',
  'claims/index.html',
  'claims/page/2/index.html',
  'claims/verdict/accurate/index.html',
  'countries/poland/index.html',
  'countries/poland/claims/index.html',
  'sources/index.html',
];

describe('search index shards', () => {
  it('knows a claim or source page from a list page', () => {
    expect(shardedEntry('claims/claim-1/index.html')).toEqual({ collection: 'claims', id: 'claim-1' });
    expect(shardedEntry('sources/un-1997/index.html')).toEqual({ collection: 'sources', id: 'un-1997' });
    for (const page of site) expect(shardedEntry(page), page).toBeUndefined();
  });

  it('keeps a small site in one index, the main one', () => {
    const shards = planShards([...site, ...claims(50)], 100);
    expect(shards).toHaveLength(1);
    expect(shards[0]!.name).toBe('');
    expect(shards[0]!.pages).toHaveLength(site.length + 50);
    expect(shardsManifest(shards)).toEqual({ shards: [] });
  });

  it('splits a large collection into about n / shardPages shards, every page exactly once', () => {
    const pages = [...site, ...claims(1000), 'sources/a/index.html'];
    const shards = planShards(pages, 300);
    expect(shards.map((s) => s.name)).toEqual(['', 'claims-1', 'claims-2', 'claims-3', 'claims-4']);
    expect(shards[0]!.pages).toEqual([...site, 'sources/a/index.html'].sort());
    const all = shards.flatMap((s) => s.pages);
    expect(all.sort()).toEqual([...pages].sort());
    for (const shard of shards.slice(1)) {
      expect(shard.pages.length).toBeGreaterThan(150);
      expect(shard.pages.length).toBeLessThan(350);
      expect(shard.pages).toEqual([...shard.pages].sort());
    }
    expect(shardsManifest(shards).shards).toEqual([
      'shards/claims-1/',
      'shards/claims-2/',
      'shards/claims-3/',
      'shards/claims-4/',
    ]);
    expect(shardFolder({ name: '' })).toBe('');
  });

  it('moves no other page when a claim is added or deleted (same number of shards)', () => {
    const before = planShards(claims(1000), 300);
    const after = planShards(
      [...claims(1000).filter((p) => p !== 'claims/claim-7/index.html'), 'claims/new/index.html'],
      300,
    );
    const shardOfPage = (shards: typeof before, page: string) => shards.find((s) => s.pages.includes(page))?.name;
    for (const page of claims(1000)) {
      if (page === 'claims/claim-7/index.html') continue;
      expect(shardOfPage(after, page)).toBe(shardOfPage(before, page));
    }
  });

  it('hashes ids the same way every time', () => {
    expect(stableHash('claim-1')).toBe(stableHash('claim-1'));
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(stableHash('a')).toBe(0xe40c292c);
    expect(stableHash('claim-1')).not.toBe(stableHash('claim-2'));
  });

  it('refuses a shard size that is not a whole number', () => {
    expect(() => planShards(site, 0)).toThrow(/whole number/);
    expect(() => planShards(site, 1.5)).toThrow(/whole number/);
  });

  it('reads only well-formed shard folders from a manifest the browser fetched', () => {
    expect(parseShardsManifest({ shards: ['shards/claims-1/', 'shards/sources-2/'] })).toEqual([
      'shards/claims-1/',
      'shards/sources-2/',
    ]);
    expect(parseShardsManifest({ shards: ['../../evil/', 'https://x.org/', '/abs/', 'shards/x', 3] })).toEqual([]);
    expect(parseShardsManifest(null)).toEqual([]);
    expect(parseShardsManifest('[]')).toEqual([]);
    expect(parseShardsManifest({})).toEqual([]);
  });
});
