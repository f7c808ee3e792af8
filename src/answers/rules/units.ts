// Units against the Medically Unlikely Edit: the limit for the asker's code, whether it applies per
// claim line or per date of service (the MAI), what happens to units above it, and that an ABN never
// shifts liability for units an MUE denies (NCCI Policy Manual 2026, ch. I §V).
import type { UnitFinding } from '../../coding/types.js';
import { isDrugCode, isEm, isPreventiveVisit } from '../question/code-families.js';
import { isCounted } from './counts.js';
import { MCPM, SOURCES } from '../sources.js';
import { unitsWord } from '../text.js';
import type { Answer, AnswerRule } from '../types.js';
import { familyOf } from './time-table.js';

const per = (u: UnitFinding): string => (u.mai === 1 ? 'per claim line' : 'per date of service');

const AFTER_LIMIT: Record<1 | 2 | 3, string> = {
  1: 'MAI 1 is a claim line edit: if more units were truly performed and necessary (another site or session), report them on separate lines with the modifier that shows why (an anatomic modifier, XS or 59, 76, or 91 for a repeat lab test).',
  2: 'MAI 2 is an absolute date-of-service limit set by policy: units above it for the date are not paid, on appeal or with any modifier.',
  3: 'MAI 3 is a date-of-service limit: units on every line for the date count together and modifiers do not lift it; units above it are denied, and paid on appeal only when the records show they were performed and medically necessary.',
};

const ABOUT_UNITS =
  /\bunits?\b|\bMUEs?\b|\bhow\s+many\b|\bmax(?:imum)?\b|\blimit\b|\bqty\b|\bquantity\b|\bx\s?\d|\btimes\b/i;

const NO_ABN = 'An ABN does not apply: units an MUE denies cannot be billed to the patient.';

/** More than one unit of a visit code: one visit of a kind is billed per day (MCPM ch. 12 §30.6.9). */
function visitsCombined(u: UnitFinding): Answer {
  return {
    kind: 'units-MUE',
    codes: [u.code],
    conclusion: `No: report ${u.code} once for the day. Visits of the same kind by the same practitioner on one date are combined into one code, with the level chosen on the day's total medical decision making or time (MUE ${u.mue} per day).`,
    rule: 'One E/M of a kind per practitioner per day: repeat visits that day are combined into one code.',
    source: `${SOURCES.mue}; ${MCPM} ch. 12 §30.6.9`,
    settled: true,
    warning: true,
  };
}

function answerFor(u: UnitFinding, asked: boolean): Answer | null {
  const base = {
    kind: 'units-MUE' as const,
    codes: [u.code],
    settled: true,
    source: `${SOURCES.mue}; ${u.edition}`,
  };
  const rule = `The MUE is the most units of a code a provider reports for one patient ${per(u)} in almost every case.`;
  if (u.units !== null && u.exceeds)
    return {
      ...base,
      conclusion: `${unitsWord(u.units)} of ${u.code} exceed its MUE of ${u.mue} ${per(u)}. ${AFTER_LIMIT[u.mai]} ${NO_ABN}`,
      rule,
      warning: true,
    };
  if (!asked) return null;
  if (u.units !== null)
    return {
      ...base,
      conclusion: `${unitsWord(u.units)} of ${u.code} are within its MUE of ${u.mue} ${per(u)} (MAI ${u.mai}), so the MUE does not stop them.`,
      rule,
    };
  return {
    ...base,
    conclusion: `The MUE for ${u.code} is ${unitsWord(u.mue)} ${per(u)} (MAI ${u.mai}). Report the units actually performed and documented. ${AFTER_LIMIT[u.mai]}`,
    rule,
  };
}

export const unitsRule: AnswerRule = {
  kind: 'units-MUE',
  name: 'units against the MUE',
  answer(q, f) {
    const asked = q.kinds.includes('units-MUE');
    // The MUE of a code nobody gave units for is worth saying only when the question is about units.
    const aboutUnits = ABOUT_UNITS.test(q.text);
    return f.units.flatMap((u) => {
      // Preventive visits have their own frequency rules (the benefit rule); counted families theirs.
      if (isEm(u.code) && !isPreventiveVisit(u.code) && (u.units ?? 0) > 1) return [visitsCombined(u)];
      if (isCounted(u.code) && !u.exceeds) return [];
      if (u.units === null && !aboutUnits) return [];
      // Drug doses and timed codes have their own rules; their MUE is said here only when exceeded.
      const own =
        (isDrugCode(u.code) && q.kinds.includes('drug-units')) ||
        (familyOf(u.code) && q.cues.minutes !== null) ||
        // Two units for two sides is the bilateral rule's answer, not a units count.
        q.cues.bilateral;
      const a = answerFor(u, asked && !own);
      return a ? [a] : [];
    });
  },
};
