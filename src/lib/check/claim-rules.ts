/**
 * Rules on a claim's verdict that need more than its own schema (issue 20):
 *  - "not-rated" is the verdict of opinions and recommendations, and only of them; an opinion or a
 *    recommendation is never "accurate" or "false" (it states no fact a record could settle);
 *  - a claim resting only on weak sources (aggregator, state-controlled, partisan, unofficial copy)
 *    is never "accurate";
 *  - "reviewed" is never before "made".
 * Called from the integrity check (src/lib/check/integrity.ts); each problem names the file, the
 * field, its line and the fix.
 */
import { unratedKinds, type Claim } from '../../schemas/claims.ts';
import { isWeakStanding, type Source } from '../../schemas/sources.ts';
import { dateRange, formatDate, parsePartialDate } from '../core/dates.ts';
import type { RawFile } from './content-files.ts';
import type { Problem } from './problems.ts';

interface ClaimEntry {
  id: string;
  file: Pick<RawFile, 'path' | 'lineOf'>;
  data: Claim;
}

interface SourceEntry {
  data: Pick<Source, 'standing'>;
}

const isUnratedKind = (kind: Claim['kind']) => (unratedKinds as readonly string[]).includes(kind);

export function checkClaimRules(corpus: {
  claims: ReadonlyMap<string, ClaimEntry>;
  sources: ReadonlyMap<string, SourceEntry>;
}): Problem[] {
  const problems: Problem[] = [];
  for (const c of corpus.claims.values()) {
    const { kind, verdict, sources, made, reviewed } = c.data;
    const at = (field: string, path: PropertyKey[]) => ({ file: c.file.path, field, line: c.file.lineOf(path) });

    if (verdict.rating === 'not-rated' && !isUnratedKind(kind)) {
      problems.push({
        ...at('verdict.rating', ['verdict', 'rating']),
        message: `a claim of kind "${kind}" cannot be "not-rated": only opinions and recommendations are left unrated`,
        hint: `rate it against the record (accurate, imprecise, disputed, false or unverified), or, if it is someone’s view or advice, set kind: ${unratedKinds.join(' or ')}`,
      });
    }
    if ((verdict.rating === 'accurate' || verdict.rating === 'false') && isUnratedKind(kind)) {
      problems.push({
        ...at('verdict.rating', ['verdict', 'rating']),
        message: `${kind === 'opinion' ? 'an opinion' : 'a recommendation'} cannot be rated "${verdict.rating}": it states no fact a record could confirm or contradict`,
        hint: 'set rating: not-rated and say in the reason whose view or advice it is; if the claim is really about a fact, change its kind',
      });
    }

    if (verdict.rating === 'accurate') {
      const standings = sources.map((s) => corpus.sources.get(s.source)?.data.standing);
      // A missing source is reported by the reference check; judge only what is known.
      if (standings.length > 0 && standings.every((s) => s !== undefined && isWeakStanding(s))) {
        problems.push({
          ...at('verdict.rating', ['verdict', 'rating']),
          message: `rated "accurate" on weak sources only (${sources.map((s, i) => `${s.source}: ${standings[i]}`).join(', ')})`,
          hint: 'cite the record that confirms it (a depositary record, the official text or statement, or an established outlet), or rate it "unverified"',
        });
      }
    }

    if (reviewed) {
      const parsed = parsePartialDate(made);
      if (parsed.ok && reviewed < dateRange(parsed.value).start) {
        problems.push({
          ...at('reviewed', ['reviewed']),
          message: `reviewed on ${formatDate(reviewed)}, before the claim was made (${formatDate(made)})`,
          hint: 'a verdict is reviewed after the claim is made: set reviewed to the day you checked it',
        });
      }
    }
  }
  return problems;
}
