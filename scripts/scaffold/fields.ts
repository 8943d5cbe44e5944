/**
 * What `npm run new` asks for, kind by kind: one entry per flag, in the order of the schema. Help
 * texts come from the schemas' own `.describe()` wording, so `--help`, the prompts and the
 * editor's hover text all say the same thing.
 */
import type { z } from 'astro/zod';
import { briefingSchema } from '../../src/schemas/briefings.ts';
import { claimKinds, claimSchema, ranks, relationTypes, verdicts } from '../../src/schemas/claims.ts';
import { domesticEventTypes, eventsFileSchema } from '../../src/schemas/events.ts';
import { consentTypes } from '../../src/schemas/participation.ts';
import { sourceKinds, sourceSchema, standings } from '../../src/schemas/sources.ts';
import { schemaAt } from '../../src/lib/check/schema-errors.ts';

export const KINDS = ['claim', 'source', 'briefing', 'event'] as const;
export type Kind = (typeof KINDS)[number];

/** Collections a flag can point into; the scaffolder checks the id exists and suggests near ones. */
export type RefCollection = 'countries' | 'treaties' | 'sources' | 'claims';

export type Value = string | string[] | boolean | undefined;
export type Values = Record<string, Value>;

export interface Field {
  flag: string;
  help: string;
  /** Required always, or depending on other answers. */
  required?: boolean | ((values: Values) => boolean);
  /** Asked and written only when this holds (consent type only for a consent event). */
  applies?: (values: Values) => boolean;
  /** Repeatable: `--country poland --country estonia`. */
  multiple?: boolean;
  choices?: readonly string[];
  ref?: RefCollection;
  date?: 'partial' | 'full';
  /** `ID` or `ID:where in it`, e.g. `untc-xxvi-5:end note 8`. */
  citation?: boolean;
  /** `TYPE:CLAIM-ID`, e.g. `contradicts:seimas-ccm-vote-99`. */
  relation?: boolean;
  boolean?: boolean;
  /** An example for --help. */
  example?: string;
}

export interface KindSpec {
  collection: 'claims' | 'sources' | 'briefings' | 'events';
  summary: string;
  fields: Field[];
  example: string;
}

/** The description a schema gives a field, so help and editor hover text never drift apart. */
function described(schema: z.ZodType, path: string, fallback = ''): string {
  const text = schemaAt(schema, path.split('.'))?.description;
  return text ?? fallback;
}

const eventField = (name: string, fallback = '') => described(eventsFileSchema, `events.0.${name}`, fallback);

const SOURCE_HELP =
  'A source id, optionally with where in it: "untc-xxvi-5" or "untc-xxvi-5:end note 8". Repeat for more.';

export const SPECS: Record<Kind, KindSpec> = {
  claim: {
    collection: 'claims',
    summary: 'one sourced claim with a verdict → src/content/claims/<id>.md',
    example:
      'npm run new -- claim --statement "…" --claimant "Parliament of Finland" --claimant-kind government --claimant-country finland --made 2025-06-19 --country finland --treaty ottawa-convention --kind fact --source finland-dpa-2025-06 --verdict unverified --reason "…"',
    fields: [
      { flag: 'statement', required: true, help: described(claimSchema, 'statement') },
      {
        flag: 'claimant',
        required: true,
        help: described(claimSchema, 'claimant.name'),
        example: 'Parliament of Finland',
      },
      {
        flag: 'claimant-kind',
        required: true,
        choices: ['government', 'person', 'organization', 'outlet'],
        help: 'What kind of claimant: a government (or its ministers and parliament), a person speaking for themselves, an organization, or a news outlet.',
      },
      { flag: 'claimant-country', ref: 'countries', help: described(claimSchema, 'claimant.country') },
      { flag: 'made', required: true, date: 'partial', help: described(claimSchema, 'made') },
      { flag: 'where', help: described(claimSchema, 'where') },
      {
        flag: 'country',
        multiple: true,
        ref: 'countries',
        help: 'A country the claim is about (its id). Repeat for more; name at least one country or treaty.',
      },
      {
        flag: 'treaty',
        multiple: true,
        ref: 'treaties',
        help: 'A treaty the claim is about (its id). Repeat for more.',
      },
      { flag: 'kind', required: true, choices: claimKinds, help: described(claimSchema, 'kind') },
      { flag: 'source', required: true, multiple: true, citation: true, ref: 'sources', help: SOURCE_HELP },
      { flag: 'rank', choices: ranks, help: `${described(claimSchema, 'rank')} Leave out for "normal".` },
      {
        flag: 'verdict',
        required: true,
        choices: verdicts,
        help: described(claimSchema, 'verdict').replace(' rating:', ' The rating:'),
      },
      { flag: 'reason', required: true, help: described(claimSchema, 'verdict.reason') },
      {
        flag: 'relation',
        multiple: true,
        relation: true,
        ref: 'claims',
        help: `${described(claimSchema, 'relations')} Written TYPE:CLAIM-ID, TYPE one of ${relationTypes.join(', ')}: "contradicts:seimas-ccm-vote-99". Repeat for more.`,
      },
      { flag: 'body', help: 'Context and review notes, in your own words (Markdown).' },
    ],
  },
  source: {
    collection: 'sources',
    summary: 'one cited document → src/content/sources/<id>.md',
    example:
      'npm run new -- source --kind news-report --title "Parliament approves Finland’s withdrawal from landmine ban treaty" --publisher "dpa" --published 2025-06-19 --standing established-outlet --url https://…',
    fields: [
      { flag: 'kind', required: true, choices: sourceKinds, help: described(sourceSchema, 'kind') },
      { flag: 'title', required: true, help: described(sourceSchema, 'title') },
      { flag: 'publisher', required: true, help: described(sourceSchema, 'publisher') },
      { flag: 'author', help: described(sourceSchema, 'author') },
      { flag: 'published', required: true, date: 'partial', help: described(sourceSchema, 'published') },
      { flag: 'url', help: `${described(sourceSchema, 'url')} Give --url or --no-url.` },
      { flag: 'no-url', required: (v) => !v['url'], help: described(sourceSchema, 'noUrl') },
      { flag: 'archived-url', help: described(sourceSchema, 'archivedUrl') },
      {
        flag: 'language',
        help: `${described(sourceSchema, 'language', 'ISO 639 language code.')} Leave out for English ("en").`,
      },
      { flag: 'standing', required: true, choices: standings, help: described(sourceSchema, 'standing') },
      { flag: 'summary', help: described(sourceSchema, 'summary') },
      { flag: 'body', help: 'Notes on the source (what it is, what it says), in your own words (Markdown).' },
    ],
  },
  briefing: {
    collection: 'briefings',
    summary: 'an article in MDX → src/content/briefings/<id>.mdx',
    example:
      'npm run new -- briefing --title "Finland leaves the mine ban" --summary "…" --author "Treaty Ledger" --country finland --treaty ottawa-convention',
    fields: [
      { flag: 'title', required: true, help: described(briefingSchema, 'title') },
      { flag: 'summary', required: true, help: described(briefingSchema, 'summary') },
      {
        flag: 'author',
        required: true,
        multiple: true,
        help: 'An author’s name as it should appear. Repeat for more.',
      },
      {
        flag: 'country',
        multiple: true,
        ref: 'countries',
        help: 'A country the briefing is about (its id). Repeat for more.',
      },
      {
        flag: 'treaty',
        multiple: true,
        ref: 'treaties',
        help: 'A treaty the briefing is about (its id). Repeat for more.',
      },
      {
        flag: 'body',
        help: 'The article (MDX); without it the file gets a comment listing the components you can use.',
      },
    ],
  },
  event: {
    collection: 'events',
    summary: 'a hand-curated event appended to src/content/events/<file>.yaml',
    example:
      'npm run new -- event --file ottawa-convention --treaty ottawa-convention --country finland --type parliament-vote --date 2025-06-19 --title "Parliament approves withdrawal, 157 votes to 18" --source finland-dpa-2025-06',
    fields: [
      {
        flag: 'file',
        help: 'The events file to add to, without .yaml (one per treaty or story); a new name starts a new file.',
      },
      { flag: 'treaty', required: true, ref: 'treaties', help: 'The treaty (its id).' },
      { flag: 'country', required: true, ref: 'countries', help: 'The country (its id).' },
      {
        flag: 'type',
        required: true,
        choices: [...domesticEventTypes, 'consent', 'consent-revoked'],
        help: 'A domestic step (announcement … suspension, other), or "consent" / "consent-revoked" for a depositary fact the current status page no longer shows.',
      },
      {
        flag: 'date',
        required: true,
        date: 'partial',
        help: `${described(eventsFileSchema, 'events.0.date', '')} Consent and revocation need the exact day.`,
      },
      { flag: 'title', required: true, help: eventField('title') },
      { flag: 'source', required: true, multiple: true, citation: true, ref: 'sources', help: SOURCE_HELP },
      { flag: 'note', help: eventField('note') },
      {
        flag: 'consent-type',
        choices: consentTypes,
        required: (v) => v['type'] === 'consent',
        applies: (v) => v['type'] === 'consent',
        help: 'How the state consented to be bound.',
      },
      {
        flag: 'claims-suspension',
        boolean: true,
        applies: (v) => typeof v['type'] === 'string' && (domesticEventTypes as readonly string[]).includes(v['type']),
        help: eventField('claimsSuspension'),
      },
    ],
  },
};

/** Flags every kind takes. */
export const COMMON_FLAGS: Field[] = [
  {
    flag: 'id',
    help: 'The entry id (its file name): lowercase words joined by hyphens. Made from the title, statement or publisher and date when left out.',
  },
  { flag: 'content-dir', help: 'The content folder to write to (default src/content, or LEDGER_CONTENT_DIR).' },
  { flag: 'dry-run', boolean: true, help: 'Print the file and the check result without writing anything.' },
];

export function isRequired(field: Field, values: Values): boolean {
  return typeof field.required === 'function' ? field.required(values) : field.required === true;
}

export function applies(field: Field, values: Values): boolean {
  return field.applies ? field.applies(values) : true;
}
