/**
 * `claims` — one Markdown file per claim, `src/content/claims/<id>.md`. A claim is one sentence in
 * our own words saying what someone asserted, when, where, and how well the record bears it out.
 * Verdict "accurate" only where a depositary record or treaty text confirms it; "unverified" where
 * only the reporting outlet says it; "imprecise" where records differ; "not-rated" for opinions and
 * recommendations, which state no fact a record could confirm.
 * Body: context and review notes.
 */
import { z } from 'astro/zod';
import { citation, fullDate, id, nonEmpty, partialDate } from './common.ts';

/** Who can make a claim. */
export const claimantKinds = ['government', 'person', 'organization', 'outlet'] as const;

export const claimKinds = ['fact', 'forecast', 'recommendation', 'intention', 'opinion'] as const;
export const verdicts = ['accurate', 'imprecise', 'disputed', 'false', 'unverified', 'not-rated'] as const;
/** Kinds of claim that state no fact: they take the verdict "not-rated" and are never "accurate" or "false". */
export const unratedKinds = ['opinion', 'recommendation'] as const satisfies readonly (typeof claimKinds)[number][];
export const ranks = ['preferred', 'normal', 'deprecated'] as const;
export const relationTypes = ['supports', 'contradicts', 'supersedes'] as const;

export const claimSchema = z
  .strictObject({
    statement: nonEmpty(
      'What was claimed, as one sentence in your own words: who did, does or will do what. Quote at most a short phrase, attributed.',
    ),
    claimant: z
      .strictObject({
        name: nonEmpty(
          'Who made the claim, as usually named: "Government of Finland", "Reuters", "Paweł Zalewski, deputy defence minister".',
        ),
        kind: z.enum(claimantKinds),
        country: id('country')
          .optional()
          .describe(
            'The id of the state the claimant speaks for, if any ("finland" for Finland’s government, ministers or parliament).',
          ),
      })
      .describe(
        'Who said it. kind: "government" (a state, its ministers, parliament or officials), "person" (speaking for themselves), "organization" (an NGO or international body) or "outlet" (a news outlet, for what it reports on its own account).',
      ),
    made: partialDate.describe(
      'When it was said (not when it was reported), as precise as the source gives it: "2025-03-18", "2025-03" or "2025".',
    ),
    where: z.string().min(1).optional().describe('Where it was said: "joint statement", "interview with Defence24".'),
    subjects: z
      .strictObject({
        countries: z.array(id('country')).default([]),
        treaties: z.array(id('treaty')).default([]),
      })
      .refine(
        (s) => s.countries.length + s.treaties.length > 0,
        'name at least one country or treaty the claim is about',
      )
      .describe(
        'What the claim is about: country ids and treaty ids, at least one. The claim is listed on each of their pages.',
      ),
    kind: z
      .enum(claimKinds)
      .describe(
        'What sort of statement: "fact" (something that happened or is so), "forecast", "recommendation", "intention" (a stated plan, such as an announced withdrawal) or "opinion".',
      ),
    sources: z.array(citation).min(1, 'a claim needs at least one source: add { source: <id> } under sources'),
    rank: z
      .enum(ranks)
      .default('normal')
      .describe(
        'Among claims that conflict about the same fact: "preferred" for the best-supported version, "deprecated" for one superseded or shown wrong. Leave out for "normal".',
      ),
    verdict: z
      .strictObject({
        rating: z.enum(verdicts),
        reason: nonEmpty(
          'Why this verdict, naming the record that confirms or contradicts the claim: "The depositary notification C.N.421.2025 records the deposit on 20 August 2025." For "not-rated", say whose opinion or recommendation it is and why no record can settle it.',
        ),
      })
      .describe(
        'How well the record bears the claim out. rating: "accurate" only where a depositary record or the treaty text confirms it (and never on weak sources alone: aggregators, state-controlled outlets, partisan sites, unofficial copies); "imprecise" where it is right in substance but a detail (a date, a figure) differs from the record; "disputed" where credible sources conflict and no record settles it; "false" where a record contradicts it; "unverified" where only the reporting source says it; "not-rated" for a claim of kind opinion or recommendation (and only for those), which states no fact to rate.',
      ),
    relations: z
      .array(z.strictObject({ type: z.enum(relationTypes), claim: id('claim') }))
      .default([])
      .describe('Other claims this one supports, contradicts or supersedes (shown on both pages).'),
    reviewed: fullDate
      .optional()
      .describe('The day the verdict was last checked against the sources: never before the claim was made.'),
  })
  .describe('A sourced claim with a verdict.');

export type Claim = z.output<typeof claimSchema>;
export type Verdict = (typeof verdicts)[number];
