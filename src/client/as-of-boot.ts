/**
 * The only "as of" code a page runs on load (inlined by Astro, a few hundred bytes): it shows the
 * control, then waits. On the first focus, pointer press or input inside the control — or at once
 * when the URL asks for a date (?asOf=) — it imports the control's code from `url` (as-of-main.ts,
 * which starts itself). Until then the page fetches no JavaScript. A second import() of the same
 * URL is the same module, so every trigger may call it.
 *
 * The URL comes from `import url from './as-of-main.ts?worker&url'` in the component: Vite then
 * builds the code as one self-contained file and the import here is of a plain URL, so no module
 * preload helper is added to the inline script (the search bootstrap does the same).
 */
export function boot(doc: Document, url: string): void {
  const root = doc.querySelector<HTMLElement>('[data-asof-control]');
  if (!root) return;
  root.hidden = false;
  // A key pressed before the code arrived means the reader is typing a date: the code waits for them.
  const load = (e?: Event) => {
    if (e?.type === 'keydown') root.setAttribute('data-typed', '');
    void import(/* @vite-ignore */ url);
  };
  if (/[?&]asOf=/.test(doc.location.search)) load();
  else
    for (const type of ['focusin', 'pointerdown', 'input', 'keydown'])
      root.addEventListener(type, load, { once: true });
}
