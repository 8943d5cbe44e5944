/**
 * The country generator: every UN member and observer state and every UNTC participant gets one
 * file with a readable id; alternative names help search without leading to two countries; a
 * hand-written body survives regeneration; the committed files are exactly what it produces.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Country as WorldCountry } from 'world-countries';
import { buildCountries, renderCountry, runGenerate, slugify, untcNamesFrom } from './generate-countries.ts';
import { CSV_PATH, ROOT } from './import-untc.ts';

const world = createRequire(import.meta.url)('world-countries') as WorldCountry[];
const untcNames = untcNamesFrom(readFileSync(join(ROOT, CSV_PATH), 'utf8'), CSV_PATH);
const { countries, problems } = buildCountries({ world, untcNames });
const byId = new Map(countries.map((c) => [c.id, c]));

describe('the generated countries', () => {
  it('cover every UN member, both observer states and every treaty participant, once each', () => {
    expect(problems).toEqual([]);
    expect(countries.filter((c) => c.unStatus === 'member')).toHaveLength(193);
    expect(countries.filter((c) => c.unStatus === 'observer').map((c) => c.id)).toEqual([
      'holy-see',
      'state-of-palestine',
    ]);
    expect(countries.filter((c) => c.unStatus === 'non-member').map((c) => c.id)).toEqual(['cook-islands', 'niue']);
    expect(countries).toHaveLength(197);
    const iso3 = new Set(countries.map((c) => c.iso3));
    for (const code of untcNames.keys()) expect(iso3.has(code), code).toBe(true);
  });

  it('use readable ids from the common name', () => {
    for (const id of [
      'poland',
      'state-of-palestine',
      'united-states',
      'cote-divoire',
      'holy-see',
      'sao-tome-and-principe',
      'turkiye',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(slugify("Côte d'Ivoire")).toBe('cote-divoire');
    expect(byId.get('cote-divoire')?.name).toBe("Côte d'Ivoire");
  });

  it('carry the UNTC spelling where it differs from the name', () => {
    expect(byId.get('bolivia')?.untcName).toBe('Bolivia (Plurinational State of)');
    expect(byId.get('united-kingdom')?.untcName).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(byId.get('republic-of-the-congo')?.untcName).toBe('Congo');
    expect(byId.get('poland')?.untcName).toBeUndefined();
  });

  it('list endonyms for search, without repeats and without a name that leads to two countries', () => {
    expect(byId.get('poland')?.alternativeNames).toContain('Polska');
    expect(byId.get('lithuania')?.alternativeNames).toContain('Lietuva');
    expect(byId.get('estonia')?.alternativeNames).toContain('Eesti');
    expect(byId.get('cote-divoire')?.alternativeNames).toContain('Ivory Coast');
    const owner = new Map<string, string>();
    for (const c of countries) {
      const own = [c.name, c.officialName, c.untcName, ...c.alternativeNames]
        .filter((n): n is string => Boolean(n))
        .map((n) => n.toLocaleLowerCase('en'));
      expect(new Set(c.alternativeNames.map((n) => n.toLocaleLowerCase('en'))).size, c.id).toBe(
        c.alternativeNames.length,
      );
      expect(c.alternativeNames).not.toContain(c.iso2);
      for (const n of new Set(own)) {
        expect(owner.get(n) ?? c.id, `"${n}" names both ${owner.get(n)} and ${c.id}`).toBe(c.id);
        owner.set(n, c.id);
      }
    }
  });

  it('drops an alternative name that two countries share, from both', () => {
    const twins: WorldCountry[] = [
      { ...world.find((w) => w.cca3 === 'COG')!, altSpellings: ['CG', 'Kongo'] },
      { ...world.find((w) => w.cca3 === 'COD')!, altSpellings: ['CD', 'Kongo'] },
    ];
    const result = buildCountries({ world: twins, untcNames: new Map() });
    expect(result.dropped).toEqual([{ name: 'kongo', countries: ['dr-congo', 'republic-of-the-congo'] }]);
    for (const c of result.countries) expect(c.alternativeNames).not.toContain('Kongo');
  });

  it('are exactly the committed files', () => {
    expect(runGenerate(ROOT, { dryRun: true })).toMatchObject({ strays: [], files: expect.any(Array) });
    expect(runGenerate(ROOT, { dryRun: true }).files.filter((f) => f.changed)).toEqual([]);
  });
});

describe('regenerating', () => {
  const temp = mkdtempSync(join(tmpdir(), 'ledger-countries-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('keeps a hand-written body, rewrites a hand-edited frontmatter, and reports files it does not make', () => {
    const dir = join(temp, 'countries');
    cpSync(join(ROOT, 'src', 'content', 'countries'), dir, { recursive: true });
    const poland = byId.get('poland')!;
    const body = '\nPoland signed the Ottawa Convention in 1997. [Its page](/countries/poland/)\n';
    writeFileSync(join(dir, 'poland.md'), renderCountry({ ...poland, name: 'Polnad' }, body));
    writeFileSync(join(dir, 'atlantis.md'), '---\nname: Atlantis\n---\n');

    const result = runGenerate(ROOT, { contentDir: temp });
    expect(result.files.filter((f) => f.changed).map((f) => f.path)).toEqual([
      expect.stringMatching(/countries\/poland\.md$/),
    ]);
    expect(result.strays).toEqual(['atlantis.md']);
    const text = readFileSync(join(dir, 'poland.md'), 'utf8');
    expect(text).toBe(renderCountry(poland, body));
    expect(text).toContain('name: Poland\n');
    expect(text.endsWith(body)).toBe(true);
    expect(readFileSync(join(dir, 'atlantis.md'), 'utf8')).toBe('---\nname: Atlantis\n---\n');

    expect(runGenerate(ROOT, { contentDir: temp }).files.every((f) => !f.changed)).toBe(true);
  });
});
