import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.ts';
import { rehypeSiteLinks, satteriSiteLinks } from './rehype-site-links.ts';

const MARKDOWN =
  'See [Poland](/countries/poland), [the rules](/treaties/ctbt/#rules), [a file](/data/claims.csv), [the web](https://example.org/), [protocol-relative](//example.org/x) and [a fragment](#top).';
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

describe('site links in briefings', () => {
  const viaRehype = (base: string) => {
    const tree = toHast(parseMarkdown(MARKDOWN)) as HastRoot;
    rehypeSiteLinks({ base })(tree);
    return toHtml(tree);
  };
  const viaSatteri = (base: string) => markdownToHtml(MARKDOWN, { hastPlugins: [satteriSiteLinks({ base })] }).html;

  it('give site paths the base path and trailing slash, and leave other links alone', () => {
    expect(hrefs(viaRehype('/ledger/'))).toEqual([
      '/ledger/countries/poland/',
      '/ledger/treaties/ctbt/#rules',
      '/ledger/data/claims.csv',
      'https://example.org/',
      '//example.org/x',
      '#top',
    ]);
  });

  it('are rewritten the same by the Sätteri port as by the rehype plugin', () => {
    for (const base of ['/', '/ledger/']) expect(hrefs(viaSatteri(base))).toEqual(hrefs(viaRehype(base)));
  });
});
