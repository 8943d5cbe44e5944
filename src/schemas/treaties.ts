/**
 * `treaties` — one Markdown file per treaty, `src/content/treaties/<id>.md` (`ottawa-convention`).
 * Its rules are data with their article numbers, so entry-into-force and withdrawal dates are
 * computed from the treaty's own words (src/lib/domain/treaty-rules.ts). A rule nobody has checked against
 * the text is `kind: unknown`, and the page says so instead of computing.
 * Body: a plain-language summary in your own words.
 */
import { z } from 'astro/zod';
import { citation, fullDate, httpUrl, nonEmpty } from './common.ts';

const article = z
  .string()
  .min(1)
  .describe('The article the rule comes from, as the treaty numbers it: "Art. 17(2)", "Art. XXI".');

/** When the treaty enters into force for a state that consents after it is already in force. */
export const entryIntoForceRuleSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('first-day-of-nth-month-after-deposit'),
      months: z.number().int().positive(),
      article,
    }),
    z.strictObject({ kind: z.literal('months-after-deposit'), months: z.number().int().positive(), article }),
    z.strictObject({ kind: z.literal('days-after-deposit'), days: z.number().int().positive(), article }),
    z.strictObject({ kind: z.literal('on-deposit'), article }),
    z.strictObject({
      kind: z.literal('unknown'),
      note: z.string().min(1).describe('Why the rule is not encoded (e.g. "not yet checked against the text").'),
    }),
  ])
  .describe('When the treaty enters into force for a state that consents after the treaty itself is in force.');

export const armedConflictClauseSchema = z
  .strictObject({
    article,
    effect: z
      .string()
      .min(1)
      .describe(
        'What the clause does, in your own words: "the withdrawal does not take effect before the armed conflict ends".',
      ),
  })
  .describe('A clause that keeps a withdrawal from taking effect while the state is in an armed conflict.');

export const withdrawalRuleSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('months-after-notice'),
      months: z.number().int().positive(),
      article,
      armedConflict: armedConflictClauseSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal('days-after-notice'),
      days: z.number().int().positive(),
      article,
      armedConflict: armedConflictClauseSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal('not-provided'),
      note: z
        .string()
        .min(1)
        .describe('What the text says instead (e.g. "unlimited duration; no withdrawal article").'),
    }),
    z.strictObject({ kind: z.literal('unknown'), note: z.string().min(1) }),
  ])
  .describe('How and when a withdrawal (denunciation) takes effect.');

export const treatySchema = z
  .strictObject({
    title: nonEmpty('Full title as the depositary gives it.'),
    shortName: nonEmpty('What readers call it: "Ottawa Convention".'),
    abbreviation: z.string().min(1).optional().describe('Common abbreviation: "APMBC", "CCM".'),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe('Other names readers search for: "Mine Ban Treaty", "Ottawa Treaty". Unique across treaties.'),
    untc: z
      .strictObject({
        chapter: z.string().min(1).describe('UNTC chapter, e.g. "XXVI" (Disarmament).'),
        number: z
          .string()
          .regex(/^[IVXLC]+-\d+(?:-[a-z])?$/, 'must look like "XXVI-5"')
          .describe('The UNTC MTDSG number, unique per treaty: "XXVI-5".'),
      })
      .describe('Where the treaty sits in the UN Treaty Collection.'),
    category: z
      .enum([
        'landmines',
        'cluster-munitions',
        'conventional-weapons',
        'chemical-weapons',
        'nuclear-testing',
        'nuclear-weapons',
        'arms-trade',
        'environmental-modification',
      ])
      .describe('What the treaty regulates.'),
    adopted: z
      .strictObject({ date: fullDate, place: z.string().min(1).optional() })
      .describe('When and where the text was adopted.'),
    openedForSignature: z
      .strictObject({ date: fullDate, place: z.string().min(1).optional() })
      .optional()
      .describe('When and where it opened for signature.'),
    entryIntoForce: z
      .strictObject({
        date: fullDate.optional().describe('When the treaty itself entered into force; leave out if it has not.'),
        condition: z.string().min(1).describe('What brings it into force, in your own words, with its article.'),
      })
      .describe('Entry into force of the treaty as a whole.'),
    depositary: nonEmpty('Who keeps the instruments: "Secretary-General of the United Nations".'),
    textUrl: httpUrl.optional().describe('Link to the authentic text.'),
    rules: z
      .strictObject({ entryIntoForce: entryIntoForceRuleSchema, withdrawal: withdrawalRuleSchema })
      .describe('The rules the site computes dates from, each with its article.'),
    sources: z.array(citation).min(1, 'name at least one source (the treaty text or the depositary page)'),
    summary: nonEmpty('One or two sentences in your own words, used in lists, search results and previews.'),
  })
  .describe('A treaty and the rules that govern who is bound by it.');

export type Treaty = z.output<typeof treatySchema>;
export type EntryIntoForceRule = z.output<typeof entryIntoForceRuleSchema>;
export type WithdrawalRule = z.output<typeof withdrawalRuleSchema>;
