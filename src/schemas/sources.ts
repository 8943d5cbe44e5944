/**
 * `sources` — one Markdown file per document, `src/content/sources/<id>.md`
 * (`reuters-2025-03-18`, `untc-xxvi-5`). Every claim, event and participation row points here.
 * Never invent a URL: a document without a known address leaves `url` out and says why in `noUrl`.
 * Body: optional notes on the source (reliability, what it says), in your own words.
 */
import { z } from 'astro/zod';
import { fullDate, httpUrl, nonEmpty, partialDate } from './common.ts';

export const sourceKinds = [
  'depositary-record',
  'treaty-text',
  'government-statement',
  'parliamentary-record',
  'news-report',
  'ngo-report',
  'international-organization',
] as const;

export const sourceSchema = z
  .strictObject({
    kind: z
      .enum(sourceKinds)
      .describe(
        'What sort of document. Only a "depositary-record" (a UN Treaty Collection status page or C.N. depositary notification) settles signature, consent and withdrawal dates; a "news-report" attributes who said what.',
      ),
    title: nonEmpty('Title of the document or article as published, in its own language.'),
    publisher: nonEmpty('Who published it: "Reuters", "United Nations Treaty Collection".'),
    author: z.string().min(1).optional().describe('Author or authors, if named.'),
    published: partialDate.describe(
      'Publication date as precise as the document gives it: "2025-06-19", "2025-06" or "2025".',
    ),
    url: httpUrl
      .optional()
      .describe(
        'The address you read it at, copied from the browser. If you have none, leave it out and say why in noUrl: never guess or build one.',
      ),
    noUrl: z
      .string()
      .min(1)
      .optional()
      .describe('Why there is no link (e.g. "printed statement; no online copy found").'),
    archivedUrl: httpUrl.optional().describe('An archived copy (web.archive.org, archive.today).'),
    retrieved: fullDate.optional().describe('The day you last opened the link and found the document there.'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code such as "en"')
      .default('en'),
    reliability: z
      .enum(['authoritative', 'reliable', 'attribution-only'])
      .optional()
      .describe(
        '"authoritative" for depositary records and treaty texts; "reliable" for established outlets and official statements; "attribution-only" for outlets that report what others say but cannot confirm it (state-controlled media).',
      ),
    summary: z.string().min(1).optional().describe('What the source says that the site relies on, in your own words.'),
  })
  .superRefine((source, ctx) => {
    if (!source.url && !source.noUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'a source needs a url, or noUrl saying why there is none (never invent a link)',
      });
    }
  })
  .describe('A document the site cites.');

export type Source = z.output<typeof sourceSchema>;
