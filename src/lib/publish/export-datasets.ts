/**
 * The six downloads, column by column: countries, treaties, participation, events, claims and
 * sources. Every value comes from the ledger (the same merged and computed facts the pages show);
 * rows are sorted by id (events by date, then id) in plain code-unit order, so releases diff cleanly.
 */
import { claimantKinds, claimKinds, ranks, verdicts } from '../../schemas/claims.ts';
import { domesticEventTypes } from '../../schemas/events.ts';
import { consentTypes, reviewReasons } from '../../schemas/participation.ts';
import { sourceKinds, standings } from '../../schemas/sources.ts';
import { unStatuses, type Country } from '../../schemas/countries.ts';
import type { Claim } from '../../schemas/claims.ts';
import type { Source } from '../../schemas/sources.ts';
import {
  entryIntoForceRuleSchema,
  topics,
  treatyEndKinds,
  treatyPartyKinds,
  withdrawalRuleSchema,
  type Treaty,
} from '../../schemas/treaties.ts';
import { dateRange, parsePartialDate } from '../core/dates.ts';
import { byCodeUnit, type Column, type Dataset, type Licence } from './exports.ts';
import type { Entry, EventKind, Ledger, LedgerEvent } from '../ledger/ledger.ts';
import type { Participant } from '../domain/participants.ts';
import { FLAGS, STATUSES } from '../domain/status.ts';
import { describeEntryIntoForceRule, describeWithdrawalRule, ENTRY_INTO_FORCE_BASES } from '../domain/treaty-rules.ts';

export const DATASET_NAMES = ['countries', 'treaties', 'participation', 'events', 'claims', 'sources'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export const LICENCES = {
  ccBy: {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Attribution 4.0 International',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  // The address the world-countries package gives for its licence.
  odbl: {
    id: 'ODbL-1.0',
    name: 'Open Data Commons Open Database License 1.0',
    url: 'https://opendatacommons.org/licenses/odbl/1.0/',
  },
} as const satisfies Record<string, Licence>;

const DEPOSITARY_NOTE =
  'Signature, consent and withdrawal dates are facts recorded by the depositaries (the United Nations Treaty Collection; for treaties the UN does not keep, the UNODA treaties database and the Dutch treaty database as extracted in data/unoda/). Computed dates, statuses and our wording: CC BY 4.0, credit "Treaty Ledger".';

export const EVENT_KINDS = [
  'signature',
  'consent',
  'entry-into-force',
  'provisional-application',
  'withdrawal-deposited',
  'withdrawal-effective',
  'consent-revoked',
  'withdrawal-notice',
  'treaty-ended',
  ...domesticEventTypes,
] as const satisfies readonly EventKind[];
const _allKinds: Exclude<EventKind, (typeof EVENT_KINDS)[number]> extends never ? true : never = true;
void _allKinds;

const text = <R>(name: string, meaning: string, get: (row: R) => string | undefined, optional = false): Column<R> => ({
  name,
  type: { kind: 'text' },
  meaning,
  get,
  optional,
});
const byId = <T extends { id: string }>(list: Iterable<T>) => [...list].sort((a, b) => byCodeUnit(a.id, b.id));
const idColumn = <R extends { id: string }>(collection: string): Column<R> => ({
  name: 'id',
  type: { kind: 'id', of: collection },
  meaning: `Identifier; the page is /${collection}/<id>/.`,
  get: (e) => e.id,
});
const sourceColumns = <R>(
  get: (row: R) => readonly { source: string; locator?: string | undefined }[],
): Column<R>[] => [
  {
    name: 'source_ids',
    type: { kind: 'list', item: { kind: 'id', of: 'sources' } },
    meaning: 'Ids of the sources (rows of sources.csv), in the order cited.',
    get: (r) => get(r).map((c) => c.source),
  },
  {
    name: 'sources',
    type: { kind: 'citations' },
    meaning: 'The same sources with where in each (page, end note): "id" or "id (locator)".',
    get,
  },
];

function countries(ledger: Ledger): Dataset<Entry<Country>> {
  return {
    name: 'countries',
    title: 'Countries',
    description: 'One row per state or other treaty participant, sorted by id.',
    licence: LICENCES.odbl,
    licenceNote:
      'Names and ISO codes derive from the world-countries package (ODbL 1.0); alternative names added by Treaty Ledger.',
    rows: byId(ledger.countries.values()),
    columns: [
      idColumn('countries'),
      text('name', 'Short English name.', (e: Entry<Country>) => e.data.name),
      text('official_name', 'Formal name.', (e: Entry<Country>) => e.data.officialName),
      text('iso2', 'ISO 3166-1 alpha-2 code.', (e: Entry<Country>) => e.data.iso2),
      text('iso3', 'ISO 3166-1 alpha-3 code.', (e: Entry<Country>) => e.data.iso3),
      text(
        'iso_numeric',
        'ISO 3166-1 numeric code, three digits with leading zeros kept.',
        (e: Entry<Country>) => e.data.isoNumeric,
      ),
      text(
        'untc_name',
        'The name as the UN Treaty Collection spells it, where it differs.',
        (e: Entry<Country>) => e.data.untcName,
        true,
      ),
      text('region', 'UN geoscheme region.', (e: Entry<Country>) => e.data.region),
      text('subregion', 'UN geoscheme subregion.', (e: Entry<Country>) => e.data.subregion, true),
      {
        name: 'un_status',
        type: { kind: 'enum', values: unStatuses },
        meaning: 'Member of the United Nations, observer state, or non-member participant.',
        get: (e) => e.data.unStatus,
      },
      {
        name: 'alternative_names',
        type: { kind: 'list', item: { kind: 'text' } },
        meaning: 'Other names readers search for (endonyms, former names).',
        get: (e) => e.data.alternativeNames,
      },
    ],
  };
}

/** The UN Treaty Collection entry of the treaty's UN depositary, if the UN is one. */
const untcOf = (e: Entry<Treaty>) => e.data.depositaries.find((d) => d.untc)?.untc;

function treaties(ledger: Ledger): Dataset<Entry<Treaty>> {
  const counts = (e: Entry<Treaty>) => ledger.countsAsOf.get(e.id);
  const eif = (e: Entry<Treaty>) => e.data.rules.entryIntoForce;
  const wd = (e: Entry<Treaty>) => e.data.rules.withdrawal;
  return {
    name: 'treaties',
    title: 'Treaties',
    description: 'One row per treaty with its rules and the counts on the as-of date, sorted by id.',
    licence: LICENCES.ccBy,
    licenceNote: DEPOSITARY_NOTE,
    rows: byId(ledger.treaties.values()),
    columns: [
      idColumn('treaties'),
      text('short_name', 'What readers call it.', (e: Entry<Treaty>) => e.data.shortName),
      text('title', 'Full title as the depositary gives it.', (e: Entry<Treaty>) => e.data.title),
      text('abbreviation', 'Common abbreviation.', (e: Entry<Treaty>) => e.data.abbreviation, true),
      {
        name: 'aliases',
        type: { kind: 'list', item: { kind: 'text' } },
        meaning: 'Other names.',
        get: (e) => e.data.aliases,
      },
      text(
        'untc_chapter',
        'UN Treaty Collection chapter, where the UN Secretary-General is a depositary.',
        (e: Entry<Treaty>) => untcOf(e)?.chapter,
        true,
      ),
      text(
        'untc_number',
        'UN Treaty Collection number (MTDSG), unique per treaty, where the UN Secretary-General is a depositary.',
        (e: Entry<Treaty>) => untcOf(e)?.number,
        true,
      ),
      {
        name: 'topics',
        type: { kind: 'list', item: { kind: 'enum', values: topics } },
        meaning: 'What the treaty is about (one to four topics).',
        get: (e) => e.data.topics,
      },
      {
        name: 'parties_kind',
        type: { kind: 'enum', values: treatyPartyKinds },
        meaning: 'multilateral (open to many states through a depositary) or bilateral (two parties).',
        get: (e) => e.data.parties,
      },
      {
        name: 'adopted_date',
        type: { kind: 'date' },
        optional: true,
        meaning: 'When the text was adopted; empty when no source gives it.',
        get: (e) => e.data.adopted?.date,
      },
      text('adopted_place', 'Where the text was adopted.', (e: Entry<Treaty>) => e.data.adopted?.place, true),
      {
        name: 'opened_for_signature_date',
        type: { kind: 'date' },
        optional: true,
        meaning: 'When it opened for signature.',
        get: (e) => e.data.openedForSignature?.date,
      },
      text(
        'opened_for_signature_place',
        'Where it opened for signature.',
        (e: Entry<Treaty>) => e.data.openedForSignature?.place,
        true,
      ),
      {
        name: 'entry_into_force_date',
        type: { kind: 'date' },
        optional: true,
        meaning: 'When the treaty itself entered into force; empty while it is not in force.',
        get: (e) => e.data.entryIntoForce.date,
      },
      text(
        'entry_into_force_condition',
        'What brings the treaty into force, with its article.',
        (e: Entry<Treaty>) => e.data.entryIntoForce.condition,
      ),
      {
        name: 'depositaries',
        type: { kind: 'list', item: { kind: 'text' } },
        meaning: 'Who keeps the instruments, with the place where the records name one; empty for a bilateral treaty.',
        get: (e) => e.data.depositaries.map((d) => (d.place ? `${d.name} (${d.place})` : d.name)),
      },
      {
        name: 'end_kind',
        type: { kind: 'enum', values: treatyEndKinds },
        optional: true,
        meaning: "How the treaty ended, if it has: terminated (by a party's act) or expired (its term ran out).",
        get: (e) => e.data.end?.kind,
      },
      {
        name: 'end_date',
        type: { kind: 'date' },
        optional: true,
        meaning: 'The day the treaty ended; after it no state is a party (status treaty-ended).',
        get: (e) => e.data.end?.date,
      },
      {
        name: 'record_as_at',
        type: { kind: 'date' },
        optional: true,
        meaning:
          'For treaties not imported from a single depositary page: the date the participation record is complete to.',
        get: (e) => e.data.record?.asAt,
      },
      {
        name: 'text_url',
        type: { kind: 'url' },
        optional: true,
        meaning: 'The authentic text.',
        get: (e) => e.data.textUrl,
      },
      {
        name: 'entry_into_force_rule_kind',
        type: {
          kind: 'enum',
          values: entryIntoForceRuleSchema.options.map((o) => o.shape.kind.value),
        },
        meaning: 'The kind of rule that dates entry into force for a state consenting later.',
        get: (e) => eif(e).kind,
      },
      text('entry_into_force_rule', 'That rule in words.', (e: Entry<Treaty>) => describeEntryIntoForceRule(eif(e))),
      text(
        'entry_into_force_rule_article',
        'The article the rule comes from.',
        (e: Entry<Treaty>) => {
          const r = eif(e);
          return 'article' in r ? r.article : undefined;
        },
        true,
      ),
      {
        name: 'withdrawal_rule_kind',
        type: { kind: 'enum', values: withdrawalRuleSchema.options.map((o) => o.shape.kind.value) },
        meaning: 'The kind of rule that dates a withdrawal.',
        get: (e) => wd(e).kind,
      },
      text('withdrawal_rule', 'That rule in words, with any armed-conflict clause.', (e: Entry<Treaty>) =>
        describeWithdrawalRule(wd(e), { bilateral: e.data.parties === 'bilateral' }),
      ),
      text(
        'withdrawal_rule_article',
        'The article the withdrawal rule comes from.',
        (e: Entry<Treaty>) => {
          const r = wd(e);
          return 'article' in r ? r.article : undefined;
        },
        true,
      ),
      text(
        'armed_conflict_article',
        'The article that delays a withdrawal while the state is in an armed conflict, if any.',
        (e: Entry<Treaty>) => {
          const r = wd(e);
          return 'armedConflict' in r ? r.armedConflict?.article : undefined;
        },
        true,
      ),
      {
        name: 'depositary_status_as_at',
        type: { kind: 'date' },
        optional: true,
        meaning: 'The "status as at" date of the depositary page the participation rows were read from.',
        get: (e) => ledger.participation.get(e.id)?.data.statusAsAt,
      },
      {
        name: 'status_as_of',
        type: { kind: 'date' },
        meaning: 'The date the counts are computed for (AS_OF).',
        get: () => ledger.asOf,
      },
      {
        name: 'contracting_states',
        formerly: { name: 'states_bound', change: 'renamed' },
        type: { kind: 'integer' },
        meaning:
          'Contracting states: states that have consented and not withdrawn, whether or not the treaty is in force for them (VCLT Art. 2(1)(f); what the UN page header calls "Parties"). For a treaty not in force, its ratifications: such a treaty binds no state.',
        get: (e) => counts(e)?.bound,
      },
      {
        name: 'parties',
        type: { kind: 'integer' },
        meaning: 'States for which the treaty is in force (treaty law\'s "party"); 0 while the treaty is not in force.',
        get: (e) => counts(e)?.parties,
      },
      {
        name: 'signatories_only',
        type: { kind: 'integer' },
        meaning: 'States that signed and have not consented (or whose consent was revoked).',
        get: (e) => counts(e)?.signatoriesOnly,
      },
      {
        name: 'withdrawn',
        type: { kind: 'integer' },
        meaning: 'States whose withdrawal has taken effect.',
        get: (e) => counts(e)?.withdrawn,
      },
      {
        name: 'withdrawals_pending',
        type: { kind: 'integer' },
        meaning: 'Contracting states with a withdrawal deposited that has not yet taken effect.',
        get: (e) => counts(e)?.withdrawalsPending.length,
      },
      {
        name: 'awaiting_entry_into_force',
        type: { kind: 'integer' },
        meaning:
          'Contracting states for which the treaty has not yet entered into force, or whose date is not recorded (consented, not yet in force; not yet bound).',
        get: (e) => counts(e)?.awaitingEntryIntoForce.length,
      },
      {
        name: 'treaty_ended',
        type: { kind: 'integer' },
        meaning:
          'States that were in the treaty when it ended (terminated or expired); none of them is a party any more.',
        get: (e) => counts(e)?.treatyEnded,
      },
      text('summary', 'What the treaty does, in our words.', (e: Entry<Treaty>) => e.data.summary),
      ...sourceColumns<Entry<Treaty>>((e) => e.data.sources),
    ],
  };
}

function participation(ledger: Ledger): Dataset<Participant> {
  const rows = [...ledger.participantsByTreaty.values()]
    .flat()
    .sort((a, b) => byCodeUnit(a.treaty, b.treaty) || byCodeUnit(a.country, b.country));
  const status = (p: Participant) => ledger.statusAsOf.get(`${p.treaty}:${p.country}`);
  const date = (
    name: string,
    meaning: string,
    get: (p: Participant) => string | null | undefined,
  ): Column<Participant> => ({ name, type: { kind: 'date' }, optional: true, meaning, get });
  return {
    name: 'participation',
    title: 'Participation',
    description:
      'One row per participant per treaty: depositary dates, computed entry into force and withdrawal with their basis, and the status on the as-of date. Sorted by treaty id, then country id.',
    licence: LICENCES.ccBy,
    licenceNote: DEPOSITARY_NOTE,
    rows,
    columns: [
      {
        name: 'treaty',
        type: { kind: 'id', of: 'treaties' },
        meaning: 'The treaty (row of treaties.csv).',
        get: (p) => p.treaty,
      },
      {
        name: 'country',
        type: { kind: 'id', of: 'countries' },
        meaning: 'The participant (row of countries.csv).',
        get: (p) => p.country,
      },
      text(
        'country_name',
        "The participant's short name, for reading.",
        (p: Participant) => ledger.countries.get(p.country)?.data.name,
      ),
      text(
        'untc_name',
        'The name as the depositary spells it; empty when the row comes only from curated events.',
        (p: Participant) => p.untcName,
        true,
      ),
      {
        name: 'in_depositary_record',
        type: { kind: 'boolean' },
        meaning: "Whether the depositary's status page lists the participant at all.",
        get: (p) => p.inDepositaryRecord,
      },
      date('signature_date', 'Date of signature.', (p) => p.signature),
      date(
        'provisional_application_date',
        'Date a declaration of provisional application took effect.',
        (p) => p.provisionalApplication,
      ),
      {
        name: 'consent_type',
        type: { kind: 'enum', values: consentTypes },
        optional: true,
        meaning: 'How the state consented to be bound.',
        get: (p) => p.consent?.type,
      },
      date(
        'consent_date',
        'Date the instrument of consent was deposited (with several depositaries: the earliest deposit).',
        (p) => p.consent?.date,
      ),
      text(
        'consent_depositary',
        'Where that deposit was made, when the treaty has several depositaries and the record says.',
        (p: Participant) => p.consent?.depositary,
        true,
      ),
      {
        name: 'consent_review',
        type: { kind: 'list', item: { kind: 'enum', values: reviewReasons } },
        meaning:
          'Why the consent date is disputed and listed for review (empty when it is not): predecessor, sources-disagree, years-apart.',
        get: (p) => p.review?.reasons ?? [],
      },
      {
        name: 'deposits',
        type: { kind: 'list', item: { kind: 'text' } },
        meaning:
          'Every deposit the record keeps, oldest first, each as "date action depositary" ("1970-02-04 ratification Washington"; "depositary not stated" when the source does not say). Filled for treaties read from the UNODA extract (NPT, BWC, the zones, CFE, Open Skies…); empty for rows read from a single status page or from curated events.',
        get: (p) =>
          [...(p.deposits ?? [])]
            .sort((a, b) => a.date.localeCompare(b.date))
            .map((d) => `${d.date} ${d.action} ${d.depositary ?? 'depositary not stated'}`),
      },
      {
        name: 'consent_origin',
        type: { kind: 'enum', values: ['depositary', 'curated'] },
        optional: true,
        meaning: 'depositary: on the current status page; curated: a sourced event the page no longer shows.',
        get: (p) => p.consent?.origin,
      },
      date(
        'consent_revoked_date',
        'Date consent was revoked (not a treaty withdrawal).',
        (p) => p.consentRevoked?.date,
      ),
      date(
        'entry_into_force_date',
        'When the treaty entered into force for the state, computed from the treaty rule (or a recorded override).',
        (p) => p.entryIntoForce?.date,
      ),
      {
        name: 'entry_into_force_basis',
        type: { kind: 'enum', values: ENTRY_INTO_FORCE_BASES },
        optional: true,
        meaning:
          "How that date was reached: rule (the treaty's rule for later states), treaty-entry-into-force (consented before the treaty entered into force), treaty-not-in-force, succession (applies from the date of succession, not computed), rule-unknown, override (a recorded date with a stated reason).",
        get: (p) => p.entryIntoForce?.basis,
      },
      date(
        'withdrawal_deposited_date',
        'Date the depositary received the notification of withdrawal.',
        (p) => p.withdrawal?.deposited,
      ),
      text(
        'withdrawal_notification',
        'The depositary notification (C.N. number).',
        (p: Participant) => p.withdrawal?.notification?.cn,
        true,
      ),
      date('withdrawal_notification_date', 'Date of that notification.', (p) => p.withdrawal?.notification?.date),
      date(
        'withdrawal_effective_recorded',
        'Effective date as the depositary records it.',
        (p) => p.withdrawal?.recordedEffective,
      ),
      date(
        'withdrawal_effective_computed',
        "Effective date the treaty's notice rule gives.",
        (p) => p.withdrawal?.computedEffective,
      ),
      date(
        'withdrawal_effective_date',
        'The effective date used: an override, else the rule, else the record.',
        (p) => p.withdrawal?.effective,
      ),
      {
        name: 'withdrawal_effective_basis',
        type: { kind: 'enum', values: ['rule', 'override', 'recorded', 'unknown'] },
        optional: true,
        meaning: 'Where the effective date used comes from.',
        get: (p) => p.withdrawal?.basis,
      },
      {
        name: 'status',
        type: { kind: 'enum', values: STATUSES },
        meaning: 'Status on the as-of date: exactly one of these.',
        get: (p) => status(p)?.status,
      },
      date(
        'status_until',
        'For consented: when the treaty enters into force for the state; for withdrawal-pending: when the withdrawal takes effect; for treaty-ended: the day the treaty ended.',
        (p) => status(p)?.until,
      ),
      {
        name: 'flags',
        type: { kind: 'list', item: { kind: 'enum', values: FLAGS } },
        meaning:
          'Shown beside the status, never instead of it: suspension-claimed (a domestic act the treaty does not provide for), ratification-revoked, withdrawal-disputed (announced, recorded by no depositary, validity disputed).',
        get: (p) => status(p)?.flags,
      },
      {
        name: 'status_as_of',
        type: { kind: 'date' },
        meaning: 'The date the status is computed for (AS_OF).',
        get: () => ledger.asOf,
      },
      date(
        'depositary_status_as_at',
        'The "status as at" date of the depositary page the row was read from.',
        (p) => ledger.participation.get(p.treaty)?.data.statusAsAt,
      ),
      {
        name: 'untc_notes',
        type: { kind: 'list', item: { kind: 'integer' } },
        meaning: 'End-note numbers on the depositary page.',
        get: (p) => p.untcNotes,
      },
      ...sourceColumns<Participant>((p) => p.sources),
    ],
  };
}

function events(ledger: Ledger): Dataset<LedgerEvent> {
  const startOf = (d: string) => {
    const p = parsePartialDate(d);
    return p.ok ? dateRange(p.value).start : d;
  };
  return {
    name: 'events',
    title: 'Events',
    description:
      'Every dated event: depositary acts, dates computed from treaty rules and hand-curated domestic steps. Sorted by date (a partial date by its first day, the more precise first), then id.',
    licence: LICENCES.ccBy,
    licenceNote: DEPOSITARY_NOTE,
    rows: ledger.events,
    columns: [
      text(
        'id',
        'Identifier: "<treaty>:<country>:<kind>" for depositary and computed events, the curated event\'s own id otherwise.',
        (e: LedgerEvent) => e.id,
      ),
      {
        name: 'date',
        type: { kind: 'partial-date' },
        meaning: 'When it happened (or takes effect), as precise as the source.',
        get: (e) => e.date,
      },
      {
        name: 'after_as_of',
        type: { kind: 'boolean' },
        meaning: 'true when the date is after the as-of date: a scheduled effect, not yet happened.',
        get: (e) => startOf(e.date) > ledger.asOf,
      },
      { name: 'treaty', type: { kind: 'id', of: 'treaties' }, meaning: 'The treaty.', get: (e) => e.treaty },
      { name: 'country', type: { kind: 'id', of: 'countries' }, meaning: 'The participant.', get: (e) => e.country },
      { name: 'kind', type: { kind: 'enum', values: EVENT_KINDS }, meaning: 'What kind of event.', get: (e) => e.kind },
      {
        name: 'origin',
        type: { kind: 'enum', values: ['depositary', 'computed', 'curated'] },
        meaning:
          'depositary: recorded by the depositary; computed: from the treaty rule; curated: a sourced fact added by hand.',
        get: (e) => e.origin,
      },
      text('title', 'What happened, in a few words.', (e: LedgerEvent) => e.title),
      text('detail', 'How the date was reached or a note.', (e: LedgerEvent) => e.detail, true),
      ...sourceColumns<LedgerEvent>((e) => e.sources),
    ],
  };
}

function claims(ledger: Ledger): Dataset<Entry<Claim>> {
  const citedIn = new Map<string, string[]>();
  for (const [briefing, ids] of [...ledger.citationsByBriefing].sort((a, b) => byCodeUnit(a[0], b[0]))) {
    for (const id of ids) citedIn.set(id, [...(citedIn.get(id) ?? []), briefing]);
  }
  return {
    name: 'claims',
    title: 'Claims',
    description: 'One row per claim: who said what, when and where, with the verdict and its sources. Sorted by id.',
    licence: LICENCES.ccBy,
    licenceNote: 'Statements are our paraphrases, not quotations. CC BY 4.0, credit "Treaty Ledger".',
    rows: byId(ledger.claims.values()),
    columns: [
      idColumn('claims'),
      text('statement', 'What was claimed, in our words.', (e: Entry<Claim>) => e.data.statement),
      text('claimant_name', 'Who made the claim.', (e: Entry<Claim>) => e.data.claimant.name),
      {
        name: 'claimant_kind',
        type: { kind: 'enum', values: claimantKinds },
        meaning: 'What kind of claimant.',
        get: (e) => e.data.claimant.kind,
      },
      {
        name: 'claimant_country',
        type: { kind: 'id', of: 'countries' },
        optional: true,
        meaning: 'The state the claimant speaks for, if any.',
        get: (e) => e.data.claimant.country,
      },
      {
        name: 'made',
        type: { kind: 'partial-date' },
        meaning: 'When it was said, as precise as known.',
        get: (e) => e.data.made,
      },
      text('where', 'Where it was said.', (e: Entry<Claim>) => e.data.where, true),
      {
        name: 'subject_countries',
        type: { kind: 'list', item: { kind: 'id', of: 'countries' } },
        meaning: 'Countries the claim is about.',
        get: (e) => e.data.subjects.countries,
      },
      {
        name: 'subject_treaties',
        type: { kind: 'list', item: { kind: 'id', of: 'treaties' } },
        meaning: 'Treaties the claim is about.',
        get: (e) => e.data.subjects.treaties,
      },
      {
        name: 'kind',
        type: { kind: 'enum', values: claimKinds },
        meaning: 'What kind of claim.',
        get: (e) => e.data.kind,
      },
      {
        name: 'rank',
        type: { kind: 'enum', values: ranks },
        meaning: 'preferred: the best-supported among conflicting claims; deprecated: superseded or shown wrong.',
        get: (e) => e.data.rank,
      },
      {
        name: 'verdict',
        type: { kind: 'enum', values: verdicts },
        meaning:
          'How well the record bears the claim out; not-rated for opinions and recommendations, which state no fact to rate.',
        get: (e) => e.data.verdict.rating,
      },
      text(
        'verdict_reason',
        'Why: which record confirms or contradicts it.',
        (e: Entry<Claim>) => e.data.verdict.reason,
      ),
      {
        name: 'reviewed',
        type: { kind: 'date' },
        optional: true,
        meaning: 'When the verdict was last reviewed.',
        get: (e) => e.data.reviewed,
      },
      {
        name: 'relations',
        type: { kind: 'list', item: { kind: 'text' } },
        meaning: 'Other claims this one supports, contradicts or supersedes, as "<type>:<claim id>".',
        get: (e) => e.data.relations.map((r) => `${r.type}:${r.claim}`),
      },
      {
        name: 'cited_in',
        type: { kind: 'list', item: { kind: 'id', of: 'briefings' } },
        meaning: 'Briefings that cite the claim.',
        get: (e) => citedIn.get(e.id) ?? [],
      },
      ...sourceColumns<Entry<Claim>>((e) => e.data.sources),
    ],
  };
}

function sources(ledger: Ledger): Dataset<Entry<Source>> {
  return {
    name: 'sources',
    title: 'Sources',
    description: 'One row per cited document. Sorted by id.',
    licence: LICENCES.ccBy,
    licenceNote: 'Titles belong to their publishers; summaries are ours. CC BY 4.0, credit "Treaty Ledger".',
    rows: byId(ledger.sources.values()),
    columns: [
      idColumn('sources'),
      {
        name: 'kind',
        type: { kind: 'enum', values: sourceKinds },
        meaning: 'What kind of document; a depositary-record settles dates, a news-report is attribution.',
        get: (e) => e.data.kind,
      },
      text('title', 'Title in its own language.', (e: Entry<Source>) => e.data.title),
      text('publisher', 'Who published it.', (e: Entry<Source>) => e.data.publisher),
      text('author', 'Author or authors, if named.', (e: Entry<Source>) => e.data.author, true),
      {
        name: 'published',
        type: { kind: 'partial-date' },
        meaning: 'Publication date as precise as known.',
        get: (e) => e.data.published,
      },
      {
        name: 'url',
        type: { kind: 'url' },
        optional: true,
        meaning: 'Where to read it; empty when no address is known (never guessed).',
        get: (e) => e.data.url,
      },
      text('no_url', 'Why there is no address.', (e: Entry<Source>) => e.data.noUrl, true),
      {
        name: 'archived_url',
        type: { kind: 'url' },
        optional: true,
        meaning: 'An archived copy.',
        get: (e) => e.data.archivedUrl,
      },
      {
        name: 'retrieved',
        type: { kind: 'date' },
        optional: true,
        meaning: 'When the address was last checked.',
        get: (e) => e.data.retrieved,
      },
      text('language', 'ISO 639 language code.', (e: Entry<Source>) => e.data.language),
      {
        name: 'standing',
        formerly: { name: 'reliability', change: 'replaced' },
        type: { kind: 'enum', values: standings },
        meaning:
          "What kind of word the source is: depositary-record (settles dates), official-text, official-statement, established-outlet; or one of the weak kinds, which never alone make a claim accurate: aggregator (a rewrite of others' reporting), state-controlled, partisan, unofficial-copy (a mirror or transcription).",
        get: (e) => e.data.standing,
      },
      text(
        'summary',
        'What the source says that the site relies on, in our words.',
        (e: Entry<Source>) => e.data.summary,
        true,
      ),
    ],
  };
}

const BUILDERS: Record<DatasetName, (ledger: Ledger) => Dataset<unknown>> = {
  countries,
  treaties,
  participation,
  events,
  claims,
  sources,
};

/** One dataset by name. */
export function getDataset(ledger: Ledger, name: DatasetName): Dataset<unknown> {
  return BUILDERS[name](ledger);
}

/** The distinct "status as at" dates of the depositary data, oldest first. */
export function depositaryDates(ledger: Ledger): string[] {
  return [...new Set([...ledger.participation.values()].map((p) => p.data.statusAsAt))].sort(byCodeUnit);
}
