/**
 * Turns zod issues into problems a contributor can act on: one per field, with the field's own
 * description as guidance and the closest allowed value for a typo (after Starlight's
 * `parseWithFriendlyErrors`).
 */
import { z } from 'astro/zod';
import type { Problem } from './problems.ts';
import { formatFieldPath } from './problems.ts';
import { closest, didYouMean } from '../core/suggest.ts';

type AnySchema = z.core.$ZodType;

/** Validates `data` with `schema`; on failure returns one problem per issue. */
export function validate<T extends AnySchema>(
  schema: T,
  data: unknown,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): { ok: true; value: z.output<T> } | { ok: false; problems: Problem[] } {
  const result = z.safeParse(schema, data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.flatMap((issue) => toProblems(schema, issue, file, lineOf));
  return { ok: false, problems };
}

function toProblems(
  root: AnySchema,
  issue: z.core.$ZodIssue,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  const path = issue.path;
  const at = (p: readonly PropertyKey[]) => ({ file, line: lineOf(p), field: formatFieldPath(p) });
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schemaAt(root, path));
      return issue.keys.map((key) => ({
        ...at([...path, key]),
        message: `unknown field "${key}"`,
        hint: allowed.length
          ? `${didYouMean(key, allowed, 'remove it')} Fields allowed here: ${allowed.join(', ')}`
          : 'remove it',
      }));
    }
    case 'invalid_type': {
      const description = schemaAt(root, path)?.description;
      if (input === undefined) {
        return [
          {
            ...at(path),
            message: `required field "${String(path.at(-1) ?? '')}" is missing`,
            hint: `add it${description ? `: ${description}` : ''}`,
          },
        ];
      }
      return [
        {
          ...at(path),
          message: `expected ${article(issue.expected)}, found ${describeValue(input)}`,
          hint: description ?? `write ${article(issue.expected)}`,
        },
      ];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (input === undefined) {
        return [
          {
            ...at(path),
            message: `required field "${String(path.at(-1) ?? '')}" is missing`,
            hint: `add it: one of ${values.join(', ')}`,
          },
        ];
      }
      return [
        {
          ...at(path),
          message: `${describeValue(input)} is not allowed here`,
          hint: `${typeof input === 'string' && closest(input, values).length ? `${didYouMean(input, values, '')} ` : ''}use one of: ${values.join(', ')}`,
        },
      ];
    }
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (options && discriminator) {
        const value =
          input && typeof input === 'object' ? (input as Record<string, unknown>)[discriminator] : undefined;
        const names = options.map(String);
        const p = path.at(-1) === discriminator ? path : [...path, discriminator];
        return [
          {
            ...at(p),
            message:
              value === undefined
                ? `"${discriminator}" is missing`
                : `${describeValue(value)} is not a known ${discriminator}`,
            hint: `${typeof value === 'string' && closest(value, names).length ? `${didYouMean(value, names, '')} ` : ''}use one of: ${names.join(', ')}`,
          },
        ];
      }
      const first = issue.errors[0];
      if (first && first.length)
        return first.flatMap((i) => toProblems(root, { ...i, path: [...path, ...i.path] }, file, lineOf));
      return [{ ...at(path), message: issue.message }];
    }
    case 'too_small': {
      const msg = issue.message.startsWith('Too small')
        ? `is too short (minimum ${String(issue.minimum)})`
        : issue.message;
      return [{ ...at(path), message: msg, hint: schemaAt(root, path)?.description }];
    }
    default: {
      const [message, hint] = splitHint(issue.message);
      return [{ ...at(path), message, hint: hint ?? schemaAt(root, path)?.description }];
    }
  }
}

/** Our custom messages read "what is wrong; how to fix it". */
function splitHint(message: string): [string, string | undefined] {
  const i = message.indexOf('; ');
  return i === -1 ? [message, undefined] : [message.slice(0, i), message.slice(i + 2)];
}

function article(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'object') return 'a group of fields';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- only numbers, booleans and the like reach this line
  return `${typeof value} ${String(value)}`;
}

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  innerType?: AnySchema;
  element?: AnySchema;
  options?: AnySchema[];
  in?: AnySchema;
  schema?: AnySchema;
}

function def(schema: AnySchema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Peels optional/default/pipe wrappers to the schema that holds the shape. */
function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let s = schema;
  for (let i = 0; s && i < 10; i++) {
    const d = def(s);
    if (d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else return s;
  }
  return s;
}

/** The sub-schema at a data path, best effort (used only for hints). */
export function schemaAt(
  root: AnySchema,
  path: readonly PropertyKey[],
): (AnySchema & { description?: string }) | undefined {
  let current: AnySchema | undefined = root;
  for (const key of path) {
    const s = unwrap(current);
    if (!s) return undefined;
    const d = def(s);
    if (d.type === 'object' && d.shape) current = d.shape[String(key)];
    else if (d.type === 'array' && d.element) current = d.element;
    else if (d.type === 'union' && d.options) {
      current = d.options
        .map((o) => unwrap(o))
        .map((o) => (o ? def(o).shape?.[String(key)] : undefined))
        .find(Boolean);
    } else return undefined;
  }
  return current;
}

function allowedKeys(schema: AnySchema | undefined): string[] {
  const s = unwrap(schema);
  if (!s) return [];
  const d = def(s);
  if (d.shape) return Object.keys(d.shape);
  if (d.type === 'union' && d.options) {
    return [...new Set(d.options.flatMap((o) => Object.keys(def(unwrap(o) ?? o).shape ?? {})))];
  }
  return [];
}
