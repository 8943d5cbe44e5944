/**
 * rehype plugin for briefings (MDX): site links written "/countries/poland/" get the base path,
 * so the same content works at "/" and under "/ledger/".
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { toSiteHref } from './routes.ts';

export function rehypeSiteLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (el: Element) => {
      const href = el.properties['href'];
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        el.properties['href'] = toSiteHref(options.base, href);
      }
    });
  };
}
