/**
 * The collections and where they live. `src/content.config.ts` (Astro) and the integrity check
 * (`src/lib/integrity`) both read this table, so a collection cannot be loaded by one and missed
 * by the other.
 */
import type { z } from 'astro/zod';
import { briefingSchema } from './briefings.ts';
import { claimSchema } from './claims.ts';
import { countrySchema } from './countries.ts';
import { eventsFileSchema } from './events.ts';
import { organizationSchema } from './organizations.ts';
import { participationSchema } from './participation.ts';
import { sourceSchema } from './sources.ts';
import { treatySchema } from './treaties.ts';

export type FileFormat = 'markdown' | 'mdx' | 'yaml';

export interface CollectionSpec {
  /** Folder under src/content/. */
  folder: string;
  format: FileFormat;
  /** Accepted file extensions; anything else in the folder is reported, never skipped. */
  extensions: readonly string[];
  schema: z.ZodType;
  /** One line for contributors: what goes in the folder. */
  description: string;
}

export const COLLECTIONS = {
  countries: {
    folder: 'countries',
    format: 'markdown',
    extensions: ['.md'],
    schema: countrySchema,
    description: 'one Markdown file per state: countries/<id>.md',
  },
  organizations: {
    folder: 'organizations',
    format: 'yaml',
    extensions: ['.yaml'],
    schema: organizationSchema,
    description: 'one YAML file per alliance or union: organizations/<id>.yaml',
  },
  treaties: {
    folder: 'treaties',
    format: 'markdown',
    extensions: ['.md'],
    schema: treatySchema,
    description: 'one Markdown file per treaty: treaties/<id>.md',
  },
  participation: {
    folder: 'participation',
    format: 'yaml',
    extensions: ['.yaml'],
    schema: participationSchema,
    description: 'generated depositary records, one YAML file per treaty: participation/<treaty-id>.yaml',
  },
  events: {
    folder: 'events',
    format: 'yaml',
    extensions: ['.yaml'],
    schema: eventsFileSchema,
    description: 'hand-curated events and overrides: events/<name>.yaml',
  },
  sources: {
    folder: 'sources',
    format: 'markdown',
    extensions: ['.md'],
    schema: sourceSchema,
    description: 'one Markdown file per cited document: sources/<id>.md',
  },
  claims: {
    folder: 'claims',
    format: 'markdown',
    extensions: ['.md'],
    schema: claimSchema,
    description: 'one Markdown file per claim: claims/<id>.md',
  },
  briefings: {
    folder: 'briefings',
    format: 'mdx',
    extensions: ['.mdx'],
    schema: briefingSchema,
    description: 'one MDX file per briefing: briefings/<id>.mdx',
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
