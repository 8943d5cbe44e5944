import { describe, expect, it } from 'vitest';
import { clip } from './text.ts';

describe('clip', () => {
  it('keeps text that fits', () => {
    expect(clip('Ottawa Convention', 54)).toBe('Ottawa Convention');
  });

  it('cuts at a word boundary and adds an ellipsis within the limit', () => {
    const statement = "Finland's parliament approved the country's withdrawal from the Ottawa Convention on 19 June 2025.";
    const clipped = clip(statement, 54);
    expect(clipped).toBe("Finland's parliament approved the country's…");
    expect(clipped.length).toBeLessThanOrEqual(54);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(clip('Chapter XXVI Disarmament, 5. Convention on the Prohibition of the Use', 30)).toBe('Chapter XXVI Disarmament, 5…');
  });

  it('cuts inside a very long word rather than leave almost nothing', () => {
    expect(clip('Anti-personnel-mine-ban-convention-withdrawal-notification', 20)).toBe('Anti-personnel-mine…');
  });
});
