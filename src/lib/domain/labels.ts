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
};

/** What each verdict means, for the filter pages and the claim page. */
export const VERDICT_MEANINGS: Record<Claim['verdict']['rating'], string> = {
  accurate: 'a depositary record or the treaty text confirms it',
  imprecise: 'the records bear out the substance but differ on a detail such as a date or a count',
  disputed: 'sources disagree and the records do not settle it',
  false: 'the records contradict it',
  unverified: 'only the outlet that reported it says so; no record confirms it yet',
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

export const RELIABILITY_LABELS: Record<NonNullable<Source['reliability']>, string> = {
  authoritative: 'Authoritative: settles dates',
  reliable: 'Reliable reporting',
  'attribution-only': 'Attribution only: reports what others say, cannot confirm it',
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
