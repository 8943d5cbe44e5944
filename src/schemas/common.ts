/**
 * Building blocks shared by every collection schema: dates as written, ids, URLs, source citations.
 *
 * Schemas here are pure zod (from `astro/zod`) with no `astro:content` import, so the integrity
 * check (`src/lib/integrity`) validates raw files with exactly the schemas Astro uses, outside Astro.
 * References are plain ids; the integrity check resolves every one and fails the build on a miss
 * (Astro's own `reference()` only logs a missing target).
 */
import { z } from 'astro/zod';
import { parsePartialDate } from '../lib/core/dates.ts';

/** A readable lowercase slug: `poland`, `ottawa-convention`, `reuters-2025-03-18`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN, {
      message: `must be a ${what} id: lowercase letters, digits and single hyphens (e.g. "poland")`,
    })
    .describe(
      `The id of a ${what}: the name of its file in src/content/ without the extension (lowercase words joined by hyphens).`,
    );

/**
 * A year that YAML read as a number (`published: 2012`) is taken as the text it was written as:
 * four digits convert back exactly, so nothing is guessed.
 */
const yearNumber = z
  .number()
  .int()
  .min(1000)
  .max(9999)
  .transform((n) => String(n));

const dateText = (allowed: 'partial' | 'full') =>
  z.string().superRefine((text, ctx) => {
    const parsed = parsePartialDate(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `${parsed.problem}; ${parsed.hint}` });
    } else if (allowed === 'full' && parsed.value.precision !== 'day') {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is only a ${parsed.value.precision}; this field needs the exact day, written YYYY-MM-DD`,
      });
    }
  });

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, kept exactly as written and shown at that precision. */
export const partialDate = z
  .union([dateText('partial'), yearNumber])
  .describe(
    'A date as precise as the source gives it, in quotes: "2025-03-18", "2025-03" or "2025". Never add a month or day the source does not give.',
  );

/** An exact calendar day, `YYYY-MM-DD`: depositary actions always have one. */
export const fullDate = dateText('full').describe('An exact day, in quotes: "2025-08-20".');

/** http(s) only: `javascript:`, `data:` and `ftp:` links are refused. */
export const httpUrl = z
  .string()
  .superRefine((text, ctx) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is not a full web address; write it as the browser's address bar shows it, starting with https://, e.g. https://www.reuters.com/world/…`,
      });
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" uses ${url.protocol} — only http:// and https:// links are allowed; write the address as the browser's address bar shows it, starting with https://`,
      });
    }
  })
  .describe(
    'A web address starting with https:// (or http://), copied from the browser after opening it. Never guess or build one.',
  );

/** A pointer into a source: which source entry, and where in it. */
export const citation = z
  .strictObject({
    source: id('source').describe(
      'The id of the source: its file name in src/content/sources/ without ".md". Add the source first if it is new (npm run new -- source).',
    ),
    locator: z
      .string()
      .min(1)
      .optional()
      .describe('Where in the source: a page, paragraph, end note or quoted heading ("endnote 8").'),
  })
  .describe('A source that supports this statement, and where in it.');

export const nonEmpty = (description: string) => z.string().trim().min(1, 'must not be empty').describe(description);
