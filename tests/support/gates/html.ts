/** HTML validity gate: html-validate (recommended rules, .htmlvalidate.json) over built pages. */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { listFiles } from '../site.ts';
import { ROOT } from '../../../scripts/lib/build.ts';

export async function validateHtml(dir: string): Promise<{ pages: number; errors: number; report: string }> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = listFiles(dir).filter((f) => f.endsWith('.html'));
  const results = [];
  let errors = 0;
  for (const page of pages) {
    const report = await validator.validateFile(join(dir, page));
    errors += report.errorCount;
    if (!report.valid) results.push(...report.results);
  }
  const format = formatterFactory('text');
  return { pages: pages.length, errors, report: results.length ? format(results).replaceAll(`${ROOT}/`, '') : '' };
}
