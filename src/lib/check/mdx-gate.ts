/**
 * The MDX gate: a briefing is Markdown plus the site's components with literal props, nothing
 * else. MDX compiles every `import`, `export` and `{…}` of a file into the JavaScript module that
 * renders it, so anything beyond that would run on the machine that builds the site (pull-request
 * CI included) and could put markup of its own into the page. The gate reads the same syntax tree
 * the integrity check parses (micromark-extension-mdxjs with its estree results, see markdown.ts)
 * and rejects, each with its line and the fix:
 *  - ESM (`import`, `export`);
 *  - every `{…}` expression in text or between blocks, except one that holds only a comment
 *    (an MDX comment, such as the note to editors `npm run new` writes; decided on the estree: no statement);
 *  - every attribute value that is neither a literal string nor an array of string literals (the
 *    one expression allowed, decided on the estree: `countries={["finland", "ukraine"]}`), and
 *    spread attributes (`{...props}`);
 *  - every element that is not one of the components (lowercase HTML included), and fragments;
 *  - props that the component's schema does not accept (a missing id, a string where a list is
 *    needed, an unknown prop, a date that is not one), and content inside a component, which has
 *    nowhere to go.
 * Whether each id names an existing entry is checked with the other references (link-graph.ts).
 *
 * The gate checks the body the integrity check split off the file; Astro's MDX integration splits
 * the file itself, with another rule (`parseFrontmatter` from @astrojs/internal-helpers) and another
 * YAML parser (js-yaml). `astroReadsTheSame` makes sure both see the same body and the same fields,
 * so nothing can hide from the gate in what the check took for frontmatter (a line "---{…}" ends
 * Astro's frontmatter but not the check's; a merge key can give Astro a `layout` field, which
 * makes it import a module).
 *
 * The tree is walked with an explicit stack, never recursion, so a deeply nested body cannot
 * overflow the call stack here. The check hands `gateMdx` to markdown.ts's scan of every MDX body
 * (markdown/ sits below check/ and does not import it); a briefing's scan without the gate's
 * findings is itself a problem, so a path that forgot it fails closed.
 */
import type { Program } from 'estree';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { z } from 'astro/zod';
import { fullDate, id, partialDate } from '../../schemas/common.ts';
import { didYouMean } from '../core/suggest.ts';
import { attributeValue, type BodyFinding } from '../markdown/markdown.ts';

/** The components a briefing may use, with the props each takes. */
export const BRIEFING_COMPONENTS = ['Claim', 'TreatyStatus', 'Timeline'] as const;
export type BriefingComponent = (typeof BRIEFING_COMPONENTS)[number];

const idList = (what: string) => z.array(id(what)).min(1, `name at least one ${what}`);

/** Each component's props, as the component reads them (src/components/mdx/*.astro). */
export const COMPONENT_PROPS = {
  Claim: z.strictObject({ id: id('claim') }),
  TreatyStatus: z.strictObject({
    treaty: id('treaty'),
    countries: idList('country'),
    asOf: fullDate.optional(),
  }),
  Timeline: z.strictObject({
    countries: idList('country').optional(),
    country: id('country').optional(),
    treaty: id('treaty').optional(),
    treaties: idList('treaty').optional(),
    from: partialDate.optional(),
  }),
} as const satisfies Record<BriefingComponent, z.ZodType>;

/** How each component is written, for hints. */
export const COMPONENT_EXAMPLES: Record<BriefingComponent, string> = {
  Claim: '<Claim id="claim-id" />',
  TreatyStatus: '<TreatyStatus treaty="ottawa-convention" countries={["poland"]} asOf="2026-02-03" />',
  Timeline: '<Timeline countries={["finland"]} treaty="ottawa-convention" from="2025" />',
};

/** Props that hold a list (written `name={["a", "b"]}`); every other prop is one string (`name="a"`). */
const LIST_PROPS = new Set(['countries', 'treaties']);

/** A problem in an MDX body. `line` counts from the first line of the body. */
export type GateProblem = BodyFinding;

const ALLOWED = `Briefings can hold only Markdown and the site's components (${BRIEFING_COMPONENTS.join(', ')}) with literal props`;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Every problem the gate finds in an MDX body's tree, in document order. */
export function gateMdx(tree: Root): GateProblem[] {
  const problems: GateProblem[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(...esmProblems(node.value, node.data?.estree, line, node.position?.start.offset ?? 0));
        continue;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // A comment ({/* … */}) is no code: acorn, the parser MDX compiles with, found no statement.
        if (node.data?.estree?.body.length === 0) continue;
        problems.push({
          line,
          field: '(body)',
          message: `{${snippet(node.value)}} is JavaScript, which runs when the site is built`,
          hint: `${ALLOWED}: remove the braces and what is inside them (to show a brace as text, write \\{).`,
        });
        continue;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...elementProblems(node, line));
        break;
      default:
        break;
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

function esmProblems(value: string, program: Program | null | undefined, line: number, offset: number): GateProblem[] {
  const statements = program?.body ?? [];
  if (statements.length === 0) {
    return [
      {
        line,
        field: '(body)',
        message: `${snippet(value)} is JavaScript (an import or export)`,
        hint: `${ALLOWED}: remove it.`,
      },
    ];
  }
  return statements.map((statement) => {
    const kind = statement.type === 'ImportDeclaration' ? 'import' : 'export';
    // acorn's offsets count from the start of the document, like the node's position.
    const { start, end } = statement as { start?: number; end?: number };
    const text = start !== undefined && end !== undefined ? value.slice(start - offset, end - offset) : value;
    return {
      line: statement.loc?.start.line ?? line,
      field: '(body)',
      message: `${snippet(text)} is JavaScript: an ${kind} runs when the site is built`,
      hint: `${ALLOWED}: remove the ${kind}.`,
    };
  });
}

function elementProblems(node: JsxElement, line: number): GateProblem[] {
  const problems: GateProblem[] = [];
  const name = node.name;
  const tag = name === null ? '<>' : `<${name}>`;
  const field = `(body) ${tag}`;
  const allowed = name !== null && (BRIEFING_COMPONENTS as readonly string[]).includes(name);
  if (name === null) {
    problems.push({
      line,
      field,
      message: 'a fragment (<>…</>) is JSX, not Markdown',
      hint: `${ALLOWED}: remove <> and </>.`,
    });
  } else if (!allowed) {
    const html = /^[a-z]/.test(name);
    problems.push({
      line,
      field,
      message: html ? `<${name}> is an HTML element, which briefings cannot hold` : `unknown component <${name}>`,
      hint: html
        ? `${ALLOWED}: write it in Markdown instead (a link is [text](https://…), emphasis is *text*).`
        : `${didYouMean(name, BRIEFING_COMPONENTS, 'remove it.')} ${ALLOWED}.`,
    });
  }

  const props: Record<string, string | string[] | true> = {};
  let literal = true;
  for (const attribute of node.attributes) {
    const at = attribute.position?.start.line ?? line;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      literal = false;
      problems.push(spreadProblem(attribute, tag, at));
      continue;
    }
    const value = attributeValue(attribute);
    if (value === undefined) {
      literal = false;
      problems.push({
        line: at,
        field: `${field} ${attribute.name}`,
        message: `${attribute.name}={${snippet(typeof attribute.value === 'object' && attribute.value ? attribute.value.value : '')}} is JavaScript, which runs when the site is built`,
        hint: `${ALLOWED}: write ${LIST_PROPS.has(attribute.name) ? `${attribute.name}={["id-one", "id-two"]}` : `${attribute.name}="text"`}.`,
      });
      continue;
    }
    if (Object.hasOwn(props, attribute.name)) {
      problems.push({
        line: at,
        field: `${field} ${attribute.name}`,
        message: `${attribute.name} is given twice`,
        hint: 'keep one of them.',
      });
    }
    props[attribute.name] = value;
  }

  if (allowed && literal) problems.push(...propProblems(name as BriefingComponent, props, line));
  if (allowed && node.children.length > 0) {
    problems.push({
      line,
      field,
      message: `<${name}> takes no content between its tags; it would not be shown`,
      hint: `close it in its own tag: ${COMPONENT_EXAMPLES[name as BriefingComponent]}, and put the text outside it.`,
    });
  }
  return problems;
}

function spreadProblem(attribute: MdxJsxExpressionAttribute, tag: string, line: number): GateProblem {
  return {
    line,
    field: `(body) ${tag}`,
    message: `{${snippet(attribute.value)}} passes JavaScript values as props`,
    hint: `${ALLOWED}: write each prop as name="text".`,
  };
}

function propProblems(
  name: BriefingComponent,
  props: Record<string, string | string[] | true>,
  line: number,
): GateProblem[] {
  const schema = COMPONENT_PROPS[name];
  const result = z.safeParse(schema, props);
  if (result.success) return [];
  const example = COMPONENT_EXAMPLES[name];
  const known = Object.keys(schema.shape);
  const problems: GateProblem[] = [];
  for (const issue of result.error.issues) {
    const prop = String(issue.path[0] ?? '');
    const field = `(body) <${name}>${prop ? ` ${prop}` : ''}`;
    const given = props[prop];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          line,
          field: `(body) <${name}> ${key}`,
          message: `<${name}> has no prop "${key}"`,
          hint: `${didYouMean(key, known, 'remove it.')} <${name}> takes ${known.join(', ')}, for example ${example}.`,
        });
      }
    } else if (issue.code === 'invalid_type' && given === undefined) {
      problems.push({ line, field, message: `<${name}> needs ${prop}`, hint: `write ${example}.` });
    } else if (issue.code === 'invalid_type' || (issue.code === 'invalid_union' && typeof given !== 'string')) {
      const wantList = LIST_PROPS.has(prop);
      problems.push({
        line,
        field,
        message:
          given === true
            ? `${prop} has no value`
            : wantList
              ? `${prop} must be a list of ids`
              : `${prop} must be one value in quotes`,
        hint: wantList
          ? `write ${prop}={["id-one", "id-two"]}, as in ${example}.`
          : `write ${prop}="…", as in ${example}.`,
      });
    } else {
      const [message, hint] = splitHint(issue.message);
      const where = issue.path.length > 1 ? ` (item ${Number(issue.path[1]) + 1})` : '';
      problems.push({
        line,
        field,
        message: `${prop}${where}: ${message}`,
        hint: sentence(hint ?? `write it as in ${example}`),
      });
    }
  }
  return problems;
}

/** Schema messages read "what is wrong; how to fix it" (see schema-errors.ts). */
function splitHint(message: string): [string, string | undefined] {
  const i = message.indexOf('; ');
  return i === -1 ? [message, undefined] : [message.slice(0, i), message.slice(i + 2)];
}

function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** The start of some source text, on one line, for a message. */
function snippet(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Whether Astro's MDX integration reads `text` as the check did: the same body (everything after
 * the check's frontmatter, at `bodyOffset`) and no field the check did not see (`fields`, the
 * frontmatter's top-level keys as the check parsed them). Returns the problem, or undefined.
 */
export function astroReadsTheSame(
  text: string,
  bodyOffset: number,
  fields: readonly string[],
): GateProblem | undefined {
  const fix = 'write the frontmatter as "---", the fields, and a line that holds only "---", with nothing else on it.';
  let astro: { frontmatter: Record<string, unknown>; content: string };
  try {
    astro = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    const reason = error instanceof Error ? ((error as { reason?: string }).reason ?? error.message) : String(error);
    return {
      line: 1,
      field: '(frontmatter)',
      message: `Astro cannot read this frontmatter: ${snippet(reason, 100)}`,
      hint: fix,
    };
  }
  const before = astro.content.slice(0, bodyOffset);
  if (astro.content.slice(bodyOffset) !== text.slice(bodyOffset) || before.trim() !== '') {
    const line = before.trim() === '' ? 1 : before.slice(0, before.search(/\S/)).split('\n').length;
    return {
      line,
      field: '(frontmatter)',
      message:
        'Astro would end the frontmatter at another line than the check does, and compile what the check took for fields',
      hint: fix,
    };
  }
  const unseen = Object.keys(astro.frontmatter).filter((key) => !fields.includes(key));
  if (unseen.length > 0) {
    return {
      line: 1,
      field: '(frontmatter)',
      message: `Astro reads ${unseen.map((k) => `"${k}"`).join(', ')} in this frontmatter, which the check does not see (a YAML merge key "<<" or an anchor)`,
      hint: 'write every field out in full, without anchors, aliases or "<<".',
    };
  }
  return undefined;
}
