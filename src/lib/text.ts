/** Shortens text for titles and breadcrumbs at a word boundary, with an ellipsis: never mid-word. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,;:.—–-]+$/, '')}…`;
}
