// Possible patient identifiers in a question (HIPAA's "safe harbor" kinds that show up in coding mail).
// Flags only: the desk shows them to the reviewer; they never reach logs or job payloads.
import type { PhiFlag } from '../db/schema/core.js';

const PATTERNS: { kind: string; re: RegExp }[] = [
  { kind: 'ssn', re: /\b\d{3}-\d{2}-\d{4}\b/g },
  {
    kind: 'mrn',
    re: /\b(?:MRN|medical record(?: number| no\.?| #)?|chart (?:no\.?|number|#))\s*[:#]?\s*[A-Z0-9-]{4,}\b/gi,
  },
  {
    kind: 'member_id',
    re: /\b(?:member|subscriber|policy|medicare|MBI|HICN)\s*(?:id|no\.?|number|#)\s*[:#]?\s*[A-Z0-9-]{6,}\b/gi,
  },
  {
    kind: 'mbi',
    re: /\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b/g,
  },
  {
    kind: 'birth_date',
    re: /\b(?:DOB|D\.O\.B\.|date of birth|born(?: on)?)\s*[:-]?\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/gi,
  },
  {
    kind: 'patient_name',
    re: /\b(?:[Pp]atient|[Pp]t\.?)\s*(?:[Nn]ame)?\s*[:-]\s*[A-Z][a-z]+(?:,?\s+[A-Z][a-z]+)+/g,
  },
  { kind: 'patient_name', re: /\b(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?/g },
];

export function detectPhi(text: string): PhiFlag[] {
  const flags: PhiFlag[] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) flags.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return flags.sort((a, b) => a.start - b.start);
}
