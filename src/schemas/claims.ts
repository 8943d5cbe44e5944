/**
 * `claims` — one Markdown file per claim, `src/content/claims/<id>.md`. A claim is one sentence in
 * our own words saying what someone asserted, when, where, and how well the record bears it out.
 * Verdict "accurate" only where a depositary record or treaty text confirms it; "unverified" where
 * only the reporting outlet says it; "imprecise" where records differ.
 * Body: context and review notes.
 */
import { z } from 'astro/zod';
import { citation, fullDate, id, nonEmpty, partialDate } from './common.ts';

export const claimKinds = ['fact', 'forecast', 'recommendation', 'intention', 'opinion'] as const;
export const verdicts = ['accurate', 'imprecise', 'disputed', 'false', 'unverified'] as const;
export const ranks = ['preferred', 'normal', 'deprecated'] as const;
export const relationTypes = ['supports', 'contradicts', 'supersedes'] as const;

export const claimSchema = z
  .strictObject({
    statement: nonEmpty('What was claimed, one sentence in your own words (quote at most a short phrase).'),
    claimant: z
      .strictObject({
        name: nonEmpty('Who made the claim: a person, government, organization or outlet.'),
        kind: z.enum(['government', 'person', 'organization', 'outlet']),
        country: id('country').optional().describe('The state the claimant speaks for, if any.'),
      })
      .describe('Who said it.'),
    made: partialDate.describe('When it was said, as precise as known.'),
    where: z.string().min(1).optional().describe('Where it was said: "joint statement", "interview with Defence24".'),
    subjects: z
      .strictObject({
        countries: z.array(id('country')).default([]),
        treaties: z.array(id('treaty')).default([]),
      })
      .refine((s) => s.countries.length + s.treaties.length > 0, 'name at least one country or treaty the claim is about')
      .describe('What the claim is about.'),
    kind: z.enum(claimKinds).describe('fact, forecast, recommendation, intention or opinion.'),
    sources: z.array(citation).min(1, 'a claim needs at least one source: add { source: <id> } under sources'),
    rank: z
      .enum(ranks)
      .default('normal')
      .describe('preferred: the best-supported version among conflicting claims; deprecated: superseded or shown wrong.'),
    verdict: z
      .strictObject({
        rating: z.enum(verdicts),
        reason: nonEmpty('Why this verdict: which record confirms or contradicts it.'),
      })
      .describe('How well the record bears the claim out.'),
    relations: z
      .array(z.strictObject({ type: z.enum(relationTypes), claim: id('claim') }))
      .default([])
      .describe('Other claims this one supports, contradicts or supersedes (shown on both pages).'),
    reviewed: fullDate.optional().describe('When the verdict was last reviewed.'),
  })
  .describe('A sourced claim with a verdict.');

export type Claim = z.output<typeof claimSchema>;
export type Verdict = (typeof verdicts)[number];
