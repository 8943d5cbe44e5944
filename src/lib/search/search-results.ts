/**
 * A Pagefind result as the search UI shows it: title, type, date, one-line summary, the excerpt
 * with the matched words marked, and links to the matching sections of long pages. Pure, so the
 * rules are tested without a browser; src/client/search-render.ts turns it into DOM.
 */
import { isSearchType, STANDING_LABELS, TYPE_LABELS, VERDICT_LABELS, type SearchType } from './search-facets.ts';
import type { Standing } from '../../schemas/sources.ts';
import type { Verdict } from '../../schemas/claims.ts';

/** The parts of a Pagefind fragment the UI reads (see pagefind's PagefindSearchFragment). */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[] | undefined;
}

/** Text with the words that matched: `{ text, mark }` runs, to build without innerHTML. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface ResultSection {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface ResultView {
  url: string;
  title: string;
  type?: SearchType | undefined;
  typeLabel?: string | undefined;
  date?: string | undefined;
  /** Sources only: the source's standing in words ("Established outlet"), shown as a label. */
  standing?: string | undefined;
  /** Sources only: the standing value ("established-outlet"). */
  standingValue?: string | undefined;
  /** Claims only: the verdict value ("accurate") and its word ("Accurate"), shown as a label. */
  verdict?: Verdict | undefined;
  verdictLabel?: string | undefined;
  summary?: string | undefined;
  excerpt: ExcerptPart[];
  sections: ResultSection[];
}

/** At most this many section links under a result. */
export const MAX_SECTIONS = 3;

export function toResultView(fragment: PagefindFragment, maxSections = MAX_SECTIONS): ResultView {
  const type = fragment.meta['type'];
  const known = type !== undefined && isSearchType(type) ? type : undefined;
  return {
    url: fragment.url,
    title: fragment.meta['title']?.trim() || fragment.url,
    type: known,
    typeLabel: known ? TYPE_LABELS[known] : undefined,
    date: fragment.meta['date'] || undefined,
    standing: standingLabel(fragment.meta['standing']),
    standingValue: fragment.meta['standing'] || undefined,
    ...verdictOf(fragment.meta['verdict']),
    summary: fragment.meta['summary'] || undefined,
    excerpt: matchedExcerpt(fragment.excerpt),
    sections: (fragment.sub_results ?? [])
      // Pagefind lists the page itself when the match is above the first heading: not a section.
      .filter((s) => s.url !== fragment.url && s.url.includes('#'))
      .slice(0, maxSections)
      .map((s) => ({ title: s.title, url: s.url, excerpt: excerptParts(s.excerpt) })),
  };
}

function verdictOf(value: string | undefined): Pick<ResultView, 'verdict' | 'verdictLabel'> {
  if (!value || !(value in VERDICT_LABELS)) return {};
  return { verdict: value as Verdict, verdictLabel: VERDICT_LABELS[value as Verdict] };
}

function standingLabel(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return (STANDING_LABELS as Record<string, string>)[value as Standing] ?? value;
}

/**
 * The excerpt when it shows the words that matched; otherwise none. A page found by its name or a
 * filter alone (a treaty or country put first) gets the start of its text as excerpt, which only
 * repeats the summary and the hidden names.
 */
function matchedExcerpt(excerpt: string): ExcerptPart[] {
  const parts = excerptParts(excerpt);
  return parts.some((p) => p.mark) ? parts : [];
}

/**
 * Pagefind's excerpt is text in which `<` and `>` are escaped and matched words are wrapped in
 * `<mark>…</mark>`; this splits it into runs so the UI never parses it as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) {
      const text = piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/** What the live region says after a search: announced to screen readers, shown to everyone. */
export function describeOutcome(total: number, words: string, filtered: boolean): string {
  const what = words ? ` for “${words}”` : filtered ? ' with these filters' : '';
  if (total === 0) {
    const hint = filtered ? 'Try other words or remove a filter.' : 'Try other or fewer words.';
    return `No results${what}. ${hint}`;
  }
  return `${total} ${total === 1 ? 'result' : 'results'}${what}.`;
}
