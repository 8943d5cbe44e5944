import { describe, expect, it } from 'vitest';
import { isEmptySearch, parseSearchState, searchQueryString, toPagefindFilters } from './search-url.ts';

describe('search state in the URL', () => {
  it('reads words and facets, dropping unknown parameters and empty values', () => {
    expect(parseSearchState('?q=+mine%20ban+&type=claim&type=&colour=red&country=Poland')).toEqual({
      q: 'mine ban',
      filters: { type: ['claim'], country: ['Poland'] },
    });
  });

  it('keeps repeated values of a facet once each, in order', () => {
    expect(parseSearchState('type=claim&type=briefing&type=claim').filters.type).toEqual(['claim', 'briefing']);
  });

  it('writes q first, then facets in their fixed order, so one search has one URL', () => {
    const state = { q: 'Lithuania cluster', filters: { verdict: ['accurate'], type: ['claim'] } };
    expect(searchQueryString(state)).toBe('?q=Lithuania+cluster&type=claim&verdict=accurate');
    expect(parseSearchState(searchQueryString(state))).toEqual({
      q: 'Lithuania cluster',
      filters: { type: ['claim'], verdict: ['accurate'] },
    });
  });

  it('round-trips names with spaces, commas and ampersands', () => {
    const state = {
      q: 'a & b',
      filters: { treaty: ['Convention on Cluster Munitions'], country: ['Bonaire, Sint Eustatius & Saba'] },
    };
    expect(parseSearchState(searchQueryString(state))).toEqual(state);
  });

  it('an empty search has no query string', () => {
    expect(searchQueryString({ q: '  ', filters: {} })).toBe('');
    expect(isEmptySearch(parseSearchState(''))).toBe(true);
    expect(isEmptySearch(parseSearchState('?type=claim'))).toBe(false);
  });

  it('gives Pagefind one value as a string and several as "any of"', () => {
    expect(toPagefindFilters(parseSearchState('?type=claim&type=briefing&country=Poland'))).toEqual({
      type: { any: ['claim', 'briefing'] },
      country: 'Poland',
    });
  });
});
