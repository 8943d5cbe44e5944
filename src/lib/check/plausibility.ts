/**
 * Data the schemas accept but that cannot be right, or that readers cannot see: pure rules for the
 * integrity check. Dates are judged against a reference the caller passes — AS_OF, the date the
 * build is made for, or the newest depositary record when that is later (a build for a past
 * AS_OF, such as 2010-07-31, still holds today's claims) — never the clock, so the same commit
 * and AS_OF always give the same verdict.
 *  - a claim or source date before 1899 (the first Hague Peace Conference; nothing the ledger
 *    covers is older) or after the year after the reference's;
 *  - claims that supersede each other (a circle of "supersedes" relations);
 *  - a URL with a user name or password in it, or a NUL (raw or as %00);
 *  - a title over 300 characters (a title is a line; the text belongs in the summary or body);
 *  - an image in a body that is on another site: the Content-Security-Policy (img-src 'self')
 *    blocks it, so readers would see a broken image;
 *  - a source URL that is http:, not https: a warning only, since some official sources have no
 *    https address.
 * A warning is printed with the problems but does not stop the build.
 */
import { formatDate, parsePartialDate } from '../core/dates.ts';
import type { Problem, Severity } from './problems.ts';

/** What a rule says about one value: what is wrong and the fix, before it is placed in a file. */
export interface Verdict {
  message: string;
  hint: string;
  severity?: Severity;
}

export const EARLIEST_YEAR = 1899;
export const MAX_TITLE_LENGTH = 300;

interface FileLike {
  path: string;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** A date of a claim or source outside [1899, AS_OF's year + 1], or undefined. `asOf` is YYYY-MM-DD. */
export function implausibleDate(
  value: string,
  asOf: string,
  reference = `the date the site is built for (${asOf})`,
): Verdict | undefined {
  const parsed = parsePartialDate(value);
  if (!parsed.ok) return undefined; // the schema reports it
  const year = parsed.value.year;
  const latest = Number(asOf.slice(0, 4)) + 1;
  if (year < EARLIEST_YEAR) {
    return {
      message: `${formatDate(value)} is before ${EARLIEST_YEAR}, earlier than anything the ledger covers`,
      hint: 'check the year against the source.',
    };
  }
  if (year > latest) {
    return {
      message: `${formatDate(value)} is after ${latest}, more than a year after ${reference}`,
      hint: 'check the year against the source: a claim is dated when it was made, a source when it was published.',
    };
  }
  return undefined;
}

const DATE_FIELDS = { claims: ['made', 'reviewed'], sources: ['published', 'retrieved'] } as const;

/** The implausible dates of one claim or source. */
export function dateFindings(
  kind: keyof typeof DATE_FIELDS,
  data: Record<string, unknown>,
  file: FileLike,
  asOf: string,
  reference?: string,
): Problem[] {
  const out: Problem[] = [];
  for (const field of DATE_FIELDS[kind]) {
    const value = data[field];
    if (typeof value !== 'string') continue;
    const verdict = implausibleDate(value, asOf, reference);
    if (verdict) out.push({ file: file.path, line: file.lineOf([field]), field, ...verdict });
  }
  return out;
}

export interface ClaimRelations {
  id: string;
  relations: readonly { type: string; claim: string }[];
  file: FileLike;
}

/**
 * Circles of "supersedes": a claim that supersedes one that (through others, or directly)
 * supersedes it. Each circle is reported once, at the relation of its first claim by id. Walked
 * with an explicit stack.
 */
export function supersedeCircles(claims: readonly ClaimRelations[]): Problem[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const next = (id: string) =>
    (byId.get(id)?.relations ?? [])
      .filter((r) => r.type === 'supersedes' && r.claim !== id && byId.has(r.claim))
      .map((r) => r.claim);
  const state = new Map<string, 'open' | 'done'>();
  const circles = new Map<string, string[]>();
  for (const start of [...byId.keys()].sort()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    const stack: { id: string; children: string[]; i: number }[] = [];
    const enter = (id: string) => {
      state.set(id, 'open');
      path.push(id);
      stack.push({ id, children: next(id), i: 0 });
    };
    enter(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.i >= top.children.length) {
        state.set(top.id, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const child = top.children[top.i++]!;
      const seen = state.get(child);
      if (seen === undefined) enter(child);
      else if (seen === 'open') {
        const circle = path.slice(path.indexOf(child));
        const first = [...circle].sort()[0]!;
        const rotated = [...circle.slice(circle.indexOf(first)), ...circle.slice(0, circle.indexOf(first))];
        circles.set(rotated.join(' '), rotated);
      }
    }
  }
  const out: Problem[] = [];
  for (const circle of circles.values()) {
    const [first, second] = [circle[0]!, circle[1 % circle.length]!];
    const claim = byId.get(first)!;
    const index = claim.relations.findIndex((r) => r.type === 'supersedes' && r.claim === second);
    out.push({
      file: claim.file.path,
      line: claim.file.lineOf(['relations', index, 'claim']),
      field: `relations[${index}].claim`,
      message:
        circle.length === 2
          ? `"${first}" and "${second}" supersede each other`
          : `these claims supersede each other in a circle: ${[...circle, first].join(' → ')}`,
      hint: 'a newer claim supersedes an older one, never the other way round as well: remove the relation from the older claim.',
    });
  }
  return out;
}

/**
 * What is wrong with a web address beyond its form: credentials, a NUL, and — for a source's own
 * address (`source: true`) — plain http, as a warning.
 */
export function urlFindings(url: string, options: { source?: boolean } = {}): Verdict[] {
  const out: Verdict[] = [];
  if (url.includes('\u0000') || /%00/.test(url)) {
    out.push({
      message: 'the address holds a NUL character (%00)',
      hint: "copy the address again from the browser's address bar.",
    });
  }
  // Credentials need an "@"; most addresses have none, and are not parsed again here.
  let parsed: URL | undefined;
  if (url.includes('@')) {
    try {
      parsed = new URL(url.trim());
    } catch {
      parsed = undefined;
    }
  }
  if (parsed && (parsed.username || parsed.password)) {
    out.push({
      message: 'the address holds a user name or password',
      hint: 'remove the "name:password@" part and write the public address, e.g. https://www.example.org/page.',
    });
  }
  if (options.source && /^\s*http:/i.test(url)) {
    out.push({
      severity: 'warning',
      message: 'the address is http:, not https:',
      hint: 'write the https:// address if the site has one (open it with https:// to try); keep http:// only if it has none.',
    });
  }
  return out;
}

/** A title longer than 300 characters (counted as characters a reader sees, not UTF-16 units). */
export function titleTooLong(title: string, max = MAX_TITLE_LENGTH): Verdict | undefined {
  const length = [...title].length;
  if (length <= max) return undefined;
  return {
    message: `the title is ${length} characters long, over the ${max} a title may have`,
    hint: 'shorten it to one line; put the rest in the summary or the body.',
  };
}

/** An image in a body that is loaded from another site (http:, https: or protocol-relative). */
export function remoteImage(url: string): Verdict | undefined {
  const trimmed = url.trim();
  if (!/^(https?:)?\/\//i.test(trimmed)) return undefined;
  return {
    message: `the image ${trimmed.slice(0, 80)} is on another site, and the site's Content-Security-Policy blocks images from other sites (img-src 'self'), so readers would see a broken image`,
    hint: 'remove the image, or link to it instead: [what it shows](https://…).',
  };
}
