// Possible patient identifiers in a message (HIPAA's "safe harbor" kinds that show up in coding mail):
// the subject, the whole body (quoted history and signature included, text and HTML parts) and the
// attachments' names ("Smith_John_DOB_04-12-1956.pdf"). Flags only: the desk shows them to the
// reviewer; they never reach logs or job payloads.
import type { PhiFlag, PhiPart } from '../db/schema/core.js';

// Separators are bounded ({0,3}): two unbounded \s* around an optional colon backtrack quadratically
// over a long run of spaces, and the whole body of hostile mail is scanned.
const PATTERNS: { kind: string; re: RegExp }[] = [
  { kind: 'ssn', re: /\b\d{3}-\d{2}-\d{4}\b/g },
  {
    kind: 'mrn',
    re: /\b(?:MRN|medical record(?: number| no\.?| #)?|chart (?:no\.?|number|#))\s{0,3}[:#]?\s{0,3}[A-Z0-9-]{4,}\b/gi,
  },
  {
    kind: 'member_id',
    re: /\b(?:member|subscriber|policy|medicare|MBI|HICN)\s{0,3}(?:id|no\.?|number|#)\s{0,3}[:#]?\s{0,3}[A-Z0-9-]{6,}\b/gi,
  },
  {
    kind: 'mbi',
    re: /\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b/g,
  },
  {
    kind: 'birth_date',
    re: /\b(?:DOB|D\.O\.B\.|date of birth|born(?: on)?)\s{0,3}[:-]?\s{0,3}\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/gi,
  },
  {
    kind: 'patient_name',
    re: /\b(?:[Pp]atient|[Pp]t\.?)\s{0,3}(?:[Nn]ame)?\s{0,3}[:-]\s{0,3}[A-Z][a-z]+(?:,?\s{1,3}[A-Z][a-z]+)+/g,
  },
  { kind: 'patient_name', re: /\b(?:Mr|Mrs|Ms|Miss)\.?\s{1,3}[A-Z][a-z]+(?:\s{1,3}[A-Z][a-z]+)?/g },
];

/** Flags in one text, with their spans in it. */
export function detectPhi(text: string, part?: PhiPart): PhiFlag[] {
  const flags: PhiFlag[] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re))
      flags.push({ kind, start: m.index, end: m.index + m[0].length, ...(part ? { part } : {}) });
  }
  return flags.sort((a, b) => a.start - b.start);
}

export interface MessageText {
  subject: string;
  /** The whole text body, not only the question extracted from it. */
  text: string;
  html: string | null;
  attachmentNames: (string | null)[];
}

/** The visible text of an HTML part: tags dropped, the few entities that split words decoded. */
export function htmlText(html: string): string {
  return (
    html
      // [^<>]: a match never runs past the next tag, so a flood of unclosed `<` stays linear.
      .replace(/<(script|style)\b[^<>]*>[^<]*<\/\1[^<>]*>/gi, ' ')
      .replace(/<[^<>]*>/g, ' ')
      .replace(/&nbsp;|&#160;/gi, ' ')
      .replace(/&amp;/gi, '&')
      .replace(/&#58;|&colon;/gi, ':')
  );
}

/** A file name read as words: "Smith_John_DOB_04-12-1956.pdf" -> "Smith John DOB 04-12-1956 pdf". */
export const fileNameText = (name: string): string => name.replace(/[_+]+|\.(?=[A-Za-z]{2,5}$)/g, ' ');

export function detectPhiInMessage(m: MessageText): PhiFlag[] {
  const names = m.attachmentNames.filter((n): n is string => Boolean(n));
  return [
    ...detectPhi(m.subject, 'subject'),
    ...detectPhi(m.text, 'body'),
    ...(m.html ? detectPhi(htmlText(m.html), 'html') : []),
    ...names.flatMap((n) => detectPhi(fileNameText(n), 'attachment')),
  ];
}
