import { describe, expect, it } from 'vitest';
import { publisherAnchor, regionAnchor } from './anchors.ts';

describe('index anchors', () => {
  it.each([
    ['Europe', 'region-europe'],
    ['Latin America and the Caribbean', 'region-latin-america-and-the-caribbean'],
  ])('region %s → %s', (region, anchor) => expect(regionAnchor(region)).toBe(anchor));

  it.each([
    ['United Nations Treaty Collection', 'publisher-united-nations-treaty-collection'],
    ['news.by (Belarusian state media)', 'publisher-news-by-belarusian-state-media'],
    ['Komersant Ukrainian', 'publisher-komersant-ukrainian'],
    ['Já Notícias', 'publisher-ja-noticias'],
  ])('publisher %s → %s', (publisher, anchor) => expect(publisherAnchor(publisher)).toBe(anchor));
});
