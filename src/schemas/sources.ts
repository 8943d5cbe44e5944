/**
 * `sources` — one Markdown file per document, `src/content/sources/<id>.md`
 * (`reuters-2025-03-18`, `untc-xxvi-5`). Every claim, event and participation row points here.
 * Never invent a URL: a document without a known address leaves `url` out and says why in `noUrl`.
 * Body: optional notes on the source (what it is, what it says), in your own words.
 *
 * `standing` says what kind of word the source is: the depositary's own record, an authentic text,
 * a statement by whoever it speaks for, established reporting, or one of the weak kinds (an
 * aggregator or rewrite, a state-controlled outlet, a partisan site, an unofficial copy), which can
 * attribute a claim but never alone make it "accurate".
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

export const standings = [
  'depositary-record',
  'official-text',
  'official-statement',
  'established-outlet',
  'aggregator',
  'state-controlled',
  'partisan',
  'unofficial-copy',
] as const;
export type Standing = (typeof standings)[number];

/** What each standing means and when to use it: the field's description, the scaffolder's help and CONTRIBUTING say the same. */
export const STANDING_GUIDE: Record<Standing, string> = {
  'depositary-record':
    'the depositary’s own record: a UN Treaty Collection status page or C.N. depositary notification (or another depositary’s register). Only this settles signature, consent and withdrawal dates.',
  'official-text':
    'an authentic text as its official publisher issues it: the treaty text from the depositary or an official gazette or legal database (fedlex, RIS, the UNTC certified copy), a law or decree as promulgated.',
  'official-statement':
    'what a government, parliament, international organization or NGO publishes in its own name (a ministry statement, the Kremlin site, NATO’s member list, an ICBL announcement): authoritative for what they say, not beyond it.',
  'established-outlet':
    'reporting by an established news organization with its own editors (Reuters, AP, ERR, Politico), including a wire story carried by an established paper: the wire is the author.',
  aggregator:
    'an aggregator or rewrite: a site that republishes or condenses what others reported (News.Az relaying other media, see.news, a games site carrying a Reuters item). Weak: cite it for attribution only.',
  'state-controlled':
    'a state-controlled outlet (TASS, Izvestia, news.by, TRT): it reports what its government wants said. Weak: cite it for attribution only.',
  partisan:
    'a partisan or conspiracy site (Voltaire Network), even when it reprints an official text. Weak: cite it only where no better copy is found, and say so.',
  'unofficial-copy':
    'an unofficial copy: a mirror or transcription of an official text (droit-bilingue.ch, gesetzefinden.at, Wikisource, an OCR transcription). Weak: cite the authentic text instead where you can find it.',
};

/** Standings that cannot alone support an "accurate" verdict. */
export const weakStandings = [
  'aggregator',
  'state-controlled',
  'partisan',
  'unofficial-copy',
] as const satisfies readonly Standing[];

export function isWeakStanding(standing: Standing): boolean {
  return (weakStandings as readonly Standing[]).includes(standing);
}

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
    standing: z
      .enum(standings)
      .describe(
        `What kind of word this source is (required). ${standings.map((s) => `"${s}": ${STANDING_GUIDE[s]}`).join(' ')} A claim whose sources are all weak (aggregator, state-controlled, partisan, unofficial-copy) cannot be rated "accurate".`,
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
