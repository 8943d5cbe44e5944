/** Gate: every built page is valid HTML (html-validate, recommended rules), with zero errors. */
import { describe, expect, it } from 'vitest';
import { validateHtml } from '../support/gates/html.ts';
import { buildDir } from '../support/site.ts';

describe('HTML validity', () => {
  it('every page of the /ledger/ build validates with zero errors', async () => {
    const result = await validateHtml(buildDir('ledger'));
    expect(result.pages).toBeGreaterThan(5);
    expect(result.errors, result.report).toBe(0);
  });
});
