/**
 * rehype plugin for briefings (MDX): site links written "/countries/poland/" get the base path,
 * so the same content works at "/" and under "/ledger/".
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { toSiteHref } from '../urls/routes.ts';

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

/** Elements whose `href` the rewrite touches (Markdown itself only makes `a`). */
const LINKING = ['a', 'area', 'link'];

/**
 * The same rewrite as a Sätteri hast plugin, for `satteri({ hastPlugins: [satteriSiteLinks({ base })] })`:
 * the port the benchmark uses to build briefings with Astro's default processor (BENCHMARKS.md).
 */
export function satteriSiteLinks(options: { base: string }) {
  return {
    name: 'treaty-ledger-site-links',
    element: {
      filter: LINKING,
      visit(el: Readonly<Element>, ctx: { setProperty(node: Readonly<Element>, key: string, value: unknown): void }) {
        const href = el.properties['href'];
        if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
          ctx.setProperty(el, 'href', toSiteHref(options.base, href));
        }
      },
    },
  };
}
