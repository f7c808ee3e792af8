// Is a wrongly extracted code sitting in a phone number, a date, a ZIP code or a labelled trap string?
// Judged on the raw text around the span, independently of the extractor's own noise rules.
import type { Mention } from '../../src/coding/types.js';

const PHONE_BEFORE = /(?:\b(?:call|phone|tel|fax|cell|ext|extension|x)\b[^\n]{0,25}|\d{3}[-. )]\s?)$/i;
const PHONE_AFTER = /^[-. ]\d{4}\b/;
const DATE_BEFORE = /\d{1,2}[/-]$|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$/i;
const DATE_AFTER = /^[/-]\d{1,2}[/-]\d{2,4}/;
const ZIP_BEFORE = /,\s*[A-Z]{2}\s+$|\bzip(?:\s*code)?\s*:?\s*$/i;

export function isTrapSpan(text: string, m: Mention, traps: readonly string[]): boolean {
  for (const trap of traps) {
    for (let i = text.indexOf(trap); i >= 0; i = text.indexOf(trap, i + 1)) {
      if (i < m.end && m.start < i + trap.length) return true;
    }
  }
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  const after = text.slice(m.end, m.end + 12);
  return (
    PHONE_BEFORE.test(before) ||
    PHONE_AFTER.test(after) ||
    DATE_BEFORE.test(before) ||
    DATE_AFTER.test(after) ||
    ZIP_BEFORE.test(before)
  );
}
