/**
 * The copy of a page Pagefind indexes, when it must differ from the page: Pagefind joins the text of
 * adjacent elements it does not treat as blocks, so a definition list read "PublisherNews.Az" and
 * "Published15 July 2025Link…" in search excerpts. Each term gets a colon and each description a
 * separator, in the indexed copy only (the page itself is served as built).
 */

/** `<dt>Publisher</dt><dd>News.Az</dd>` is indexed as "Publisher: News.Az ·". */
export function withListSeparators(html: string): string {
  return html.replace(/:?(\s*)<\/dt>/g, ':$1</dt> ').replace(/(\s*)<\/dd>/g, ' ·$1</dd> ');
}

/** Whether a page needs the separated copy (most pages have no definition list). */
export function needsListSeparators(html: string): boolean {
  return html.includes('</dt>');
}
