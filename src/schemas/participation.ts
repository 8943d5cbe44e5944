/**
 * `participation` — depositary records, one YAML file per treaty, `src/content/participation/<treaty-id>.yaml`.
 * GENERATED — do not edit by hand, a re-import overwrites it: `scripts/import-untc.ts` from the UN
 * Treaty Collection CSV in `data/untc/` (one row per participant), `scripts/import-unoda.ts` from the
 * UNODA-based extract in `data/unoda/` (every deposit kept with its depositary in `deposits`, and the
 * consent date set by `src/lib/domain/deposits.ts`). Hand-curated facts (domestic steps, revocations,
 * corrections with reasons) go in `src/content/events/`, which no import touches.
 */
import { z } from 'astro/zod';
import { citation, fullDate, id, nonEmpty } from './common.ts';

export const consentTypes = ['ratification', 'accession', 'acceptance', 'approval', 'succession'] as const;

/** What one deposit row records (UNODA extract: one row per action per depositary). */
export const depositActions = [
  'signature',
  'ratification',
  'accession',
  'succession',
  'withdrawal-notice',
  'withdrawal-effective',
] as const;

/** Why a consent date is shown as disputed and listed for review instead of being settled silently. */
export const reviewReasons = ['predecessor', 'sources-disagree', 'years-apart'] as const;

export const depositSchema = z
  .strictObject({
    action: z.enum(depositActions).describe('What was deposited or recorded.'),
    date: fullDate.describe('The date the source gives.'),
    depositary: z
      .string()
      .min(1)
      .optional()
      .describe('Where it was deposited ("London", "Moscow", "Washington"); absent when the source does not say.'),
    source: id('source').describe('The source the row was read from.'),
    note: z
      .string()
      .min(1)
      .optional()
      .describe('The source note as the extract gives it (predecessor acts, disagreements).'),
  })
  .describe('One deposit or recorded act, with its depositary, exactly as the extract gives it.');

export const reviewSchema = z
  .strictObject({
    reasons: z
      .array(z.enum(reviewReasons))
      .min(1)
      .describe(
        "predecessor: a deposit is a predecessor state's act (not a continuing state's); sources-disagree: the sources disagree about the deposit (disagreements.csv); years-apart: the state's deposits are two years or more apart.",
      ),
    note: nonEmpty('What is in doubt, in words.'),
  })
  .describe('The consent date is disputed: shown with every deposit and listed for review, never resolved silently.');

export const participantSchema = z
  .strictObject({
    country: id('country'),
    untcName: z.string().min(1).describe('The participant name as the depositary spells it.'),
    signature: fullDate.optional().describe('Date of signature.'),
    provisionalApplication: fullDate.optional().describe('Date a declaration of provisional application took effect.'),
    consent: z
      .strictObject({
        type: z.enum(consentTypes).describe('How the state consented to be bound.'),
        date: fullDate.describe('Date the instrument was deposited (with several depositaries: the earliest deposit).'),
        depositary: z
          .string()
          .min(1)
          .optional()
          .describe('Where that deposit was made, when the treaty has several depositaries and the source says.'),
      })
      .optional()
      .describe('Consent to be bound (instrument deposited), if any.'),
    withdrawal: z
      .strictObject({
        deposited: fullDate.describe('Date the depositary received the notification of withdrawal.'),
        notification: z
          .strictObject({
            cn: z
              .string()
              .regex(
                /^C\.N\.\d+\.\d{4}\.TREATIES-[IVXLC]+-\d+(?:-[a-z])?$/,
                'must look like "C.N.421.2025.TREATIES-XXVI-5"',
              )
              .describe('The depositary notification number.'),
            date: fullDate.describe('Date of the depositary notification.'),
          })
          .optional(),
        effective: fullDate
          .optional()
          .describe('Effective date as the depositary records it (checked against the treaty rule).'),
      })
      .optional()
      .describe('A withdrawal (denunciation), from the end notes of the status page.'),
    untcNotes: z.array(z.number().int().positive()).default([]).describe('End-note numbers on the status page.'),
    deposits: z
      .array(depositSchema)
      .default([])
      .describe('Every deposit with its depositary, oldest first (treaties with several depositaries).'),
    review: reviewSchema.optional(),
    sources: z
      .array(citation)
      .default([])
      .describe('Further sources for this row (the file-level source always applies).'),
  })
  .describe('One participant in one treaty, as the depositary records it.');

export const participationSchema = z
  .strictObject({
    treaty: id('treaty'),
    source: id('source').describe(
      'The record every row was read from: the depositary status page (UNTC), or the main extract (UNODA files, where each deposit also names its own source).',
    ),
    statusAsAt: fullDate.describe('The "status as at" stamp of that page, or the date the extract is complete to.'),
    importedFrom: z.string().min(1).describe('The CSV file the import read, relative to the project root.'),
    participants: z.array(participantSchema),
    formerStates: z
      .array(
        z.strictObject({
          name: nonEmpty('The former state\'s name as the extract gives it: "Czechoslovakia".'),
          code: z
            .string()
            .regex(/^[A-Z]{4}$/, 'must be an ISO 3166-3 code such as "CSHH"')
            .describe('ISO 3166-3 code of the former state.'),
          dissolved: fullDate.describe('The day it ceased to exist.'),
          successors: z.array(id('country')).min(1).describe('The current states that succeeded it.'),
          deposits: z.array(depositSchema).min(1),
        }),
      )
      .default([])
      .describe('Deposits of states that no longer exist: shown, never counted, never on the map.'),
  })
  .describe('The depositary record of who signed, consented to and withdrew from one treaty.');

export type Participation = z.output<typeof participationSchema>;
export type ParticipantRecord = z.output<typeof participantSchema>;
export type ConsentType = (typeof consentTypes)[number];
export type Deposit = z.output<typeof depositSchema>;
export type DepositAction = (typeof depositActions)[number];
export type ReviewReason = (typeof reviewReasons)[number];
