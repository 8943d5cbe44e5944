/** `npm run new -- --help` and `npm run new -- <kind> --help`: every kind and every flag. */
import { COMMON_FLAGS, KINDS, SPECS, type Field, type Kind } from './fields.ts';

function flagLine(field: Field, values: { required: boolean }): string {
  const name = `--${field.flag}${field.boolean ? '' : field.citation ? ' ID[:WHERE]' : field.relation ? ' TYPE:CLAIM-ID' : field.date ? ' DATE' : field.choices ? ' VALUE' : ' TEXT'}`;
  const tags = [values.required ? 'required' : '', field.multiple ? 'repeatable' : ''].filter(Boolean).join(', ');
  const lines = [`  ${name}${tags ? `  (${tags})` : ''}`, `      ${field.help}`];
  if (field.choices) lines.push(`      one of: ${field.choices.join(', ')}`);
  if (field.ref)
    lines.push(
      `      must be an existing ${field.ref === 'countries' ? 'country' : field.ref.replace(/s$/, '')} id; a typo gets the closest ids suggested`,
    );
  return lines.join('\n');
}

export function helpOverview(): string {
  return [
    'Create a new content entry that passes the integrity check.',
    '',
    'Usage: npm run new -- <kind> [flags]        (in a terminal, it asks for anything left out)',
    '       npm run new -- <kind> --help         (every flag of one kind)',
    '',
    'Kinds:',
    ...KINDS.map((k) => `  ${k.padEnd(9)} ${SPECS[k].summary}`),
    '',
    'Flags for every kind:',
    ...COMMON_FLAGS.map((f) => flagLine(f, { required: false })),
    '',
    'Examples:',
    ...KINDS.map((k) => `  ${SPECS[k].example}`),
    '',
    'The new entry is checked before it is written (ids exist, dates are real, nothing is missing) and',
    'again after, with the same check as `npm run check`. See CONTRIBUTING.md for what each field means.',
  ].join('\n');
}

export function helpFor(kind: Kind): string {
  const spec = SPECS[kind];
  return [
    `npm run new -- ${kind} [flags]: ${spec.summary}`,
    '',
    'Flags:',
    ...spec.fields.map((f) => flagLine(f, { required: f.required === true })),
    ...COMMON_FLAGS.map((f) => flagLine(f, { required: false })),
    '',
    'Dates are written as precisely as the source gives them: 2025-06-19, 2025-06 or 2025.',
    'Values with spaces go in quotes: --title "Parliament approves withdrawal".',
    '',
    `Example:\n  ${spec.example}`,
  ].join('\n');
}
