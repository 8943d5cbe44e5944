/**
 * Integrity rules for the treaty model of issue 19 — several depositaries, withdrawals a state names
 * the date of (CFE), treaties without a depositary (INF, New START), a treaty's end and its record
 * date — each a small function over the checked corpus, called once from integrity.ts.
 */
import type { Problem } from './problems.ts';
import type { Corpus } from './integrity.ts';
import { formatDate, toIsoDate } from '../core/dates.ts';
import { checkWithdrawalDate } from '../domain/treaty-rules.ts';
import { summarizeDeposits } from '../domain/deposits.ts';

export function checkTreatyModel(corpus: Corpus): Problem[] {
  return [
    ...checkNamedWithdrawalDates(corpus),
    ...checkDepositSummaries(corpus),
    ...checkCuratedNotices(corpus),
    ...checkTreatyLives(corpus),
    ...checkSuspensionDates(corpus),
  ];
}

/**
 * A withdrawal the treaty dates by a notice period is checked in integrity.ts; here the two rules
 * that give no single date: a date the state names (CFE Art. XIX(2): notice at least 150 days
 * before it) and a treaty with no withdrawal clause at all.
 */
export function checkNamedWithdrawalDates(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const entry of corpus.participation.values()) {
    const rule = corpus.treaties.get(entry.data.treaty)?.data.rules.withdrawal;
    const named =
      rule?.kind === 'at-least-days-before-named-date' || rule?.kind === 'at-least-months-before-named-date';
    if (!rule || (!named && rule.kind !== 'not-provided')) continue;
    entry.data.participants.forEach((p, i) => {
      if (!p.withdrawal) return;
      const at = (field: string, path: PropertyKey[]) => ({
        file: entry.file.path,
        line: entry.file.lineOf(['participants', i, 'withdrawal', ...path]),
        field: `participants[${i}].withdrawal${field}`,
      });
      if (!p.withdrawal.effective) {
        if (named && 'article' in rule) {
          problems.push({
            ...at('', []),
            message: 'the withdrawal has no effective date, and this treaty’s rule gives none',
            hint: `record the date the state named in its notice (${rule.article})`,
          });
        }
        return;
      }
      const check = checkWithdrawalDate(rule, toIsoDate(p.withdrawal.deposited), toIsoDate(p.withdrawal.effective));
      if (!check.ok) {
        problems.push({
          ...at('.effective', ['effective']),
          message: `the withdrawal effective ${formatDate(p.withdrawal.effective)} does not fit the treaty: ${check.problem}`,
          hint: 'check the notice date and the date the state named against the depositary’s record',
        });
      }
    });
  }
  return problems;
}

/**
 * In a file with deposits, the consent, signature and withdrawal must be what the deposits give
 * (src/lib/domain/deposits.ts): the import writes both, so a difference means a hand edit.
 */
export function checkDepositSummaries(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const entry of corpus.participation.values()) {
    entry.data.participants.forEach((p, i) => {
      if (p.deposits.length === 0) return;
      const s = summarizeDeposits(p.deposits);
      const pairs: [string, string | undefined, string | undefined][] = [
        ['consent.date', p.consent?.date, s.consent?.date],
        ['consent.type', p.consent?.type, s.consent?.type],
        ['signature', p.signature, s.signature?.date],
        ['withdrawal.deposited', p.withdrawal?.deposited, s.withdrawal?.deposited],
        ['withdrawal.effective', p.withdrawal?.effective, s.withdrawal?.effective],
      ];
      for (const [field, written, given] of pairs) {
        if (written === given) continue;
        problems.push({
          file: entry.file.path,
          line: entry.file.lineOf(['participants', i, ...field.split('.')]),
          field: `participants[${i}].${field}`,
          message: `${field} is ${written ?? 'missing'}, but the deposits give ${given ?? 'none'}`,
          hint: 'participation files are generated: run the import again (npm run import:unoda) instead of editing them',
        });
      }
    });
  }
  return problems;
}

/** A curated withdrawal notice is for a treaty without a depositary record of it, from a state that consented. */
export function checkCuratedNotices(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const rows = new Map<string, { consent?: unknown; withdrawal?: unknown }>();
  for (const p of corpus.participation.values())
    for (const row of p.data.participants) rows.set(`${p.data.treaty}:${row.country}`, row);
  const consents = new Set<string>();
  for (const entry of corpus.events.values())
    for (const e of entry.data.events) if (e.type === 'consent') consents.add(`${e.treaty}:${e.country}`);
  for (const entry of corpus.events.values()) {
    entry.data.events.forEach((e, i) => {
      if (e.type !== 'withdrawal-notice') return;
      const key = `${e.treaty}:${e.country}`;
      const row = rows.get(key);
      const at = { file: entry.file.path, line: entry.file.lineOf(['events', i]), field: `events[${i}]` };
      if (row?.withdrawal) {
        problems.push({
          ...at,
          message: `the depositary record already holds ${e.country}'s withdrawal from ${e.treaty}`,
          hint: 'a curated notice is only for a treaty without a depositary record of it; remove this event',
        });
      } else if (!row?.consent && !consents.has(key)) {
        problems.push({
          ...at,
          message: `${e.country} has no consent to ${e.treaty} to withdraw from`,
          hint: 'record the consent first (type: consent) with its source',
        });
      }
    });
  }
  return problems;
}

/** A treaty's end comes after its entry into force; its record date matches the imported file. */
export function checkTreatyLives(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const t of corpus.treaties.values()) {
    const d = t.data;
    const at = (path: PropertyKey[]) => ({ file: t.file.path, line: t.file.lineOf(path), field: path.join('.') });
    if (d.end && d.entryIntoForce.date && d.end.date < d.entryIntoForce.date) {
      problems.push({
        ...at(['end', 'date']),
        message: `the treaty ends (${formatDate(d.end.date)}) before it entered into force (${formatDate(d.entryIntoForce.date)})`,
        hint: 'check both dates against the sources',
      });
    }
    d.extensions.forEach((x, i) => {
      if (d.end && d.end.kind === 'expired' && i === d.extensions.length - 1 && x.until !== d.end.date) {
        problems.push({
          ...at(['extensions', i, 'until']),
          message: `the last extension runs until ${formatDate(x.until)}, but the treaty expired on ${formatDate(d.end.date)}`,
          hint: 'an expired treaty ends when its (extended) term runs out; check both dates',
        });
      }
    });
    const record = corpus.participation.get(t.id)?.data;
    if (d.parties === 'bilateral' && record) {
      problems.push({
        ...at(['parties']),
        message: 'a bilateral treaty has no depositary record, but a participation file exists for it',
        hint: 'record the exchange of instruments as consent events in src/content/events/',
      });
    }
    if (d.record && record && record.statusAsAt !== d.record.asAt) {
      problems.push({
        ...at(['record', 'asAt']),
        message: `the record date ${formatDate(d.record.asAt)} differs from the imported file's (${formatDate(record.statusAsAt)})`,
        hint: 'the record date is the date the imported data is complete to; copy it from the participation file',
      });
    }
  }
  return problems;
}

/** A suspension applied from a later day cannot apply before it was decided. */
export function checkSuspensionDates(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const entry of corpus.events.values()) {
    entry.data.events.forEach((e, i) => {
      if (!('effective' in e) || !e.effective || e.effective >= e.date.slice(0, e.effective.length)) return;
      problems.push({
        file: entry.file.path,
        line: entry.file.lineOf(['events', i, 'effective']),
        field: `events[${i}].effective`,
        message: `the act applies from ${formatDate(e.effective)}, before it was decided (${formatDate(e.date)})`,
        hint: 'check both dates against the sources',
      });
    });
  }
  return problems;
}
