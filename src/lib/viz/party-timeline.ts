/**
 * A bilateral treaty's life as one dated list, for the page that would otherwise show a world map of
 * states that never could join and a membership chart of two: signature, each party's consent, entry
 * into force, extensions, each party's curated steps (suspension claims, laws, withdrawal notices), a
 * withdrawal taking effect, and the end (termination or expiry). Built only from the ledger: the
 * treaty's frontmatter and the merged participants (src/lib/domain/participants.ts). Items after the
 * as-of date are marked scheduled.
 */
import { dateRange, formatDate, parsePartialDate, type IsoDate } from '../core/dates.ts';
import type { Citation } from '../core/types.ts';
import type { Participant } from '../domain/participants.ts';
import type { Treaty } from '../../schemas/treaties.ts';

export type PartyTimelineKind =
  | 'signature'
  | 'consent'
  | 'entry-into-force'
  | 'extension'
  | 'step'
  | 'withdrawal-notice'
  | 'withdrawal-effective'
  | 'end';

export interface PartyTimelineItem {
  /** As written (a curated step may be partial: "2023-02"). */
  date: string;
  kind: PartyTimelineKind;
  /** The parties it concerns (country ids); empty for the treaty as a whole. */
  parties: string[];
  text: string;
  note?: string | undefined;
  /** A step that claims to suspend the treaty (which has no suspension clause). */
  suspensionClaimed?: boolean | undefined;
  sources: Citation[];
  /** Dated after the as-of date: known in advance (an expiry), shown as scheduled. */
  scheduled: boolean;
}

/** Same-day items in the order things happen: signature, consent, entry into force, …, the end. */
const ORDER: Record<PartyTimelineKind, number> = {
  signature: 0,
  consent: 1,
  'entry-into-force': 2,
  extension: 3,
  step: 4,
  'withdrawal-notice': 5,
  'withdrawal-effective': 6,
  end: 7,
};

const CONSENT_WORDS: Record<string, string> = {
  ratification: 'Ratification',
  accession: 'Accession',
  acceptance: 'Acceptance',
  approval: 'Approval',
  succession: 'Party by succession',
};

function startOf(date: string): IsoDate {
  const parsed = parsePartialDate(date);
  if (!parsed.ok) throw new Error(`Party timeline: invalid date ${date}`);
  return dateRange(parsed.value).start;
}

type TreatyTimelineFields = Pick<Treaty, 'openedForSignature' | 'adopted' | 'entryIntoForce' | 'extensions' | 'end'>;

export function partyTimeline(
  treaty: TreatyTimelineFields,
  participants: readonly Participant[],
  asOf: IsoDate,
): PartyTimelineItem[] {
  const items: Omit<PartyTimelineItem, 'scheduled'>[] = [];
  const signed = treaty.openedForSignature ?? treaty.adopted;
  if (signed) {
    items.push({
      date: signed.date,
      kind: 'signature',
      parties: [],
      text: `The treaty is signed${signed.place ? ` in ${signed.place}` : ''}`,
      sources: [],
    });
  }
  if (treaty.entryIntoForce.date) {
    items.push({
      date: treaty.entryIntoForce.date,
      kind: 'entry-into-force',
      parties: [],
      text: 'The treaty enters into force',
      note: treaty.entryIntoForce.condition,
      sources: [],
    });
  }
  for (const extension of treaty.extensions) {
    items.push({
      date: extension.date,
      kind: 'extension',
      parties: [],
      text: `The parties extend the treaty until ${formatDate(extension.until)}${extension.article ? ` (${extension.article})` : ''}`,
      sources: extension.sources,
    });
  }
  for (const p of participants) {
    if (p.consent) {
      const event = p.events.find((e) => e.id === p.consent?.eventId);
      items.push({
        date: p.consent.date,
        kind: 'consent',
        parties: [p.country],
        text: event?.title ?? CONSENT_WORDS[p.consent.type] ?? p.consent.type,
        note: event?.note,
        sources: event?.sources ?? p.sources,
      });
    }
    for (const e of p.events) {
      if (e.type === 'consent' || e.id === p.consent?.eventId) continue;
      items.push({
        date: e.date,
        kind: e.type === 'withdrawal-notice' ? 'withdrawal-notice' : 'step',
        parties: [p.country],
        text: e.title,
        note: e.note,
        suspensionClaimed: 'claimsSuspension' in e && e.claimsSuspension ? true : undefined,
        sources: e.sources,
      });
    }
    if (p.withdrawal?.effective) {
      items.push({
        date: p.withdrawal.effective,
        kind: 'withdrawal-effective',
        parties: [p.country],
        text: 'Its withdrawal takes effect',
        sources: [],
      });
    }
  }
  if (treaty.end) {
    items.push({
      date: treaty.end.date,
      kind: 'end',
      parties: [],
      text: treaty.end.kind === 'terminated' ? 'The treaty is terminated' : 'The treaty expires',
      note: treaty.end.how,
      sources: treaty.end.sources,
    });
  }
  return items
    .map((item) => ({ ...item, scheduled: startOf(item.date) > asOf }))
    .sort(
      (a, b) =>
        startOf(a.date).localeCompare(startOf(b.date)) ||
        ORDER[a.kind] - ORDER[b.kind] ||
        (a.parties[0] ?? '').localeCompare(b.parties[0] ?? ''),
    );
}
