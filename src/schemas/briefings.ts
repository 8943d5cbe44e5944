/**
 * `briefings` — MDX articles, `src/content/briefings/<id>.mdx`. The only collection that may use
 * components (MDX runs code at build time; see README › Security). In the body:
 * `<Claim id="…" />` cites a claim, `<TreatyStatus treaty="…" countries={[…]} asOf="…" />` and
 * `<Timeline … />` draw from the data. Cited claims are read from the body, not listed twice.
 */
import { z } from 'astro/zod';
import { fullDate, id, nonEmpty } from './common.ts';

export const briefingSchema = z
  .strictObject({
    title: nonEmpty('The headline, in sentence case: "Four states leave the mine ban".'),
    summary: nonEmpty('One or two sentences: shown in lists, search results and link previews.'),
    published: fullDate,
    updated: fullDate
      .optional()
      .describe('The day of the last substantive change (a corrected fact, a new development), not of a typo fix.'),
    authors: z.array(z.string().min(1)).min(1, 'name at least one author'),
    subjects: z
      .strictObject({
        countries: z.array(id('country')).default([]),
        treaties: z.array(id('treaty')).default([]),
      })
      .describe('Country ids and treaty ids the briefing is about; it is listed on their pages.'),
  })
  .describe('A briefing: an article that tells a story from sourced claims.');

export type Briefing = z.output<typeof briefingSchema>;
