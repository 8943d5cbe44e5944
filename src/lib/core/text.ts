/** Shortens text for titles and breadcrumbs at a word boundary, with an ellipsis: never mid-word. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,;:.—–-]+$/, '')}…`;
}

/**
 * A page <title>: the text clipped so that, HTML-escaped and with the site name after it, it
 * stays within `max` characters (search engines and html-validate's long-title rule cut at 70).
 */
export function pageTitle(text: string, site: string, max = 70): string {
  if (text === site) return text;
  const escapedLength = (t: string) =>
    t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
      .length;
  const suffix = ` · ${site}`;
  let limit = max - suffix.length;
  let title = clip(text, limit);
  while (escapedLength(title) + suffix.length > max && limit > 10) title = clip(text, --limit);
  return `${title}${suffix}`;
}
