/**
 * Search results as DOM, built with text nodes only (no innerHTML), shared by the header dialog
 * and the search page: the answer box, the results with their verdict and standing labels, and the
 * arrow keys that move between them. Styles: src/components/search/search.css and the site's
 * .verdict and .standing labels (src/styles/global.css).
 */
import { answerView, type NamedEntity } from '../lib/search/search-answer.ts';
import { toResultView, type ExcerptPart, type ResultView } from '../lib/search/search-results.ts';
import { BASE, type PagefindResult, type SearchOutcome } from './search-engine.ts';

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
  const meta = [view.typeLabel, view.date].filter((x): x is string => Boolean(x));
  const labels: Node[] = [];
  if (view.verdict && view.verdictLabel) {
    const verdict = el('span', `verdict verdict--${view.verdict}`, view.verdictLabel);
    verdict.dataset['verdict'] = view.verdict;
    labels.push(
      document.createTextNode(' '),
      el('span', 'visually-hidden', 'Verdict:'),
      document.createTextNode(' '),
      verdict,
    );
  }
  if (view.standing) {
    const standing = el('span', 'standing', view.standing);
    if (view.standingValue) standing.dataset['standing'] = view.standingValue;
    labels.push(
      document.createTextNode(' '),
      el('span', 'visually-hidden', 'Standing:'),
      document.createTextNode(' '),
      standing,
    );
  }
  if (meta.length || labels.length) item.append(el('p', 'search-result__meta', meta.join(' · '), ...labels));
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

function entityLink(entity: NamedEntity): HTMLAnchorElement {
  const a = el('a', '', entity.name);
  a.href = `${BASE}${entity.path.replace(/^\//, '')}`;
  return a;
}

/**
 * Fills the answer box above the results: a status line for each named country × treaty, and a
 * note where the words name several treaties. Hidden when there is nothing to say.
 */
export function renderAnswer(box: HTMLElement, outcome: Pick<SearchOutcome, 'named' | 'answers'>): void {
  const view = answerView(outcome.named, outcome.answers);
  const parts: HTMLElement[] = [];
  for (const line of view.lines) {
    const p = el(
      'p',
      'search-answer__line',
      entityLink(line.country),
      ' — ',
      entityLink(line.treaty),
      `: ${line.status}`,
    );
    p.dataset['searchAnswerLine'] = '';
    parts.push(p);
  }
  if (view.asOf)
    parts.push(
      el(
        'p',
        'search-answer__note',
        `Status on ${view.asOf}, from the depositary records and the events this ledger holds.`,
      ),
    );
  for (const { words, treaties } of view.ambiguous) {
    const p = el('p', 'search-answer__line', `“${words}” can mean ${treaties.length} treaties: `);
    treaties.forEach((t, i) => {
      if (i) p.append(i === treaties.length - 1 ? ' and ' : ', ');
      p.append(entityLink(t), t.year ? ` (${t.year})` : '');
    });
    p.append('.');
    p.dataset['searchAmbiguous'] = '';
    parts.push(p);
  }
  box.replaceChildren(...parts);
  box.hidden = parts.length === 0;
}

/**
 * ↓/↑ from the field and between the links of the answer and the results, in reading order (a
 * result's sections right after it); ↑ from the first link goes back to the field. Returns whether
 * the key was used.
 */
export function moveByArrow(event: KeyboardEvent, input: HTMLInputElement, links: HTMLAnchorElement[]): boolean {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const onInput = document.activeElement === input;
  if ((!onInput && at < 0) || !links.length) return false;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? (onInput ? 0 : at + 1) : at - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
  return true;
}
