/**
 * The only search code on every page (keep it tiny: ≤ 1 KB gzip). It wires the header search
 * button and the `/` key, and loads the dialog — and with it Pagefind — on first use. On the
 * search page `/` focuses the page's own search field instead.
 *
 * Why `?worker&url`: it makes Vite build search-dialog.ts as its own self-contained bundle and
 * hand us its URL. Importing a URL keeps Vite from wrapping the import in its module-preload
 * helper (about 0.9 KB gzip, which alone would break the budget). The bundle runs in the page,
 * not in a worker; it answers the `search:open` events sent here once it says `search:ready`.
 */
import dialogUrl from './search-dialog.ts?worker&url';

let requested = false;
let ready = false;
let pending: HTMLElement | null = null;

const send = (opener: HTMLElement | null) => document.dispatchEvent(new CustomEvent('search:open', { detail: opener }));

const open = (opener: HTMLElement | null): void => {
  if (ready) {
    send(opener);
    return;
  }
  pending = opener;
  if (requested) return;
  requested = true;
  document.addEventListener('search:ready', () => ((ready = true), send(pending)), { once: true });
  // Offline or moved: the search page does the same job.
  import(/* @vite-ignore */ dialogUrl).catch(() =>
    document.querySelector<HTMLFormElement>('form[data-search-form]')?.submit(),
  );
};

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-search-open]');
  if (!button) return;
  event.preventDefault();
  open(button);
});

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target as HTMLElement;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  event.preventDefault();
  const field = document.querySelector<HTMLInputElement>('[data-search-focus]');
  if (field && !field.closest('[hidden]')) {
    field.focus();
    return;
  }
  // Focus comes back to what had it, or to the search button when nothing had.
  const active = document.activeElement;
  open(
    active instanceof HTMLElement && active !== document.body
      ? active
      : document.querySelector<HTMLElement>('[data-search-open]'),
  );
});
