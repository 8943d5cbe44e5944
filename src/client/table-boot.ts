/**
 * The only participants-table code a page runs on load (inlined by Astro, a few hundred bytes): it
 * shows the sort buttons and the status filter, then waits. The first click on a header or change
 * of the filter — or at once when the URL asks for a status (?status=, the count tiles' links) —
 * imports the table's code from `url` (table-main.ts, built as one file through `?worker&url`, like
 * the "as of" control); a header clicked before the code arrived is remembered in data-sort-first
 * and applied when it starts. Until then the page fetches no JavaScript.
 */
export function boot(doc: Document, url: string): void {
  const root = doc.querySelector<HTMLElement>('[data-table-tools]');
  if (!root) return;
  for (const el of root.querySelectorAll<HTMLElement>('[data-tools]')) el.hidden = false;
  const load = (e?: Event) => {
    const sort = (e?.target as Element | null)?.closest?.('[data-sort]')?.getAttribute('data-sort');
    if (sort) root.setAttribute('data-sort-first', sort);
    return import(/* @vite-ignore */ url);
  };
  if (/[?&]status=/.test(doc.location.search)) void load();
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the promise is the module load; a failed load shows in the console
  else for (const type of ['click', 'change']) root.addEventListener(type, load, { once: true });
}
