/** Reading time for a briefing: about 200 words a minute for careful reading, at least one minute. */
export const WORDS_PER_MINUTE = 200;

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
