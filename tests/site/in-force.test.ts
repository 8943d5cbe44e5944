/**
 * "Is this treaty in force on this day" is one rule (src/lib/domain/treaty-life.ts) for every page.
 * Before it, the country and home pages asked only whether the treaty had an entry-into-force date,
 * and disagreed with the treaty page for an AS_OF before that date. This build of the real content
 * for 31 July 2010, the day before the Convention on Cluster Munitions entered into force, shows
 * that the treaty, country and home pages now say the same.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILDS_DIR, runBuild } from '../../scripts/lib/build.ts';
import { text } from '../support/site.ts';

const AS_OF = '2010-07-31';
const OUT = join(BUILDS_DIR, 'before-ccm', 'dist');
const CCM = 'convention-on-cluster-munitions';

const page = (path: string): HTMLElement => parse(readFileSync(join(OUT, path, 'index.html'), 'utf8'));

beforeAll(async () => {
  if (process.env['LEDGER_REUSE_BUILDS'] === '1' && existsSync(join(OUT, 'index.html'))) return;
  rmSync(OUT, { recursive: true, force: true });
  const result = await runBuild({ name: 'before-ccm', base: '/', asOf: AS_OF, outDir: OUT });
  if (result.code !== 0) throw new Error(`The ${AS_OF} build failed:\n${result.stdout}\n${result.stderr}`);
}, 600_000);

describe(`the Convention on Cluster Munitions on ${AS_OF}, the day before it entered into force`, () => {
  it('is not in force on its own page, which counts no parties', () => {
    const treaty = page(`treaties/${CCM}`);
    expect(treaty.querySelector('[data-in-force]')?.getAttribute('data-in-force')).toBe('no');
    expect(text(treaty.querySelector('main'))).toContain(
      'The treaty is not in force, so it binds no state and has no parties',
    );
  });

  it('counts no parties in the treaties index', () => {
    const row = page('treaties').querySelector(`tr[data-treaty="${CCM}"]`);
    expect(text(row?.querySelector('[data-count="parties"]'))).toBe('none (not in force)');
  });

  it('gives Norway (ratified 3 Dec 2008) the same status on the country page as on the treaty page', () => {
    const onTreatyPage = page(`treaties/${CCM}`).querySelector('tr[data-country="norway"] [data-status]');
    const onCountryPage = page('countries/norway').querySelector(
      `tr[data-treaty="${CCM}"] [data-field="status"] [data-status]`,
    );
    expect(onTreatyPage?.getAttribute('data-status')).toBe('consented');
    expect(onCountryPage?.getAttribute('data-status')).toBe(onTreatyPage?.getAttribute('data-status'));
    expect(text(onCountryPage)).toBe(text(onTreatyPage));
    expect(text(onCountryPage)).not.toMatch(/^party/i);
  });

  it('renders the page of a treaty not yet open for signature (ATT, 2013) without a chart, saying why', () => {
    const att = text(page('treaties/arms-trade-treaty').querySelector('#over-time'));
    expect(att).toContain('Nothing to chart on 31 July 2010: the treaty opened for signature on 3 June 2013.');
  });

  it('says on the home page that the treaty is not in force', () => {
    const card = page('')
      .querySelectorAll('#treaties li')
      .find((li) => li.querySelector(`a[href="/treaties/${CCM}/"]`));
    expect(text(card)).toContain('not in force');
  });
});
