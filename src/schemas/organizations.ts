/**
 * `organizations` — one YAML file per alliance or union, `src/content/organizations/<id>.yaml`
 * (`nato`, `eu`). Membership dates live here only; country pages derive "memberships" from it.
 */
import { z } from 'astro/zod';
import { citation, id, nonEmpty, partialDate } from './common.ts';

export const membershipSchema = z.strictObject({
  country: id('country'),
  joined: partialDate.describe('When the state became a member, as precise as the source says.'),
  left: partialDate.optional().describe('When membership ended, if it has.'),
  sources: z
    .array(citation)
    .min(1, 'name at least one source for the membership dates')
    .describe('Where the dates come from.'),
});

export const organizationSchema = z
  .strictObject({
    name: nonEmpty('Full name: "North Atlantic Treaty Organization".'),
    shortName: nonEmpty('Abbreviation: "NATO".'),
    members: z.array(membershipSchema).default([]).describe('Member states with joining dates.'),
  })
  .describe('An alliance or union whose membership the site shows.');

export type Organization = z.output<typeof organizationSchema>;
