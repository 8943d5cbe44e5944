/**
 * The header search dialog (markup: src/components/search/SearchControl.astro), loaded by
 * search-bootstrap.ts the first time a reader opens it; it answers the bootstrap's `search:open`
 * events (detail: the element focus returns to). Type to search; ↓/↑ move between the
 * input and the result links; Enter on a link follows it; Enter in the input opens the search page
 * with filters; Escape closes and gives focus back to where it was.
 */
import { describeOutcome } from '../lib/search/search-results.ts';
import { parseSearchState, searchQueryString } from '../lib/search/search-url.ts';
import { loadPagefind, runSearch } from './search-engine.ts';
import { appendResults, moveByArrow, renderAnswer } from './search-render.ts';

/** Results shown in the dialog; the search page shows the rest. */
const SHOWN = 8;
const DEBOUNCE_MS = 120;

interface DialogParts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  answer: HTMLElement;
  results: HTMLElement;
  more: HTMLAnchorElement;
}

let parts: DialogParts | undefined;
let returnFocusTo: HTMLElement | null = null;
let generation = 0;

function find(): DialogParts | undefined {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  const input = dialog?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = dialog?.querySelector<HTMLElement>('[data-search-status]');
  const answer = dialog?.querySelector<HTMLElement>('[data-search-answer]');
  const results = dialog?.querySelector<HTMLElement>('[data-search-results]');
  const more = dialog?.querySelector<HTMLAnchorElement>('a[data-search-more]');
  return dialog && input && status && answer && results && more
    ? { dialog, input, status, answer, results, more }
    : undefined;
}

async function search(p: DialogParts): Promise<void> {
  const current = ++generation;
  const state = parseSearchState(new URLSearchParams({ q: p.input.value }));
  p.more.href = `${p.more.pathname}${searchQueryString(state)}`;
  if (!state.q) {
    p.results.replaceChildren();
    renderAnswer(p.answer, { named: { matches: [], ambiguous: [] }, answers: new Map() });
    p.status.textContent = '';
    return;
  }
  try {
    const outcome = await runSearch(state);
    const { results } = outcome;
    if (current !== generation) return;
    const list = document.createElement('ol');
    if (!(await appendResults(list, results, 0, SHOWN, () => current === generation))) return;
    renderAnswer(p.answer, outcome);
    p.results.replaceChildren(...list.childNodes);
    const shown = results.length > SHOWN ? ` Showing the first ${SHOWN}.` : '';
    p.status.textContent = describeOutcome(results.length, state.q, false) + shown;
  } catch {
    if (current !== generation) return;
    p.results.replaceChildren();
    p.answer.hidden = true;
    p.status.textContent = 'Search could not load. Check your connection and try again, or use the search page.';
  }
}

/** The links a reader moves between with the arrow keys, in order: the answer's, then the results'. */
function links(p: DialogParts): HTMLAnchorElement[] {
  return [
    ...p.answer.querySelectorAll<HTMLAnchorElement>('a[href]'),
    ...p.results.querySelectorAll<HTMLAnchorElement>('a[href]'),
  ];
}

function wire(p: DialogParts): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  p.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(p), DEBOUNCE_MS);
  });
  p.dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // Handled here so Escape closes even where a search field would first clear itself.
      event.preventDefault();
      p.dialog.close();
      return;
    }
    moveByArrow(event, p.input, links(p));
  });
  p.dialog.querySelector('[data-search-close]')?.addEventListener('click', () => p.dialog.close());
  // A click on the backdrop (the dialog box itself, outside its content) closes it.
  p.dialog.addEventListener('click', (event) => {
    if (event.target === p.dialog) p.dialog.close();
  });
  p.dialog.addEventListener('close', () => {
    clearTimeout(timer);
    const target = returnFocusTo;
    returnFocusTo = null;
    if (target?.isConnected) target.focus();
  });
}

/** Opens the dialog; focus returns to `opener` (or what had focus) when it closes. */
function openSearchDialog(opener: HTMLElement | null): void {
  if (!parts) {
    parts = find();
    if (!parts) {
      // A page without the dialog markup: the search page does the same job.
      const link = document.querySelector<HTMLFormElement>('form[data-search-form]');
      if (link) window.location.assign(link.action);
      return;
    }
    wire(parts);
  }
  if (parts.dialog.open) return;
  returnFocusTo = opener ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  void loadPagefind().catch(() => undefined); // start fetching while the reader types
  parts.dialog.showModal();
  parts.input.focus();
  parts.input.select();
}

document.addEventListener('search:open', (event) =>
  openSearchDialog((event as CustomEvent<HTMLElement | null>).detail),
);
document.dispatchEvent(new Event('search:ready'));
