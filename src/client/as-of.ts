/**
 * The "as of" control's browser code, loaded on first use (see AsOfControl.astro for the DOM
 * contract it updates). Statuses and counts come from src/lib/domain/status.ts — the rules the build ran —
 * applied to the page's embedded facts (src/lib/viz/as-of-data.ts), so every date gives what a build
 * with that AS_OF would print. The chosen date is kept in the URL (?asOf=YYYY-MM-DD).
 */
import {
  decodeFacts,
  parseAsOfData,
  type AsOfData,
  type AsOfTreaty,
  type DecodedParticipant,
} from '../lib/viz/as-of-data.ts';
import { formatDate, formatDateShort, isIsoDate, toDayNumber, type IsoDate } from '../lib/core/dates.ts';
import { countOn, type TreatyCounts } from '../lib/domain/status.ts';
import {
  countsInWords,
  describeRecordCurrency,
  describeStatus,
  describeStatusOn,
  statusTitle,
} from '../lib/domain/status-text.ts';
import { statusClass, statusFill, type VizStatus } from '../lib/viz/viz-status.ts';
import { isTreatyInForceOn, treatyPhaseOn } from '../lib/domain/treaty-life.ts';

const decoded = new WeakMap<AsOfData, Map<string, DecodedParticipant[]>>();

function participantsOf(data: AsOfData): Map<string, DecodedParticipant[]> {
  let map = decoded.get(data);
  if (!map) {
    map = new Map(data.treaties.map((t) => [t.id, t.rows.map(decodeFacts)]));
    decoded.set(data, map);
  }
  return map;
}

const COUNTS: Record<string, (c: TreatyCounts) => number> = {
  bound: (c) => c.bound,
  parties: (c) => c.parties,
  signatories: (c) => c.signatoriesOnly,
  withdrawn: (c) => c.withdrawn,
  pending: (c) => c.withdrawalsPending.length,
  awaiting: (c) => c.awaitingEntryIntoForce.length,
  ended: (c) => c.treatyEnded,
};

const all = (root: ParentNode, attribute: string, value: string) =>
  root.querySelectorAll<Element>(`[${attribute}="${CSS.escape(value)}"]`);

/**
 * Updates every element of the contract under `root` to `date`; returns a sentence saying what it
 * shows, and, when `date` is more than 90 days past the depositary records (`recordDates`), that
 * later deposits may be missing.
 */
export function applyAsOf(root: ParentNode, data: AsOfData, date: IsoDate, recordDates: IsoDate[] = []): string {
  const lines: string[] = [];
  for (const treaty of data.treaties) {
    const participants = participantsOf(data).get(treaty.id) ?? [];
    const treatyInForce = isTreatyInForceOn(
      { inForceFrom: treaty.inForce, individually: treaty.individually, end: treaty.end },
      date,
    );
    const phase = phaseLine(treaty, date);
    if (!treaty.complete && phase) lines.push(`${treaty.name}: ${phase}`);
    for (const { country, facts } of participants) {
      const key = `${treaty.id}:${country}`;
      const d = describeStatusOn(facts, date);
      const label = describeStatus(d, { treatyInForce });
      for (const el of all(root, 'data-asof-status', key)) {
        el.textContent = label.label;
        el.setAttribute('data-status', d.status);
        for (const c of [...el.classList]) if (c.startsWith('status--')) el.classList.replace(c, `status--${d.status}`);
      }
      for (const el of all(root, 'data-asof-note', key)) el.textContent = label.note;
      for (const el of all(root, 'data-asof-text', key)) el.textContent = d.text;
      for (const el of all(root, 'data-asof-shape', key)) paintShape(el, d.status, d.text);
    }
    if (!treaty.complete) continue;
    const counts = countOn(participants, date);
    for (const [name, get] of Object.entries(COUNTS)) {
      for (const el of all(root, 'data-asof-count', `${treaty.id}:${name}`)) {
        el.textContent = String(get(counts));
        // A tile that only means something once it counts (an ended treaty's "in it when it ended").
        const tile = el.closest<HTMLElement>('[data-asof-hide-zero]');
        if (tile) tile.hidden = get(counts) === 0;
      }
    }
    for (const map of all(root, 'data-asof-map', treaty.id)) {
      const tally = new Map<string, number>();
      for (const shape of map.querySelectorAll('[data-asof-shape]')) {
        if (shape.closest('[data-closeup]')) continue; // drawn twice: counted once, on the world map
        const status = shape.getAttribute('data-status') ?? '';
        tally.set(status, (tally.get(status) ?? 0) + 1);
      }
      for (const el of map.querySelectorAll('[data-asof-legend]')) {
        el.textContent = String(tally.get(el.getAttribute('data-asof-legend')?.split(':')[1] ?? '') ?? 0);
      }
    }
    for (const cursor of all(root, 'data-asof-cursor', treaty.id)) moveCursor(cursor, date, data.asOf);
    lines.push(
      `${treaty.name}: ${
        phase === undefined
          ? countsInWords(counts, treatyInForce)
          : phase.startsWith('not yet in force')
            ? `${phase}; ${counts.bound} ${counts.bound === 1 ? 'ratification' : 'ratifications'}`
            : phase
      }`,
    );
  }
  for (const el of root.querySelectorAll('[data-asof-date]')) {
    el.textContent = formatDate(date);
    if (el.tagName === 'TIME') el.setAttribute('datetime', date);
  }
  const prefix =
    date === data.asOf ? `Showing ${formatDate(date)}, the date of this edition` : `Showing ${formatDate(date)}`;
  const future =
    date > data.asOf ? ` (after ${formatDateShort(data.asOf)}: what the recorded notices and treaty rules imply)` : '';
  const warning = describeRecordCurrency(date, recordDates)?.warning;
  return `${prefix}${future}${lines.length ? `. ${lines.join('; ')}.` : '.'}${warning ? ` ${warning}` : ''}`;
}

/**
 * Where the treaty itself stands on `date` when that is not plainly "in force" or ended: "not yet
 * adopted (adopted 18 September 1997)" before its history starts, "not yet in force (in force from
 * 1 March 1999)" between then and its entry into force; undefined otherwise.
 */
export function phaseLine(treaty: AsOfTreaty, date: IsoDate): string | undefined {
  if (treaty.start && date < treaty.start.date)
    return `not yet ${treaty.start.event} (${treaty.start.event} ${formatDate(treaty.start.date)})`;
  const life = { inForceFrom: treaty.inForce, individually: treaty.individually, end: treaty.end };
  if (treatyPhaseOn(life, date) !== 'not-yet-in-force') return undefined;
  return treaty.inForce ? `not yet in force (in force from ${formatDate(treaty.inForce)})` : 'not yet in force';
}

/** A map shape: its class, its pattern (if the status has one), its data-status and its tooltip. */
function paintShape(el: Element, status: VizStatus, text: string): void {
  el.setAttribute('class', statusClass(status));
  el.setAttribute('data-status', status);
  const fill = statusFill(status, el.closest('[data-viz-prefix]')?.getAttribute('data-viz-prefix') ?? '');
  if (fill) el.setAttribute('fill', fill);
  else el.removeAttribute('fill');
  const title = el.querySelector('title');
  if (title) title.textContent = statusTitle((title.textContent ?? '').split(' — ')[0] ?? '', { text });
}

function moveCursor(el: Element, date: IsoDate, asOf: IsoDate): void {
  const [day0, day1, x0, x1] = ['data-day0', 'data-day1', 'data-x0', 'data-x1'].map((a) => Number(el.getAttribute(a)));
  const day = toDayNumber(date);
  const inside = date !== asOf && day >= day0! && day <= day1!;
  el.setAttribute('visibility', inside ? 'visible' : 'hidden');
  if (inside) {
    const x = (x0! + ((day - day0!) / (day1! - day0!)) * (x1! - x0!)).toFixed(1);
    el.setAttribute('x1', x);
    el.setAttribute('x2', x);
  }
}

/**
 * The date a reader asked for, once it is whole: an ISO date with a four-digit year (Chromium's
 * field reports "0002-01-01", "0020-01-01", "0202-01-01" while 2025 is typed); undefined otherwise.
 * Any date is taken as it is, never moved into a range: before a treaty's adoption the page says
 * "not yet adopted", it does not jump to the adoption day.
 */
export function completeDate(value: string): IsoDate | undefined {
  return isIsoDate(value) && value >= '1000-01-01' ? value : undefined;
}

/** After the last keystroke in the date field, this long without another applies the date. */
export const TYPING_PAUSE_MS = 800;

/**
 * Wires the control on the page: date field, year slider, reset, and ?asOf= in the URL. A date
 * picked from the calendar applies at once; a typed one applies when the reader pauses, presses
 * Enter or leaves the field, and only when it is complete — the field is never rewritten under the
 * reader's fingers (typing 01/01/2025 shows 1 January 2025, not a clamped 3 Dec 2008 half-way).
 */
export function start(doc: Document = document): void {
  const root = doc.querySelector<HTMLElement>('[data-asof-control]');
  const script = root?.querySelector('script[data-asof-data]');
  if (!root || !script || root.hasAttribute('data-asof-ready')) return;
  root.setAttribute('data-asof-ready', '');
  const data = parseAsOfData(script.textContent ?? '');
  const records = (root.getAttribute('data-asof-record') ?? '').split(' ').filter(isIsoDate);
  const input = root.querySelector<HTMLInputElement>('input[type="date"]');
  const slider = root.querySelector<HTMLInputElement>('input[type="range"]');
  const yearOut = root.querySelector('[data-asof-year]');
  const output = root.querySelector('[data-asof-summary]');
  const reset = root.querySelector<HTMLButtonElement>('[data-asof-reset]');
  const say = (text: string) => output && (output.textContent = text);

  const show = (value: string) => {
    const date = completeDate(value);
    if (!date) {
      say(`“${value}” is not a whole date: give day, month and a four-digit year.`);
      return;
    }
    const summary = applyAsOf(doc, data, date, records);
    if (input && input.value !== date) input.value = date;
    if (slider) slider.value = date.slice(0, 4);
    if (yearOut) yearOut.textContent = date.slice(0, 4);
    say(summary);
    if (reset) reset.hidden = date === data.asOf;
    const url = new URL(doc.location.href);
    if (date === data.asOf) url.searchParams.delete('asOf');
    else url.searchParams.set('asOf', date);
    doc.defaultView?.history.replaceState(doc.defaultView.history.state, '', url);
    // The participants table's filter (src/client/table.ts) reads the statuses again.
    doc.dispatchEvent(new Event('asof:change'));
  };

  let typing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let applied = data.asOf as string;
  /** The field's date, if whole and not yet shown; a half-typed one is left alone. */
  const commit = () => {
    clearTimeout(timer);
    typing = false;
    if (!input) return;
    const value = input.value;
    if (value === applied) return;
    if (!value) return void say('Give a whole date: day, month and year.');
    if (!completeDate(value)) return void say(`Finish the year: “${value.slice(0, 4)}” is not a year of this record.`);
    applied = value;
    show(value);
  };
  const onField = () => {
    if (!typing) return commit();
    clearTimeout(timer);
    timer = setTimeout(commit, TYPING_PAUSE_MS);
  };
  const showYear = (year: string) => {
    const date = year === data.asOf.slice(0, 4) ? data.asOf : `${year}-12-31`;
    applied = date;
    show(date);
  };
  input?.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') commit();
    else if (e.key !== 'Tab') typing = true;
  });
  input?.addEventListener('input', onField);
  input?.addEventListener('change', onField);
  input?.addEventListener('blur', commit);
  slider?.addEventListener('input', () => showYear(slider.value));
  reset?.addEventListener('click', () => {
    applied = data.asOf;
    show(data.asOf);
  });

  // The first change may have happened while this module was loading: apply it now, or, while
  // the reader is still typing in the field, when they pause.
  const asked = new URL(doc.location.href).searchParams.get('asOf');
  if (asked) {
    applied = asked;
    show(asked);
  } else if (input && doc.activeElement === input && root.hasAttribute('data-typed')) {
    typing = true;
    onField();
  } else if (input && input.value && input.value !== data.asOf) commit();
  else if (slider && slider.value !== data.asOf.slice(0, 4)) showYear(slider.value);
}
