// Codes the asker is choosing between, or that are variants of one service: NCCI pays one of them,
// never both, and the note decides which (NCCI Policy Manual 2026, ch. I §P).
import type { PairFinding } from '../../coding/types.js';
import { includesGuidance } from '../question/code-families.js';
import { SOURCES } from '../sources.js';
import type { Answer, AnswerQuestion } from '../types.js';

/** One procedure coded without and with guidance (32554/32555): the family's two variants. */
export const alternatives = (a: string, b: string): boolean =>
  /^\d{5}$/.test(a) &&
  /^\d{5}$/.test(b) &&
  a.slice(0, 3) === b.slice(0, 3) &&
  Math.abs(Number(a) - Number(b)) <= 5;

/** "29880 or 29881?": the asker is choosing between codes, not billing them together. */
export const choosing = (q: AnswerQuestion): boolean =>
  /\b[0-9]{4}[0-9T]\b\s*[?,]?\s*\bor\b\s*[0-9]{4}[0-9T]\b/.test(q.text);

/** "90471 or G0010?", "93010 vs 93000": these two codes are the choice, whatever their families. */
export function choosingBetween(q: AnswerQuestion, a: string, b: string): boolean {
  const between = (x: string, y: string) =>
    new RegExp(`\\b${x}\\b[^.?!\\d]{0,12}\\b(?:or|vs\\.?|versus)\\s+(?:\\w+\\s+)?${y}\\b`, 'i').test(q.text);
  return between(a, b) || between(b, a);
}

/** Neighbouring codes of one family that NCCI never pays together: levels or variants of one service. */
export function alternativesAnswer(p: PairFinding, edit: string, family = true): Answer {
  const { column1: c1, column2: c2 } = p;
  const guided = includesGuidance(c1) !== includesGuidance(c2);
  const [without, withGuidance] = includesGuidance(c1) ? [c2, c1] : [c1, c2];
  // Indicator 0: never together; 1: a modifier only for two truly separate services.
  const bypass =
    p.modifierIndicator === '0'
      ? '; no modifier bypasses it'
      : '; a modifier would apply only to two separate services, not to one';
  return {
    kind: 'bundling-PTP',
    codes: [c1, c2],
    conclusion: guided
      ? `Report only one of them: ${without} and ${withGuidance} are the same procedure without and with imaging guidance, and NCCI does not pay them together for one procedure (${edit}${bypass}). Report ${withGuidance} only when the record documents the imaging guidance (what was imaged, with a saved image and report for ultrasound); otherwise ${without}.`
      : family
        ? `Report only one of them: ${c1} and ${c2} are alternative codes of one family (levels or variants of one service) and NCCI does not pay them together for one service (${edit}${bypass}). Which one applies is decided by what the note documents: send it if you want us to check.`
        : `Report one of them, not both: you are choosing between ${c1} and ${c2}, and an NCCI edit pairs them (${edit}), so the one that describes what was done is reported for the service. Which one fits is decided by what the note documents (and, for Medicare, by any Medicare-specific code).`,
    rule: 'Codes that describe one service in different ways are alternatives: the one that fits the documentation is reported, never both.',
    source: SOURCES.mutuallyExclusive,
    settled: guided,
    needs: guided ? undefined : 'the note that documents the service, to choose between them',
  };
}

/** "11403 or 21930?" with no edit between them: a choice of code for one service, not two services. */
export function choiceAnswer(a: string, b: string): Answer {
  return {
    kind: 'bundling-PTP',
    codes: [a, b],
    conclusion: `You are choosing a code for one service, not billing two: report the one of ${a} and ${b} that describes what was done, as the procedure note documents it (the technique, the depth or site, the size). No NCCI edit pairs them, which only matters if two separate services were done.`,
    rule: 'One service is reported with the one code that describes it.',
    source: SOURCES.ptp,
    settled: false,
    needs: 'the procedure note, to choose between the two codes',
  };
}
