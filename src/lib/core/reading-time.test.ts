import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading-time.ts';

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [80, 1],
    [450, 2],
    [1000, 5],
  ])('%i words → %i min', (words, minutes) => expect(readingMinutes(words)).toBe(minutes));
});
