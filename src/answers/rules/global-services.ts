// Services around a surgery's global period: a visit or a second procedure in the days after it (or the
// day before), and who bills the post-operative care. The modifier follows from what the asker says the
// service was: an unrelated visit 24, the decision for a major surgery 57, a planned or staged procedure
// 58, a return to the OR for a complication 78, an unrelated procedure 79, care split between
// physicians 54/55 (Medicare Claims Processing Manual ch. 12 §40.1-40.2).
import type { CodeFinding } from '../../coding/types.js';
import { isEm } from '../question/code-families.js';
import { NCCI, SOURCES } from '../sources.js';
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';
import {
  VISIT,
  UNRELATED,
  DECISION,
  PLANNED,
  LATER_PROCEDURE,
  OTHER_SIDE,
  COMPLICATION,
  SPLIT,
  inOr,
  aboutLaterService,
  onAnotherDay,
  laterInWords,
  firstByDate,
} from './global-cues.js';

const DAYS: Record<string, number> = { '000': 0, '010': 10, '090': 90 };
/** Words of an operation: the later service is a procedure (a visit names none of them). */
const OPERATION =
  /\b(?:procedure|surgery|operation|operated|excision|repair|removal|biopsy|debridement|drainage|injection|\w+(?:ectomy|otomy|ostomy|plasty|scopy))\b/i;
/** The surgery's code written again: a later procedure of that same code (the other eye). */
const writtenTwice = (q: AnswerQuestion, code: string): boolean => q.text.split(code).length > 2;
const CAST = /\bcast\b|\bsplint\b|\b29\d{3}\b/i;

/** "11042-58" for a code, "the later procedure with modifier 58" for words. */
const withModifier = (later: string, mod: string): string =>
  /^[0-9A-Z]\d{3}[0-9A-Z]$/.test(later) ? `${later}-${mod}` : `${later} with modifier ${mod}`;

/** The later procedure's side: the one the surgery's own side modifier is not, or the only one named. */
function laterSide(q: AnswerQuestion, surgery: string): 'RT' | 'LT' | null {
  const first = q.codes.find((c) => c.code === surgery)?.modifiers.find((m) => m === 'RT' || m === 'LT');
  const left = /\b(?:LE|LT|left)\b/i.test(q.text);
  const right = /\b(?:RE|RT)\b|\bright\s+(?:eye|knee|hip|shoulder|side)\b/i.test(q.text);
  if (first) return first === 'RT' ? (left ? 'LT' : null) : right ? 'RT' : null;
  return left !== right ? (left ? 'LT' : 'RT') : null;
}

function answer(surgery: CodeFinding, conclusion: string, settled = true): Answer {
  return {
    kind: 'global-period',
    codes: [surgery.code],
    conclusion,
    rule: 'Related care in a surgery’s global period is in its payment; a service outside the package carries the modifier that says why.',
    source: `${SOURCES.globalSurgery}; ${SOURCES.globalModifiers}`,
    settled,
    needs: settled ? undefined : 'the note saying how the later service relates to the surgery',
  };
}

// The visit before a major surgery: the day before or the day of it, a pre-operative H&P.
const PREOP =
  /\bday\s+before\b|\bpre-?op(?:erative)?\s+(?:visit|H&P|eval\w*|exam|clearance)\b|\bH\s?&\s?P\b|\bhistory\s+and\s+physical\b/i;

function preopAnswer(s: CodeFinding, q: AnswerQuestion): Answer {
  const em = q.codes.find((c) => isEm(c.code))?.code;
  return DECISION.test(q.text)
    ? answer(
        s,
        `Report ${em ? `${em}-57` : "that visit's E/M with modifier 57"}: it is the visit (the day before or the day of ${s.code}) where the decision for this major surgery was made.`,
      )
    : answer(
        s,
        `No: the surgeon's visit or H&P the day before or the day of ${s.code} (a 90-day global surgery) is part of its global package and not billed separately, unless it is the visit where the decision to operate was made (then it is billed with modifier 57).`,
      );
}

function visitAnswer(s: CodeFinding, q: AnswerQuestion, days: number): Answer {
  const em = q.codes.find((c) => isEm(c.code))?.code ?? 'the E/M';
  if (days === 0)
    return answer(
      s,
      `Yes: ${s.code} has a 0-day global period with no post-operative days, so a medically necessary visit on a later day is billed on its own, with no modifier 24.`,
    );
  const cast = CAST.test(q.text)
    ? ' A cast or splint replaced during the global period may be billed (the casting code and its supply); the first one is part of the fracture care.'
    : '';
  if (DECISION.test(q.text) && days === 90)
    return answer(
      s,
      `Report ${em === 'the E/M' ? "that visit's E/M" : em} with modifier 57: it is the visit (the day before or the day of ${s.code}) where the decision for this major surgery was made; without 57 it is part of the ${days}-day global package.`,
    );
  if (UNRELATED.test(q.text))
    return answer(
      s,
      `Yes: a visit for a problem unrelated to ${s.code} during its ${days}-day global period is billed, with modifier 24 on ${em}, and the diagnosis on that line must show it is unrelated to the surgery.`,
    );
  return answer(
    s,
    `No: ${s.code} has a ${days}-day global period, and visits related to it in that time (routine follow-up, wound checks, suture or packing removal, care of a complication that needs no return to the OR) are part of its payment. Report 99024 (no charge) for tracking; only a visit for an unrelated problem is billed, with modifier 24.${cast}`,
  );
}

function procedureAnswer(s: CodeFinding, later: string, q: AnswerQuestion, days: number): Answer {
  if (/^29[0-5]\d\d$/.test(later) && CAST.test(q.text))
    return answer(
      s,
      `Yes: ${later} may be reported for a cast or splint replaced during ${s.code}'s ${days}-day global period, with the supply code (Q4001-Q4051); the first application and the removal of a cast the same practice applied are part of the fracture care (${NCCI}, ch. IV §G), and so is the visit itself unless it treats an unrelated problem (24). Whether the payer wants modifier 58 on the replacement is its own policy.`,
    );
  if (days === 0)
    return answer(
      s,
      `${s.code} has a 0-day global period: only the day of the procedure is in its package, so ${later} on a later day needs no global-period modifier (58, 78 or 79 apply only inside a global period).`,
    );
  if (PLANNED.test(q.text))
    return answer(
      s,
      `Report ${withModifier(later, '58')}: it was planned or staged at the time of ${s.code} (or is more extensive, or therapy after it), so it is paid during ${s.code}'s ${days}-day global period and starts a new global period of its own.`,
    );
  if (COMPLICATION.test(q.text) && !inOr(q.text))
    return answer(
      s,
      `No: treating a complication of ${s.code} without a return to the operating room (in the office or at the bedside) is part of its ${days}-day global period, so ${later} is not billed, with 78 or otherwise. Modifier 78 is only for a return to the OR for the complication.`,
    );
  if (COMPLICATION.test(q.text))
    return answer(
      s,
      `Report ${withModifier(later, '78')}: an unplanned return to the operating room for a complication of ${s.code} during its ${days}-day global period. Only the intra-operative part is paid and no new global period starts; a complication treated without a return to the OR is part of the global.`,
    );
  if (UNRELATED.test(q.text) || OTHER_SIDE.test(q.text)) {
    const side = OTHER_SIDE.test(q.text) ? laterSide(q, s.code) : null;
    const how = side
      ? `${later}-79-${side}`
      : `${withModifier(later, '79')}${OTHER_SIDE.test(q.text) ? ' and the side modifier (RT or LT)' : ''}`;
    return answer(
      s,
      `Report ${how}: a procedure unrelated to ${s.code} during its ${days}-day global period; it starts a new global period.`,
    );
  }
  return answer(
    s,
    `${later} falls in ${s.code}'s ${days}-day global period, so it needs the modifier that says why: 58 if planned or staged at the first surgery, 78 for an unplanned return to the OR for a complication, 79 if unrelated. The operative note decides which.`,
    false,
  );
}

export const globalServicesRule: AnswerRule = {
  kind: 'global-period',
  name: 'services in a global period',
  answer(q, f) {
    const valid = f.codes.filter((c) => c.status === 'valid' && !isEm(c.code));
    // A 10- or 90-day surgery frames the question; a 0-day one only when no other is named.
    // Two procedures on two dates: the earlier one frames the global, whatever its length.
    const first = firstByDate(
      q.text,
      valid.map((c) => c.code),
    );
    const surgery =
      valid.find((c) => c.code === first && c.globalDays && c.globalDays in DAYS) ??
      valid.find((c) => (DAYS[c.globalDays ?? ''] ?? 0) > 0) ??
      valid.find((c) => c.globalDays === '000');
    if (!surgery) return [];
    const days = DAYS[surgery.globalDays!]!;
    if (SPLIT.test(q.text) && days > 0)
      return [
        answer(
          surgery,
          `Split the global package: the surgeon bills ${surgery.code} with modifier 54 (surgical care only) and the practitioner who takes over the post-operative care bills ${surgery.code} with modifier 55 (post-operative care only), both with the date of surgery and a written transfer of care; the post-operative visits themselves are not billed as E/M.`,
        ),
      ];
    if (days === 90 && PREOP.test(q.text) && !aboutLaterService(q)) return [preopAnswer(surgery, q)];
    if (!aboutLaterService(q) || (days === 0 && !onAnotherDay(q))) return [];
    const second = valid.find((c) => c.code !== surgery.code && !isEm(c.code));
    if (
      second &&
      (first === surgery.code ||
        q.codes.findIndex((c) => c.code === second.code) > q.codes.findIndex((c) => c.code === surgery.code))
    )
      return [procedureAnswer(surgery, second.code, q, days)];
    const visit = q.codes.some((c) => isEm(c.code)) || VISIT.test(q.text);
    if (visit && !LATER_PROCEDURE.test(q.text)) return [visitAnswer(surgery, q, days)];
    // The same code again on a later date (the other eye), or a later operation named in words.
    const again = OTHER_SIDE.test(q.text) || writtenTwice(q, surgery.code);
    if (again || LATER_PROCEDURE.test(q.text) || OPERATION.test(q.text)) {
      const later = second?.code ?? (again ? surgery.code : laterInWords(q.text));
      return [procedureAnswer(surgery, later, q, days)];
    }
    // Back on a later date for a problem, with no operation named ("came back for a cold"): a visit.
    if (q.cues.dates.length > 1) return [visitAnswer(surgery, q, days)];
    return [];
  },
};
