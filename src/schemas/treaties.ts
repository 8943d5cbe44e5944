/**
 * `treaties` — one Markdown file per treaty, `src/content/treaties/<id>.md` (`ottawa-convention`).
 * Its rules are data with their article numbers, so entry-into-force and withdrawal dates are
 * computed from the treaty's own words (src/lib/domain/treaty-rules.ts). A rule nobody has read in a
 * cited text is `kind: unknown`, and the page says it is not recorded instead of computing.
 * A treaty has one or more depositaries (a UN Treaty Collection number only where the UN is one; none
 * for a bilateral treaty), one to four topics, a life (entry into force, extensions, and an end —
 * terminated or expired — after which no state is a party: src/lib/domain/treaty-life.ts) and, for
 * records not read from a single depositary page, the date the record is complete to and its gaps.
 * Body: a plain-language summary in your own words.
 */
import { z } from 'astro/zod';
import { citation, fullDate, httpUrl, nonEmpty } from './common.ts';
import { consentTypes } from './participation.ts';

const article = z
  .string()
  .min(1)
  .describe('The article the rule comes from, as the treaty numbers it: "Art. 17(2)", "Art. XXI".');

/** Kinds of consent a rule may be limited to (the Geneva Protocol's final clauses date ratifications only). */
const consentKinds = z.enum(consentTypes);

/** When the treaty enters into force for a state that consents after it is already in force. */
/** How a treaty's life ended: terminated (a party's withdrawal from a bilateral treaty took effect) or expired. */
export const treatyEndKinds = ['terminated', 'expired'] as const;

/** Whether a treaty is open to many states or binds two. */
export const treatyPartyKinds = ['multilateral', 'bilateral'] as const;

export const entryIntoForceRuleSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('first-day-of-nth-month-after-deposit'),
      months: z.number().int().positive(),
      article,
    }),
    z.strictObject({ kind: z.literal('months-after-deposit'), months: z.number().int().positive(), article }),
    z.strictObject({ kind: z.literal('days-after-deposit'), days: z.number().int().positive(), article }),
    z.strictObject({
      kind: z.literal('on-deposit'),
      article,
      consentTypes: z
        .array(consentKinds)
        .min(1)
        .optional()
        .describe(
          'Only these kinds of consent are dated by the rule (Geneva Protocol: ratifications); for any other kind the date is not recorded. Leave out when the rule covers every kind.',
        ),
      otherwise: z
        .string()
        .min(1)
        .optional()
        .describe('What the text says for the other kinds of consent, in your own words, with where.'),
    }),
    z.strictObject({
      kind: z.literal('on-waiver-deposit'),
      article,
      note: z
        .string()
        .min(1)
        .describe(
          'How the waiver works, in your own words. Each state\'s date needs a cited source (an override with field "entryIntoForce"); without one the page says the date is not recorded.',
        ),
    }),
    z.strictObject({
      kind: z.literal('not-applicable'),
      note: z
        .string()
        .min(1)
        .describe('Why no state can join later (a bilateral treaty in force on the exchange of instruments).'),
    }),
    z.strictObject({
      kind: z.literal('unknown'),
      note: z
        .string()
        .min(1)
        .describe(
          'Why the rule is not recorded (e.g. "not yet read in a cited text"): the page says so instead of computing.',
        ),
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

const withdrawalCondition = z
  .string()
  .min(1)
  .optional()
  .describe(
    'When a state may withdraw at all, in your own words, if the treaty limits it (Rarotonga Art. 13(1): only after another party violates an essential provision). Shown beside the rule; the date is still computed.',
  );

export const withdrawalRuleSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('months-after-notice'),
      months: z.number().int().positive(),
      article,
      armedConflict: armedConflictClauseSchema.optional(),
      condition: withdrawalCondition,
    }),
    z.strictObject({
      kind: z.literal('days-after-notice'),
      days: z.number().int().positive(),
      article,
      armedConflict: armedConflictClauseSchema.optional(),
      condition: withdrawalCondition,
    }),
    z
      .strictObject({
        kind: z.literal('at-least-days-before-named-date'),
        days: z.number().int().positive(),
        article,
        condition: withdrawalCondition,
      })
      .describe(
        'The state names the date its withdrawal takes effect, and its notice must come at least this many days before it (CFE Art. XIX(2): 150). The recorded date is checked, never computed.',
      ),
    z
      .strictObject({
        kind: z.literal('at-least-months-before-named-date'),
        months: z.number().int().positive(),
        article,
        condition: withdrawalCondition,
      })
      .describe(
        'The state names the date its withdrawal takes effect, and its notice must come at least this many months before it (Open Skies Art. XV(2): six). The recorded date is checked, never computed.',
      ),
    z.strictObject({
      kind: z.literal('not-provided'),
      note: z
        .string()
        .min(1)
        .describe('What the text says instead (e.g. "unlimited duration; no withdrawal article").'),
    }),
    z.strictObject({
      kind: z.literal('unknown'),
      note: z
        .string()
        .min(1)
        .describe('Why the rule is not recorded (e.g. "marked open in RULES.md; not read in a cited text").'),
    }),
  ])
  .describe('How and when a withdrawal (denunciation) takes effect.');

/** What a treaty is about; a treaty carries one to four (INF: nuclear weapons and bilateral). */
export const topics = [
  'landmines',
  'cluster-munitions',
  'conventional-weapons',
  'chemical-weapons',
  'biological-weapons',
  'nuclear-testing',
  'nuclear-weapons',
  'nuclear-weapon-free-zone',
  'outer-space',
  'confidence-building',
  'arms-trade',
  'environmental-modification',
  'bilateral',
] as const;

export const depositarySchema = z
  .strictObject({
    name: nonEmpty(
      'Who keeps the instruments: "Secretary-General of the United Nations", "Government of the United Kingdom".',
    ),
    place: z
      .string()
      .min(1)
      .optional()
      .describe('Where the instruments are deposited, as the records name it: "London", "Moscow", "Washington".'),
    untc: z
      .strictObject({
        chapter: z.string().min(1).describe('UNTC chapter, e.g. "XXVI" (Disarmament).'),
        number: z
          .string()
          .regex(/^[IVXLC]+-\d+(?:-[a-z])?$/, 'must look like "XXVI-5"')
          .describe('The UNTC MTDSG number, unique per treaty: "XXVI-5".'),
      })
      .optional()
      .describe(
        'Where the treaty sits in the UN Treaty Collection: only where the UN Secretary-General is the depositary.',
      ),
  })
  .describe('One depositary of the treaty.');

export const treatyEndSchema = z
  .strictObject({
    kind: z
      .enum(treatyEndKinds)
      .describe(
        "terminated: ended by a party's act (INF: the US withdrawal took effect); expired: its term ran out (New START).",
      ),
    date: fullDate.describe('The day the sources give for the end.'),
    lastDayInForce: z
      .boolean()
      .describe(
        'true when the treaty was still in force on that day and ended at its close (New START lapsed at the end of 5 Feb 2026); false when it was no longer in force on that day (INF: the withdrawal took effect on 2 Aug 2019).',
      ),
    how: nonEmpty('What ended it, in your own words.'),
    sources: z.array(citation).min(1, 'an end needs a source'),
  })
  .describe('The end of the treaty: after it no state is a party (status "treaty ended").');

export const extensionSchema = z
  .strictObject({
    date: fullDate.describe('The day the extension was agreed (notes exchanged).'),
    until: fullDate.describe('The new end of the term.'),
    article: z.string().min(1).optional().describe('The article that allows the extension.'),
    sources: z.array(citation).min(1),
  })
  .describe("An extension of the treaty's term.");

export const recordGapSchema = z
  .strictObject({
    kind: z
      .enum(['stale', 'missing-participants', 'not-in-sources', 'unconfirmed'])
      .describe(
        'stale: nothing after a date for most states; missing-participants: the record is known to be short; not-in-sources: deposits the sources do not hold (the Republic of China, the GDR); unconfirmed: rows only one source gives.',
      ),
    summary: nonEmpty('The gap in one sentence of your own words, for the page.'),
    since: fullDate.optional().describe('For stale: the last date the record is complete to.'),
    missingStates: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('For missing-participants: how many states are short.'),
    missingSignatures: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('For missing-participants: how many signatures are short.'),
    comparedWith: z.string().min(1).optional().describe('What the shortfall was measured against.'),
  })
  .describe('A known gap in the participation record.');

export const treatySchema = z
  .strictObject({
    title: nonEmpty('Full title as the depositary or the treaty gives it.'),
    shortName: nonEmpty('What readers call it: "Ottawa Convention".'),
    abbreviation: z.string().min(1).optional().describe('Common abbreviation: "APMBC", "CCM".'),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe('Other names readers search for: "Mine Ban Treaty", "Ottawa Treaty". Unique across treaties.'),
    keywords: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Words readers search with that are not names of the treaty: "landmines", "mines" (Ottawa Convention), "Bangkok". Search puts the treaty among the first results when the words contain one. Unlike aliases they may be shared: a keyword of two treaties ("Nuclear Test Ban Treaty": the CTBT and the 1963 treaty) leads to both. Not shown on the page.',
      ),
    topics: z
      .array(z.enum(topics))
      .min(1, 'name at least one topic')
      .max(4)
      .describe(
        'What the treaty is about, one to four of: landmines, cluster-munitions, conventional-weapons, chemical-weapons, biological-weapons, nuclear-testing, nuclear-weapons, nuclear-weapon-free-zone, outer-space, confidence-building, arms-trade, environmental-modification, bilateral.',
      ),
    parties: z
      .enum(treatyPartyKinds)
      .describe(
        'multilateral: open to many states through a depositary; bilateral: two parties, instruments exchanged.',
      ),
    adopted: z
      .strictObject({ date: fullDate, place: z.string().min(1).optional() })
      .optional()
      .describe(
        'When and where the text was adopted; leave out when no source gives it (then give openedForSignature).',
      ),
    openedForSignature: z
      .strictObject({ date: fullDate, place: z.string().min(1).optional() })
      .optional()
      .describe('When and where it opened for signature (or was signed, for a bilateral treaty).'),
    entryIntoForce: z
      .strictObject({
        date: fullDate.optional().describe('When the treaty itself entered into force; leave out if it has not.'),
        individually: z
          .literal(true)
          .optional()
          .describe(
            "The treaty has no single date: it is in force for each state on that state's own date (Tlatelolco). Leave out otherwise.",
          ),
        condition: z.string().min(1).describe('What brings it into force, in your own words, with its article.'),
      })
      .describe('Entry into force of the treaty as a whole.'),
    extensions: z.array(extensionSchema).default([]).describe('Extensions of a fixed term, oldest first.'),
    end: treatyEndSchema.optional(),
    depositaries: z
      .array(depositarySchema)
      .default([])
      .describe(
        'Who keeps the instruments: one or more (NPT: London, Moscow, Washington); none for a bilateral treaty.',
      ),
    textUrl: httpUrl.optional().describe('Link to the authentic text.'),
    rules: z
      .strictObject({ entryIntoForce: entryIntoForceRuleSchema, withdrawal: withdrawalRuleSchema })
      .describe('The rules the site computes dates from, each with its article.'),
    record: z
      .strictObject({
        asAt: fullDate.describe('The date the participation record is complete to (counts.csv "as_at").'),
        basis: nonEmpty('Why that date: what the record was read from.'),
        gaps: z.array(recordGapSchema).default([]).describe('Known gaps, shown on the page.'),
      })
      .optional()
      .describe('How current the participation record is, for treaties not imported from a single depositary page.'),
    sources: z.array(citation).min(1, 'name at least one source (the treaty text or the depositary page)'),
    summary: nonEmpty('One or two sentences in your own words, used in lists, search results and previews.'),
  })
  .superRefine((t, ctx) => {
    if (!t.adopted && !t.openedForSignature) {
      ctx.addIssue({
        code: 'custom',
        path: ['openedForSignature'],
        message: "give adopted or openedForSignature (the date the treaty's history starts)",
      });
    }
    if (t.parties === 'multilateral' && t.depositaries.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['depositaries'],
        message: 'a multilateral treaty needs at least one depositary',
      });
    }
    if (t.parties === 'bilateral' && !t.topics.includes('bilateral')) {
      ctx.addIssue({ code: 'custom', path: ['topics'], message: 'a bilateral treaty carries the topic "bilateral"' });
    }
    if (t.entryIntoForce.individually && t.entryIntoForce.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['entryIntoForce', 'individually'],
        message: 'a treaty in force for each state individually has no single date: remove one of the two',
      });
    }
    if (t.end && !t.entryIntoForce.date && !t.entryIntoForce.individually) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'a treaty that never entered into force cannot end' });
    }
  })
  .describe('A treaty and the rules that govern who is bound by it.');

export type Treaty = z.output<typeof treatySchema>;
export type EntryIntoForceRule = z.output<typeof entryIntoForceRuleSchema>;
export type WithdrawalRule = z.output<typeof withdrawalRuleSchema>;
export type Topic = (typeof topics)[number];
export type TreatyEnd = z.output<typeof treatyEndSchema>;
export type Depositary = z.output<typeof depositarySchema>;
export type RecordGap = z.output<typeof recordGapSchema>;
