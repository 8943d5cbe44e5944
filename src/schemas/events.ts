/**
 * `events` — hand-curated facts, YAML files in `src/content/events/` (any name; one per treaty or
 * story keeps diffs readable). No import touches them. Three kinds of record:
 *  - domestic steps (announcement, vote, decree, law, suspension) that the depositary does not record;
 *  - depositary facts the current status page no longer shows (Russia's CTBT ratification and its
 *    revocation), and the acts of treaties without a depositary (New START's exchange of instruments,
 *    the US notice of withdrawal from the INF Treaty), which change the computed status;
 *  - overrides: a recorded date that differs from the treaty rule, with the reason.
 */
import { z } from 'astro/zod';
import { citation, fullDate, id, nonEmpty, partialDate } from './common.ts';
import { consentTypes } from './participation.ts';

export const domesticEventTypes = [
  'announcement',
  'recommendation',
  'government-decision',
  'parliament-vote',
  'law-signed',
  'decree',
  'suspension',
  'other',
] as const;

const base = {
  id: id('event').describe(
    'Unique across all event files; by convention <country>-<treaty abbreviation>-<type>-<date>: "ukraine-apmbc-decree-2025-06-29".',
  ),
  treaty: id('treaty'),
  country: id('country'),
  title: nonEmpty('What happened, in one short line of your own words.'),
  sources: z.array(citation).min(1, 'every event needs at least one source'),
  note: z.string().min(1).optional().describe('Context or caveats, in your own words.'),
};

export const eventSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      ...base,
      type: z
        .enum(domesticEventTypes)
        .describe(
          'A domestic step: announcement, recommendation, government-decision, parliament-vote, law-signed, decree, suspension or other. It appears on timelines but does not change treaty status; only the depositary record does.',
        ),
      date: partialDate,
      claimsSuspension: z
        .boolean()
        .default(false)
        .describe(
          'True when the act claims to suspend the treaty (no such clause exists): flags "suspension claimed".',
        ),
      effective: partialDate
        .optional()
        .describe(
          'For a suspension decided on one day and applied from a later one (US, CFE: decided 7 Nov, from 7 Dec 2023): the flag starts then.',
        ),
      withdrawalDisputed: z
        .boolean()
        .optional()
        .describe(
          'True when the state announced a withdrawal that no depositary records and whose validity is disputed (DPRK, NPT, 2003): flags "withdrawal disputed"; the state stays counted.',
        ),
    }),
    z.strictObject({
      ...base,
      type: z
        .literal('consent')
        .describe(
          'A consent to be bound that the current depositary status page no longer shows; cite the depositary notification.',
        ),
      consentType: z.enum(consentTypes),
      date: fullDate,
      earliestRecord: z
        .literal(true)
        .optional()
        .describe(
          'The real date is not recorded: `date` is the earliest day a cited source shows the state taking part, and the site never counts it earlier (the INF successor states). Leave out when `date` is the date of the act.',
        ),
    }),
    z.strictObject({
      ...base,
      type: z
        .literal('withdrawal-notice')
        .describe(
          'A notice of withdrawal that no depositary record holds (a bilateral treaty has no depositary: the notice goes to the other party). Its effect is computed from the treaty rule.',
        ),
      date: fullDate.describe('The day the notice was given.'),
    }),
    z.strictObject({
      ...base,
      type: z.literal('consent-revoked').describe('A revocation of consent (Russia, CTBT, 2 Nov 2023).'),
      date: fullDate,
    }),
  ])
  .describe('A hand-curated, sourced event.');

export const overrideSchema = z
  .strictObject({
    treaty: id('treaty'),
    country: id('country'),
    field: z
      .enum(['withdrawal.effective', 'entryIntoForce'])
      .describe('Which computed date the depositary records differently.'),
    date: fullDate.describe('The date that applies.'),
    reason: nonEmpty('Why it differs from the treaty rule (e.g. "the notification names a later date").'),
    sources: z.array(citation).min(1),
  })
  .describe('A date that differs from the treaty rule, with its reason and source.');

export const eventsFileSchema = z
  .strictObject({
    events: z.array(eventSchema).default([]),
    overrides: z.array(overrideSchema).default([]),
  })
  .describe('Hand-curated events and overrides.');

export type CuratedEvent = z.output<typeof eventSchema>;
export type Override = z.output<typeof overrideSchema>;
export type EventsFile = z.output<typeof eventsFileSchema>;
