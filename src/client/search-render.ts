/**
 * Search results as DOM, built with text nodes only (no innerHTML), shared by the header dialog
 * and the search page. Styles: src/components/search/search.css.
 */
import { toResultView, type ExcerptPart, type ResultView } from '../lib/search/search-results.ts';
import type { PagefindResult } from './search-engine.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function excerpt(parts: ExcerptPart[]): Node[] {
  return parts.map((p) => (p.mark ? el('mark', '', p.text) : document.createTextNode(p.text)));
}

export function resultItem(view: ResultView): HTMLLIElement {
  const link = el('a', 'search-result__link', view.title);
  link.href = view.url;
  const item = el('li', 'search-result', link);
  if (view.type) item.dataset['type'] = view.type;
  const meta = [view.typeLabel, view.date, view.standing].filter((x): x is string => Boolean(x));
  if (meta.length) item.append(el('p', 'search-result__meta', meta.join(' · ')));
  if (view.summary) item.append(el('p', 'search-result__summary', view.summary));
  if (view.excerpt.length) item.append(el('p', 'search-result__excerpt', ...excerpt(view.excerpt)));
  if (view.sections.length) {
    const list = el('ul', 'search-result__sections');
    for (const section of view.sections) {
      const a = el('a', '', section.title);
      a.href = section.url;
      list.append(el('li', '', a, el('span', 'search-result__excerpt', ...excerpt(section.excerpt))));
    }
    item.append(list);
  }
  return item;
}

/**
 * Loads the data of `results[from…from+count)` and appends their items to `list`. Returns false
 * when `isCurrent()` turned false meanwhile (a newer search started), having added nothing.
 */
export async function appendResults(
  list: HTMLElement,
  results: PagefindResult[],
  from: number,
  count: number,
  isCurrent: () => boolean,
): Promise<boolean> {
  const data = await Promise.all(results.slice(from, from + count).map((r) => r.data()));
  if (!isCurrent()) return false;
  list.append(...data.map((d) => resultItem(toResultView(d))));
  return true;
}
