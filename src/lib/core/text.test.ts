import { describe, expect, it } from 'vitest';
import { clip, pageTitle } from './text.ts';

describe('clip', () => {
  it('keeps text that fits', () => {
    expect(clip('Ottawa Convention', 54)).toBe('Ottawa Convention');
  });

  it('cuts at a word boundary and adds an ellipsis within the limit', () => {
    const statement =
      "Finland's parliament approved the country's withdrawal from the Ottawa Convention on 19 June 2025.";
    const clipped = clip(statement, 54);
    expect(clipped).toBe("Finland's parliament approved the country's…");
    expect(clipped.length).toBeLessThanOrEqual(54);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(clip('Chapter XXVI Disarmament, 5. Convention on the Prohibition of the Use', 30)).toBe(
      'Chapter XXVI Disarmament, 5…',
    );
  });

  it('cuts inside a very long word rather than leave almost nothing', () => {
    expect(clip('Anti-personnel-mine-ban-convention-withdrawal-notification', 20)).toBe('Anti-personnel-mine…');
  });
});

describe('pageTitle', () => {
  it('keeps the escaped title with the site name within 70 characters', () => {
    const t = pageTitle(
      'Defence24 argued that Poland needs "smart" mines that can be switched off remotely',
      'Treaty Ledger',
    );
    expect(t.endsWith(' · Treaty Ledger')).toBe(true);
    expect(t.replace(/"/g, '&quot;').length).toBeLessThanOrEqual(70);
  });
  it('leaves short titles and the home title alone', () => {
    expect(pageTitle('Poland', 'Treaty Ledger')).toBe('Poland · Treaty Ledger');
    expect(pageTitle('Treaty Ledger', 'Treaty Ledger')).toBe('Treaty Ledger');
  });
});
