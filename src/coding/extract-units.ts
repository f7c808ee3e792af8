// Units of service written next to a code: "x2", "2 units", "QTY 3", "units: 4", "twice", "3 units of J1100".
import { NUMBER_WORD_PATTERN, NUMBER_WORDS } from '../number-words.js';
import type { Mention } from './types.js';

const NUM = `(\\d{1,3}|${NUMBER_WORD_PATTERN})`;
const AFTER = [
  /(?:^|[\s(,])[x×]\s?(\d{1,3})(?![\w/.])/i,
  new RegExp(`(?:^|[\\s(,])${NUM}\\s*(?:units?|UOS|u)\\b(?!\\s+of\\b)`, 'i'),
  new RegExp(`\\b(?:qty|quantity|units?|UOS)\\s*(?:of|:|=|#|-)?\\s*${NUM}\\b`, 'i'),
  /\b(twice|thrice|(?:two|three|four|five)\s+times|(\d)\s+times)\b/i,
  // "97110 billed 4": a bare count after billed/reported (not "billed 40 mg", "billed 2 days later").
  new RegExp(
    `\\b(?:billed|reported|submitted)\\s+${NUM}\\b(?![./:-]\\d|\\s*(?:mg|mcg|ml|%|minutes?|mins?|hours?|days?|weeks?|months?|years?|dollars))`,
    'i',
  ),
];
const BEFORE = new RegExp(
  `\\b${NUM}\\s*(?:units?|UOS|[x×])\\s*(?:of\\s+)?(?:(?:CPT|HCPCS|code)\\s*)?[:#]?\\s*$|\\b(?:billed|reported|submitted)\\s+${NUM}\\s+of\\s+(?:(?:CPT|HCPCS|code)\\s*)?$`,
  'i',
);
const SENTENCE_END = /[?!;\n]|\.(?:\s|$)/;

function toNumber(raw: string): number | null {
  const w = raw.toLowerCase();
  if (w === 'twice') return 2;
  if (w === 'thrice') return 3;
  const first = w.split(/\s+/)[0]!;
  const n = NUMBER_WORDS[first] ?? Number(first);
  return Number.isInteger(n) && n > 0 && n < 1000 ? n : null;
}

/** Set `units` on code mentions (CPT/HCPCS) from the words right before or after each. */
export function attachUnits(text: string, codes: Mention[]): void {
  codes.forEach((mention, i) => {
    if (mention.kind !== 'cpt' && mention.kind !== 'hcpcs') return;
    const prevEnd = i > 0 ? codes[i - 1]!.end : 0;
    const before = BEFORE.exec(text.slice(Math.max(prevEnd, mention.start - 30), mention.start));
    if (before) {
      mention.units = toNumber(before[1] ?? before[2]!);
      return;
    }
    const nextStart = codes[i + 1]?.start ?? text.length;
    let after = text.slice(mention.end, Math.min(nextStart, mention.end + 60));
    const stop = SENTENCE_END.exec(after);
    if (stop) after = after.slice(0, stop.index);
    for (const re of AFTER) {
      const m = re.exec(after);
      if (m) {
        mention.units = toNumber(m[2] ?? m[1]!);
        return;
      }
    }
  });
}
