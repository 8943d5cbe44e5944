/**
 * The only "as of" code a page runs on load (inlined by Astro, well under 1 KB): it shows the
 * control, then waits. On the first focus, pointer press or input inside the control — or at once
 * when the URL asks for a date (?asOf=) — it inserts the control's <template data-asof-module>,
 * whose module script then loads src/scripts/as-of.ts. Until then the page fetches no JavaScript.
 */
export function boot(doc: Document = document): void {
  const root = doc.querySelector<HTMLElement>('[data-asof-control]');
  if (!root) return;
  root.hidden = false;
  let loaded = false;
  const load = () => {
    const template = root.querySelector<HTMLTemplateElement>('template[data-asof-module]');
    if (loaded || !template) return;
    loaded = true;
    root.append(template.content.cloneNode(true));
  };
  if (new URLSearchParams(doc.location.search).has('asOf')) load();
  else for (const type of ['focusin', 'pointerdown', 'input']) root.addEventListener(type, load);
}
