import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendEvent, toMarkdownFile, toYaml } from './render.ts';

const event = {
  id: 'finland-apmbc-parliament-vote-2025-06-19',
  treaty: 'ottawa-convention',
  country: 'finland',
  type: 'parliament-vote',
  date: '2025-06-19',
  title: 'Parliament approves withdrawal, 157 votes to 18',
  sources: [{ source: 'finland-dpa-2025-06' }],
};

const appended = (text: string) => {
  const result = appendEvent(text, event);
  if ('problem' in result) throw new Error(result.problem);
  return result.text;
};

describe('appendEvent', () => {
  it('adds the event after the last one and changes no existing line, comment or quote style', () => {
    const before = [
      '# yaml-language-server: $schema=../../../.astro/collections/events.schema.json',
      '# Ottawa Convention: domestic steps',
      'events:',
      '  - id: poland-apmbc-announcement-2025-03-18 # joint statement',
      '    treaty: ottawa-convention',
      '    country: poland',
      '    type: announcement',
      "    date: '2025-03-18'",
      '    title: "Defence ministers recommend leaving"',
      '    sources: [{ source: reuters-2025-03-18, locator: "para 1" }]',
      '',
      '# Overrides need a reason and a source.',
      'overrides: []',
      '',
    ].join('\n');
    const after = appended(before);
    const lines = after.split('\n');
    expect(lines.slice(0, 10)).toEqual(before.split('\n').slice(0, 10));
    expect(lines.slice(10, 18)).toEqual([
      '  - id: finland-apmbc-parliament-vote-2025-06-19',
      '    treaty: ottawa-convention',
      '    country: finland',
      '    type: parliament-vote',
      '    date: "2025-06-19"',
      '    title: Parliament approves withdrawal, 157 votes to 18',
      '    sources:',
      '      - source: finland-dpa-2025-06',
    ]);
    expect(lines.slice(18)).toEqual(before.split('\n').slice(10));
    expect(parse(after).events).toHaveLength(2);
  });

  it('follows the file’s own indentation (a list flush with its key)', () => {
    const after = appended('events:\n- id: a\n  title: x\noverrides: []\n');
    expect(after).toBe(
      'events:\n- id: a\n  title: x\n- id: finland-apmbc-parliament-vote-2025-06-19\n  treaty: ottawa-convention\n  country: finland\n  type: parliament-vote\n  date: "2025-06-19"\n  title: Parliament approves withdrawal, 157 votes to 18\n  sources:\n    - source: finland-dpa-2025-06\noverrides: []\n',
    );
  });

  it('turns an empty `events: []` into a list with the event, keeping what follows', () => {
    const after = appended('events: []\noverrides: []\n');
    expect(parse(after)).toEqual({ events: [event], overrides: [] });
    expect(after.endsWith('\noverrides: []\n')).toBe(true);
  });

  it('adds an events list to a file that has none, and copes with a missing final newline', () => {
    expect(parse(appended('overrides: []'))).toEqual({ overrides: [], events: [event] });
    expect(parse(appended('events: []\noverrides: []\n# end'))).toEqual({ events: [event], overrides: [] });
    expect(parse(appended('events:\n  - id: a\n    title: x'))).toEqual({ events: [{ id: 'a', title: 'x' }, event] });
  });

  it('refuses a file it cannot safely add to, rather than rewriting it', () => {
    expect(appendEvent('events: [{ id: a }]\n', event)).toEqual({
      problem: expect.stringContaining('one-line [ … ] list'),
    });
    expect(appendEvent('events: nope\n', event)).toEqual({ problem: '"events" is not a list' });
    expect(appendEvent('events: [\n', event)).toEqual({ problem: expect.stringContaining('cannot be read as YAML') });
  });
});

describe('toYaml and toMarkdownFile', () => {
  it('quotes dates, keeps long text on one line and writes id lists in flow style', () => {
    const long = 'A statement that is much longer than eighty characters so that a YAML writer might want to fold it.';
    const yaml = toYaml({ statement: long, made: '2025', subjects: { countries: ['poland', 'estonia'] } }, [
      ['subjects', 'countries'],
    ]);
    expect(yaml).toBe(`statement: ${long}\nmade: "2025"\nsubjects:\n  countries: [poland, estonia]\n`);
  });

  it('quotes text YAML would misread (a colon, a leading quote mark, yes/no)', () => {
    const data = { title: 'Status: pending', where: '"joint" statement', summary: 'no' };
    expect(parse(toYaml(data))).toEqual(data);
  });

  it('writes frontmatter, a blank line and the body', () => {
    expect(toMarkdownFile({ title: 'x' }, '  Body text.\n\n')).toBe('---\ntitle: x\n---\n\nBody text.\n');
    expect(toMarkdownFile({ title: 'x' }, '')).toBe('---\ntitle: x\n---\n');
  });
});
