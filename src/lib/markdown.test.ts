import { describe, expect, it } from 'vitest';
import { renderMarkdownSafe, scanBody } from './markdown.ts';

describe('renderMarkdownSafe: the second wall behind the integrity check', () => {
  it('drops raw HTML instead of passing it through', () => {
    const html = renderMarkdownSafe('Text <script>alert(1)</script> and <img src=x onerror="alert(1)">\n\n<iframe src="https://e.org"></iframe>', '/');
    expect(html).not.toMatch(/<script|onerror|<iframe/i);
    expect(html).toContain('Text');
  });

  it('removes javascript: and data: links but keeps http(s) and site links', () => {
    const html = renderMarkdownSafe('[a](javascript:alert(1)) [b](data:text/html,x) [c](https://example.org/) [d](/countries/poland/)', '/ledger/');
    expect(html).not.toMatch(/javascript:|data:/);
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="/ledger/countries/poland/"');
  });

  it('adds the base path and trailing slash to site links, keeping fragments', () => {
    expect(renderMarkdownSafe('[x](/treaties/ctbt#rules)', '/ledger/')).toContain('href="/ledger/treaties/ctbt/#rules"');
  });

  it('renders GFM tables and autolinks', () => {
    const html = renderMarkdownSafe('| a | b |\n|---|---|\n| 1 | 2 |\n\nsee https://example.org', '/');
    expect(html).toContain('<table>');
    expect(html).toContain('<a href="https://example.org">');
  });
});

describe('scanBody', () => {
  it('finds links, raw HTML and components with their lines', () => {
    const scan = scanBody('Intro\n\n<Claim id="x" />\n\n[p](/countries/poland/)', 'mdx');
    expect(scan.components).toEqual([{ name: 'Claim', attributes: { id: 'x' }, line: 3 }]);
    expect(scan.links).toEqual([{ url: '/countries/poland/', line: 5 }]);
  });

  it('reads literal arrays in component attributes', () => {
    const scan = scanBody('<TreatyStatus treaty="ctbt" countries={["russia", "united-states"]} />', 'mdx');
    expect(scan.components[0]?.attributes).toEqual({ treaty: 'ctbt', countries: ['russia', 'united-states'] });
  });

  it('reports raw HTML in Markdown', () => {
    expect(scanBody('a <b>bold</b>', 'markdown').html.map((h) => h.value)).toEqual(['<b>', '</b>']);
  });
});
