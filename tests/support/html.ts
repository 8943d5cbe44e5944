/** HTML validation of component output in tests, with the project's rules (.htmlvalidate.json). */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const validator = new HtmlValidate(new FileSystemConfigLoader());

/** Validates a fragment inside a minimal document; returns the problems as "rule: message" lines. */
export async function validateFragment(fragment: string): Promise<string[]> {
  const doc = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main>${fragment}</main></body></html>`;
  const report = await validator.validateString(doc, 'fragment.html');
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${m.ruleId}: ${m.message} — ${doc.slice(Math.max(0, m.offset - 40), m.offset + 60)}`),
  );
}
