/**
 * Words for the values the schemas allow, in one place, so every page says "Unverified" or
 * "News report" the same way. Records are keyed by the schema enums: a new value without a label
 * fails the type check.
 */
import type { ClaimFacet } from '../urls/routes.ts';
import type { Claim } from '../../schemas/claims.ts';
import type { Source } from '../../schemas/sources.ts';
import type { ConsentType, ReviewReason } from '../../schemas/participation.ts';
import type { Topic, Treaty } from '../../schemas/treaties.ts';

export const VERDICT_LABELS: Record<Claim['verdict']['rating'], string> = {
  accurate: 'Accurate',
  imprecise: 'Imprecise',
  disputed: 'Disputed',
  false: 'False',
  unverified: 'Unverified',
  'not-rated': 'Not rated',
};

/** What each verdict means, for the filter pages and the claim page. */
export const VERDICT_MEANINGS: Record<Claim['verdict']['rating'], string> = {
  accurate: 'a depositary record or the treaty text confirms it',
  imprecise: 'the records bear out the substance but differ on a detail such as a date or a count',
  disputed: 'sources disagree and the records do not settle it',
  false: 'the records contradict it',
  unverified: 'only the outlet that reported it says so; no record confirms it yet',
  'not-rated': 'an opinion or a recommendation: it states no fact a record could confirm, so it is recorded, not rated',
};

export const KIND_LABELS: Record<Claim['kind'], string> = {
  fact: 'Fact',
  forecast: 'Forecast',
  recommendation: 'Recommendation',
  intention: 'Intention',
  opinion: 'Opinion',
};

export const RANK_LABELS: Record<Claim['rank'], string> = {
  preferred: 'Preferred (the best-supported version)',
  normal: 'Normal',
  deprecated: 'Deprecated (superseded or shown wrong)',
};

/** What a rank is for, beside a claim's rank (shown only when it is not "normal"). */
export const RANK_NOTE =
  'Where claims conflict about the same fact, the ledger ranks them: the preferred one is the version the sources best support; a deprecated one was superseded or shown wrong.';

export const CLAIMANT_KIND_LABELS: Record<Claim['claimant']['kind'], string> = {
  government: 'government',
  person: 'person',
  organization: 'organization',
  outlet: 'news outlet',
};

export const SOURCE_KIND_LABELS: Record<Source['kind'], string> = {
  'depositary-record': 'Depositary record',
  'treaty-text': 'Treaty text',
  'government-statement': 'Government statement',
  'parliamentary-record': 'Parliamentary record',
  'news-report': 'News report',
  'ngo-report': 'NGO report',
  'international-organization': 'International organization',
};

/** A source's standing in a few words, shown beside every citation, on its page and in search. */
export const STANDING_LABELS: Record<Source['standing'], string> = {
  'depositary-record': 'depositary record',
  'official-text': 'official text',
  'official-statement': 'official statement',
  'established-outlet': 'established outlet',
  aggregator: 'aggregator or rewrite',
  'state-controlled': 'state-controlled outlet',
  partisan: 'partisan',
  'unofficial-copy': 'unofficial copy (mirror or transcription)',
};

/** What each standing means for a reader, on the source page. */
export const STANDING_MEANINGS: Record<Source['standing'], string> = {
  'depositary-record': 'the depositary’s own record: it settles signature, consent and withdrawal dates',
  'official-text': 'an authentic text as its official publisher issues it',
  'official-statement': 'published by a government, organization or campaign in its own name: it shows what they say',
  'established-outlet': 'reporting by an established news organization with its own editors',
  aggregator: 'a site that republishes or condenses what others reported: cited for attribution only',
  'state-controlled': 'an outlet controlled by a state: cited for attribution only, never as confirmation',
  partisan: 'a partisan site: cited only where no better copy was found, never as confirmation',
  'unofficial-copy': 'a mirror or transcription, not the official publication: never confirmation on its own',
};

/** A short form for the label beside a citation, where the full label would crowd the line. */
export const STANDING_SHORT_LABELS: Record<Source['standing'], string> = {
  'depositary-record': 'depositary record',
  'official-text': 'official text',
  'official-statement': 'official statement',
  'established-outlet': 'established outlet',
  aggregator: 'aggregator',
  'state-controlled': 'state-controlled',
  partisan: 'partisan',
  'unofficial-copy': 'unofficial copy',
};

export const CONSENT_LABELS: Record<ConsentType, string> = {
  ratification: 'ratification',
  accession: 'accession',
  acceptance: 'acceptance',
  approval: 'approval',
  succession: 'succession',
};

export const FACET_LABELS: Record<ClaimFacet, string> = { verdict: 'Verdict', kind: 'Kind' };

export function facetValueLabel(facet: ClaimFacet, value: string): string {
  const labels: Record<string, string> = facet === 'verdict' ? VERDICT_LABELS : KIND_LABELS;
  return labels[value] ?? value;
}

export const TOPIC_LABELS: Record<Topic, string> = {
  landmines: 'Landmines',
  'cluster-munitions': 'Cluster munitions',
  'conventional-weapons': 'Conventional weapons',
  'chemical-weapons': 'Chemical weapons',
  'biological-weapons': 'Biological weapons',
  'nuclear-testing': 'Nuclear testing',
  'nuclear-weapons': 'Nuclear weapons',
  'nuclear-weapon-free-zone': 'Nuclear-weapon-free zones',
  'outer-space': 'Outer space',
  'confidence-building': 'Confidence-building',
  'arms-trade': 'Arms trade',
  'environmental-modification': 'Environmental modification',
  bilateral: 'Bilateral',
};

/** A treaty's topics in words: "Nuclear weapons, Bilateral". */
export function topicsText(topics: readonly Topic[]): string {
  return topics.map((t) => TOPIC_LABELS[t]).join(', ');
}

export const PARTIES_KIND_LABELS: Record<Treaty['parties'], string> = {
  multilateral: 'Multilateral',
  bilateral: 'Bilateral (two parties)',
};

export const REVIEW_REASON_LABELS: Record<ReviewReason, string> = {
  predecessor: 'a predecessor state’s deposit',
  'sources-disagree': 'the sources disagree',
  'years-apart': 'deposits years apart',
};
