/** "Did you mean …?": the closest known ids to a mistyped one. */
import { distance } from 'fastest-levenshtein';

export function closest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    let score = distance(needle, c);
    // A prefix or containment ("lithuania" in "republic-of-lithuania") is a strong hint.
    if (c.startsWith(needle) || needle.startsWith(c) || c.includes(needle)) score = Math.min(score, 1.5);
    scored.push({ candidate, score });
  }
  const threshold = Math.max(2, Math.ceil(needle.length * 0.4));
  const near = scored
    .filter((s) => s.score <= threshold)
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  const best = near[0]?.score ?? 0;
  // Offer alternatives only when they are about as close as the best one.
  return near
    .filter((s) => s.score <= best + 1)
    .slice(0, limit)
    .map((s) => s.candidate);
}

/** A ready hint: `did you mean "poland"?`, or the fallback when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>, fallback: string): string {
  const near = closest(input, candidates);
  if (near.length === 0) return fallback;
  return `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`;
}
