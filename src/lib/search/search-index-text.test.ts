import { describe, expect, it } from 'vitest';
import { needsListSeparators, withListSeparators } from './search-index-text.ts';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('the copy of a page Pagefind indexes', () => {
  it('keeps a term and its description apart, and one description from the next term', () => {
    const html = '<dl class="facts"><dt>Publisher</dt><dd>News.Az</dd><dt>Published</dt><dd>15 July 2025</dd></dl>';
    expect(needsListSeparators(html)).toBe(true);
    const indexed = text(withListSeparators(html));
    expect(indexed).toBe('Publisher: News.Az · Published: 15 July 2025 ·');
    expect(indexed).not.toMatch(/PublisherNews|Az\s*Published|2025Link/);
  });

  it('does not double a colon the term already has, and leaves pages without lists alone', () => {
    expect(text(withListSeparators('<dt>Kind:</dt>\n<dd>Opinion</dd>'))).toBe('Kind: Opinion ·');
    expect(needsListSeparators('<p>No list here</p>')).toBe(false);
  });
});
