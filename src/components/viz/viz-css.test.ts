/**
 * The chart colours, read from the stylesheet itself: every status keeps 3:1 against the chart
 * background in light and dark mode (WCAG 1.4.11, graphics), text is left to the page, and in
 * print the solid statuses stay apart in grey.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const css = readFileSync(fileURLToPath(new URL('./viz.css', import.meta.url)), 'utf8');

function block(afterMarker: string): Record<string, string> {
  const start = css.indexOf(afterMarker);
  if (start === -1) throw new Error(`viz.css has no ${afterMarker}`);
  const body = css.slice(start, css.indexOf('}', css.indexOf('.viz {', start)));
  return Object.fromEntries(
    [...body.matchAll(/--viz-([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const STATUS_COLOURS = ['party', 'consented', 'signatory', 'pending', 'withdrawn', 'not-joined', 'ended'];
const modes = { light: block('.viz {\n'), dark: block('prefers-color-scheme: dark'), print: block('@media print') };

describe('viz.css', () => {
  it.each(['light', 'dark'] as const)('%s: every status colour has 3:1 against the background', (mode) => {
    const c = modes[mode];
    for (const key of STATUS_COLOURS)
      expect(contrast(c[key]!, c['bg']!), `${mode} ${key} ${c[key]}`).toBeGreaterThanOrEqual(3);
  });

  it('never colours text: it inherits the page’s colour and contrast', () => {
    expect(css).not.toMatch(/(^|[;{\s])color:/);
  });

  it('print: the solid statuses (party, signatory, not joined) are clearly different greys', () => {
    const c = modes.print;
    const solid = ['party', 'signatory', 'not-joined'].map((k) => c[k]!);
    for (let i = 0; i < solid.length; i++)
      for (let j = i + 1; j < solid.length; j++) expect(contrast(solid[i]!, solid[j]!)).toBeGreaterThanOrEqual(1.8);
  });

  it('defines every colour in every mode, and no inline style is needed', () => {
    for (const mode of Object.values(modes))
      for (const key of [...STATUS_COLOURS, 'bg', 'grid', 'none']) expect(mode[key]).toMatch(/^#/);
  });
});
