/**
 * The search page (/search/, markup: src/components/search/SearchPanel.astro). Its state is the
 * URL: `?q=…&type=claim&country=Poland` is read on load, and every change is written back with
 * history.replaceState, so a copied address reproduces the search. Facet options come from the
 * index itself (every value Pagefind knows, with how many pages match the words). Enter in the
 * field runs the search and puts focus on the first result; ↓/↑ move through the answer's and the
 * results' links.
 */
import {
  FACET_LABELS,
  FACETS,
  facetValueLabel,
  SEARCH_TYPES,
  STANDING_LABELS,
  VERDICT_LABELS,
  type Facet,
} from '../lib/search/search-facets.ts';
import { TOPIC_LABELS } from '../lib/domain/labels.ts';
import { describeOutcome } from '../lib/search/search-results.ts';
import { isEmptySearch, parseSearchState, searchQueryString, type SearchState } from '../lib/search/search-url.ts';
import { allFilters, runSearch, type FilterCounts, type PagefindResult } from './search-engine.ts';
import { appendResults, moveByArrow, renderAnswer } from './search-render.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;

const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const facetsBox = form?.querySelector<HTMLElement>('[data-search-facets]');
const status = document.querySelector<HTMLElement>('[data-search-page-status]');
const list = document.querySelector<HTMLElement>('[data-search-page-results]');
const answer = document.querySelector<HTMLElement>('[data-search-page-answer]');
const more = document.querySelector<HTMLButtonElement>('[data-search-page-more]');

/** Fixed orders for facets whose values have one; names sort alphabetically, years newest first. */
function orderValues(facet: Facet, values: string[]): string[] {
  const fixed: readonly string[] | undefined =
    facet === 'type'
      ? SEARCH_TYPES
      : facet === 'verdict'
        ? Object.keys(VERDICT_LABELS)
        : facet === 'standing'
          ? Object.keys(STANDING_LABELS)
          : facet === 'topic'
            ? Object.keys(TOPIC_LABELS)
            : undefined;
  if (fixed) return [...values].sort((a, b) => rank(fixed, a) - rank(fixed, b) || a.localeCompare(b));
  if (facet === 'year') return [...values].sort((a, b) => b.localeCompare(a));
  return [...values].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}
const rank = (order: readonly string[], value: string) => (order.includes(value) ? order.indexOf(value) : order.length);

const optionText = (facet: Facet, value: string, count: number | undefined) =>
  `${facetValueLabel(facet, value)}${count === undefined ? '' : ` (${count})`}`;

/** Type is a group of checkboxes (any of); the other facets are one-choice menus. */
function buildFacets(box: HTMLElement, all: FilterCounts, state: SearchState): void {
  const controls: HTMLElement[] = [];
  for (const facet of FACETS) {
    const selected = state.filters[facet] ?? [];
    const values = orderValues(facet, [...new Set([...Object.keys(all[facet] ?? {}), ...selected])]);
    if (!values.length) continue;
    if (facet === 'type') {
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'search-facet search-facet--type';
      const legend = document.createElement('legend');
      legend.textContent = FACET_LABELS[facet];
      fieldset.append(legend);
      for (const value of values) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = facet;
        box.value = value;
        box.checked = selected.includes(value);
        const text = document.createElement('span');
        text.dataset['facetLabel'] = value;
        text.textContent = optionText(facet, value, undefined);
        label.append(box, ' ', text);
        fieldset.append(label);
      }
      controls.push(fieldset);
    } else {
      const label = document.createElement('label');
      label.className = 'search-facet';
      const select = document.createElement('select');
      select.name = facet;
      const any = new Option('Any', '');
      select.append(any);
      for (const value of values)
        select.append(new Option(optionText(facet, value, undefined), value, false, selected[0] === value));
      label.append(`${FACET_LABELS[facet]} `, select);
      controls.push(label);
    }
  }
  box.replaceChildren(...controls);
}

/** After each search: how many pages match the words (or the whole index) for each value. */
function updateCounts(box: HTMLElement, counts: FilterCounts): void {
  const text = (facet: Facet, value: string) => optionText(facet, value, counts[facet]?.[value] ?? 0);
  for (const span of box.querySelectorAll<HTMLElement>('[data-facet-label]'))
    span.textContent = text('type', span.dataset['facetLabel'] ?? '');
  for (const select of box.querySelectorAll('select')) {
    for (const option of [...select.options].slice(1)) option.text = text(select.name as Facet, option.value);
  }
}

function readForm(f: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(f)) if (typeof value === 'string') params.append(key, value);
  return parseSearchState(params);
}

async function main(): Promise<void> {
  if (!form || !input || !facetsBox || !status || !list || !answer || !more) return;
  form.hidden = false;
  const initial = parseSearchState(window.location.search);
  input.value = initial.q;
  status.textContent = 'Loading search…';
  let all: FilterCounts;
  try {
    all = await allFilters();
  } catch {
    status.textContent = 'Search could not load. Check your connection and reload the page, or browse the lists above.';
    return;
  }
  buildFacets(facetsBox, all, initial);
  // On a phone the filters take a screen: folded there, unless the address chose one.
  const filters = form.querySelector<HTMLDetailsElement>('details[data-search-filters]');
  if (filters && window.matchMedia('(max-width: 40rem)').matches && !Object.keys(initial.filters).length)
    filters.open = false;

  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;

  const showMore = async (current: number) => {
    const ok = await appendResults(list, results, shown, PAGE_SIZE, () => current === generation);
    if (!ok) return;
    shown = Math.min(shown + PAGE_SIZE, results.length);
    more.hidden = shown >= results.length;
  };

  const search = async () => {
    const current = ++generation;
    const state = readForm(form);
    const query = searchQueryString(state);
    if (query !== window.location.search)
      history.replaceState(history.state, '', `${window.location.pathname}${query}`);
    if (isEmptySearch(state)) {
      results = [];
      list.replaceChildren();
      answer.hidden = true;
      more.hidden = true;
      updateCounts(facetsBox, all);
      status.textContent = 'Type words to search, or choose a filter to list everything in it.';
      return;
    }
    status.textContent = 'Searching…';
    const outcome = await runSearch(state);
    if (current !== generation) return;
    results = outcome.results;
    shown = 0;
    list.replaceChildren();
    renderAnswer(answer, outcome);
    updateCounts(facetsBox, outcome.counts);
    await showMore(current);
    if (current !== generation) return;
    const filtered = Object.keys(state.filters).length > 0;
    status.textContent = describeOutcome(results.length, state.q, filtered);
  };
  const links = () => [
    ...answer.querySelectorAll<HTMLAnchorElement>('a[href]'),
    ...list.querySelectorAll<HTMLAnchorElement>('a[href]'),
  ];

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), DEBOUNCE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void search();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    // Enter: the results get the focus once they are there (the first result's link).
    void search().then(() => list.querySelector<HTMLAnchorElement>('a[href]')?.focus());
  });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    moveByArrow(event, input, links());
  });
  more.addEventListener('click', () => void showMore(generation));
  await search();
}

void main();
