/**
 * `countries` — one Markdown file per state or other treaty participant, `src/content/countries/<id>.md`.
 * Id: a readable slug of the short name (`poland`, `state-of-palestine`). Read by country pages,
 * treaty participant tables, search (alternative names) and the data downloads.
 * Body: an optional overview in your own words.
 */
import { z } from 'astro/zod';
import { nonEmpty } from './common.ts';

/** A state's standing at the United Nations. */
export const unStatuses = ['member', 'observer', 'non-member'] as const;

export const countrySchema = z
  .strictObject({
    name: nonEmpty('Short English name as readers know it: "Poland", "Türkiye".'),
    officialName: nonEmpty('Formal name: "Republic of Poland".'),
    iso2: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be two capital letters (ISO 3166-1 alpha-2), e.g. "PL"')
      .describe('ISO 3166-1 alpha-2 code.'),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3), e.g. "POL"')
      .describe('ISO 3166-1 alpha-3 code.'),
    isoNumeric: z
      .string()
      .regex(/^\d{3}$/, 'must be three digits in quotes, e.g. "616"')
      .describe('ISO 3166-1 numeric code, three digits, quoted ("616").'),
    untcName: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The name as the UN Treaty Collection spells it, when it differs ("Bolivia (Plurinational State of)").',
      ),
    region: nonEmpty('UN geoscheme region: Africa, Americas, Asia, Europe or Oceania.'),
    subregion: z.string().min(1).optional().describe('UN geoscheme subregion: "Eastern Europe", "Northern Europe".'),
    unStatus: z
      .enum(unStatuses)
      .describe(
        '"member" of the United Nations, "observer" state (Holy See, State of Palestine), or "non-member" participant (Cook Islands, Niue).',
      ),
    alternativeNames: z
      .array(z.string().min(1))
      .default([])
      .describe('Other names readers search for: endonyms ("Polska"), former names, common spellings.'),
  })
  .describe('A state or other participant in the treaties.');

export type Country = z.output<typeof countrySchema>;
