// Two asked codes of one category where one says the condition is unspecified or "without
// complications" and the other names it specifically: the specific one is reported alone. A diabetes
// code "without complications" beside one with a complication says two opposite things (I.C.4.a: code
// each complication the provider documents; I.B.18 and I.A.9: an unspecified code only when the record
// lacks the detail).
import type { CodeFinding } from '../../coding/types.js';
import { ICD_GUIDELINES } from '../sources.js';
import { listing } from '../text.js';
import type { Answer } from '../types.js';

const VAGUE = /\bwithout\s+complications?\b|\bunspecified\b|\buncomplicated\b/i;
const side = (title: string): string | null =>
  /\b(right|left|bilateral)\b/i.exec(title)?.[1]?.toLowerCase() ?? null;

export function redundantAnswers(codes: readonly CodeFinding[]): Answer[] {
  const byCategory = new Map<string, CodeFinding[]>();
  for (const c of codes)
    if (c.system === 'icd10cm' && c.descriptor)
      byCategory.set(c.code.slice(0, 3), [...(byCategory.get(c.code.slice(0, 3)) ?? []), c]);
  const out: Answer[] = [];
  for (const group of byCategory.values()) {
    const vague = group.filter((c) => VAGUE.test(c.descriptor!));
    const specific = group.filter((c) => !VAGUE.test(c.descriptor!));
    if (!vague.length || !specific.length) continue;
    // A vague code for the other side is a second condition, not a duplicate.
    const sides = new Set(group.map((c) => side(c.descriptor!)).filter(Boolean));
    if (sides.size > 1) continue;
    const drop = vague.map((c) => c.code);
    const keep = specific.map((c) => c.code);
    out.push({
      kind: 'diagnosis-selection',
      codes: [...keep, ...drop],
      conclusion: `Report ${listing(keep)} without ${listing(drop, 'or')}: ${listing(drop)} (${vague.map((c) => c.descriptor).join('; ')}) says the opposite of, or less than, what ${listing(keep)} documents, so it is not added beside the specific code.`,
      rule: 'When the documentation supports a specific code, the unspecified or "without complications" code of the same category is not also reported.',
      source: `${ICD_GUIDELINES}, I.A.9, I.B.18 and I.C.4.a`,
      settled: true,
      warning: true,
    });
  }
  return out;
}
