/**
 * Astro's view of the content. Each collection's schema lives in src/schemas/<name>.ts and its
 * folder in src/schemas/index.ts; the integrity check (src/lib/check/integrity.ts) has already read the
 * same files with the same schemas and stopped the build on any problem before this runs.
 *
 * Ids are file names. Markdown bodies of claims, countries, treaties and sources are rendered by
 * src/lib/markdown/markdown.ts (sanitized, base-path aware); briefings are MDX, loaded by Astro's glob
 * loader so their components render.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { fileURLToPath } from 'node:url';
import { briefingSchema } from './schemas/briefings.ts';
import { claimSchema } from './schemas/claims.ts';
import { countrySchema } from './schemas/countries.ts';
import { eventsFileSchema } from './schemas/events.ts';
import { organizationSchema } from './schemas/organizations.ts';
import { participationSchema } from './schemas/participation.ts';
import { sourceSchema } from './schemas/sources.ts';
import { treatySchema } from './schemas/treaties.ts';
import { COLLECTIONS } from './schemas/index.ts';
import { datesAsWritten } from './lib/check/content-files.ts';
import { ledgerLoader } from './lib/io/loader.ts';

/** Tests and the benchmark point the build at another content folder. */
const contentDir = process.env['LEDGER_CONTENT_DIR'] ?? fileURLToPath(new URL('./content/', import.meta.url));

export const collections = {
  /** countries/<id>.md — read by country pages, participant tables, search, downloads. */
  countries: defineCollection({ loader: ledgerLoader('countries', contentDir), schema: countrySchema }),
  /** organizations/<id>.yaml — NATO, EU; memberships shown on country pages. */
  organizations: defineCollection({ loader: ledgerLoader('organizations', contentDir), schema: organizationSchema }),
  /** treaties/<id>.md — treaty pages; rules drive every computed date. */
  treaties: defineCollection({ loader: ledgerLoader('treaties', contentDir), schema: treatySchema }),
  /** participation/<treaty-id>.yaml — generated from UNTC by scripts/import-untc.ts. */
  participation: defineCollection({ loader: ledgerLoader('participation', contentDir), schema: participationSchema }),
  /** events/*.yaml — hand-curated domestic steps, revocations and overrides. */
  events: defineCollection({ loader: ledgerLoader('events', contentDir), schema: eventsFileSchema }),
  /** sources/<id>.md — every cited document. */
  sources: defineCollection({ loader: ledgerLoader('sources', contentDir), schema: sourceSchema }),
  /** claims/<id>.md — sourced claims with verdicts. */
  claims: defineCollection({ loader: ledgerLoader('claims', contentDir), schema: claimSchema }),
  /** briefings/<id>.mdx — articles; MDX components cite claims and draw tables from data. */
  briefings: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/${COLLECTIONS.briefings.folder}` }),
    schema: z.preprocess(datesAsWritten, briefingSchema),
  }),
};
