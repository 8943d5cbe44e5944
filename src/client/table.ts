/**
 * The participants table's sorting and filtering, loaded on first use (see
 * src/components/ParticipantsTable.astro). No framework: rows are moved, not re-rendered, so the
 * links, labels and "as of" hooks in them stay as the build wrote them.
 *
 * Sort key of a cell: its <time datetime> (ISO dates sort as text), else its data-status (in
 * STATUSES order), else its text; an empty cell ("—") sorts last in both directions. The filter
 * reads each row's status label's live data-status, and runs again when the "as of" control
 * changes the date (it sends `asof:change`). The chosen status is kept in the URL (?status=).
 */
import { STATUSES } from '../lib/domain/status.ts';

type Key = string | number | undefined;

/** A cell's sort key; undefined for "no value". */
export function cellKey(cell: Element | undefined): Key {
  if (!cell) return undefined;
  const time = cell.querySelector('time')?.getAttribute('datetime');
  if (time) return time;
  const status = cell.querySelector('[data-status]')?.getAttribute('data-status');
  if (status) return STATUSES.indexOf(status as (typeof STATUSES)[number]);
  const text = (cell.textContent ?? '').trim();
  return text === '' || text === '—' ? undefined : text.toLocaleLowerCase('en');
}

/** Compares two keys, blanks last whatever the direction. */
export function compareKeys(a: Key, b: Key, direction: 1 | -1): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return (a - b) * direction;
  return String(a).localeCompare(String(b), 'en') * direction;
}

export function start(doc: Document = document): void {
  const root = doc.querySelector<HTMLElement>('[data-table-tools]');
  const table = root?.querySelector('table');
  const body = table?.tBodies[0];
  if (!root || !table || !body || root.hasAttribute('data-table-ready')) return;
  root.setAttribute('data-table-ready', '');
  const rows = [...body.rows];
  const headers = [...table.tHead!.rows[0]!.cells];
  const filter = root.querySelector<HTMLSelectElement>('[data-filter]');
  const shown = root.querySelector('[data-shown]');
  let sorted: { column: number; direction: 1 | -1 } | undefined;

  const sortBy = (column: number) => {
    const direction: 1 | -1 = sorted?.column === column && sorted.direction === 1 ? -1 : 1;
    sorted = { column, direction };
    const keyed = rows.map((row, i) => ({ row, i, key: cellKey(row.cells[column]) }));
    keyed.sort((a, b) => compareKeys(a.key, b.key, direction) || a.i - b.i);
    body.append(...keyed.map((k) => k.row));
    headers.forEach((th, i) => {
      if (i === column) th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  };

  const applyFilter = () => {
    const status = filter?.value ?? '';
    let count = 0;
    for (const row of rows) {
      const match = !status || row.querySelector(`[data-status="${CSS.escape(status)}"]`) !== null;
      row.hidden = !match;
      if (match) count++;
    }
    if (shown) shown.textContent = status ? `${count} of ${rows.length} participants` : '';
    const url = new URL(doc.location.href);
    if (status) url.searchParams.set('status', status);
    else url.searchParams.delete('status');
    doc.defaultView?.history.replaceState(doc.defaultView.history.state, '', url);
  };

  root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest?.('button[data-sort]');
    if (button) sortBy(Number(button.getAttribute('data-sort')));
  });
  filter?.addEventListener('change', applyFilter);
  doc.addEventListener('asof:change', applyFilter);

  // What the reader asked for before this code arrived: a header click, a status, or ?status=.
  const asked = new URL(doc.location.href).searchParams.get('status');
  if (filter && asked && [...filter.options].some((o) => o.value === asked)) filter.value = asked;
  if (filter?.value) applyFilter();
  const first = root.getAttribute('data-sort-first');
  if (first !== null) sortBy(Number(first));
}
