/**
 * Deterministic YAML for generated content files: the same data always gives the same bytes.
 * Dates and ISO numeric codes are written in double quotes (so no YAML reader can turn them into
 * timestamps or numbers), small maps and lists under the keys in `flowKeys` stay on one line, and
 * nothing is folded.
 */
import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';

const QUOTED = /^(\d{4}-\d{2}-\d{2}|\d{3})$/;

export function toYaml(data: unknown, flowKeys: readonly string[] = []): string {
  const doc = new Document(data, { version: '1.2' });
  visit(doc, {
    Pair(_, pair) {
      if (
        isPair(pair) &&
        isScalar(pair.key) &&
        flowKeys.includes(String(pair.key.value)) &&
        (isMap(pair.value) || isSeq(pair.value))
      ) {
        pair.value.flow = true;
      }
    },
    Scalar(_, node) {
      if (typeof node.value === 'string' && QUOTED.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true, indentSeq: true });
}
