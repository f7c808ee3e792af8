// Professional and technical components: the PC/TC indicator says whether 26 and TC apply, and the
// claim's setting says who bills which part. A physician's interpretation in a hospital department is
// a practitioner claim with 26 (practitioner NCCI edits, facility RVUs); the hospital bills the rest.
import type { CodeFinding } from '../../coding/types.js';
import { guidanceAlreadyIncluded } from '../question/code-families.js';
import { SOURCES } from '../sources.js';
import type { Answer, AnswerFacts, AnswerQuestion } from '../types.js';

const PCTC: Record<string, string> = {
  '0': 'PC/TC indicator 0: a physician service with no components; 26 and TC do not apply',
  '1': 'PC/TC indicator 1: the code has a professional component (26: the interpretation and report) and a technical component (TC: equipment, staff, supplies); no modifier means both',
  '2': 'PC/TC indicator 2: a professional-component-only code; 26 does not apply',
  '3': 'PC/TC indicator 3: a technical-component-only code; TC does not apply',
  '4': 'PC/TC indicator 4: a global test-only code with separate codes for its parts; 26 and TC do not apply',
  '5': 'PC/TC indicator 5: an incident-to service; 26 and TC do not apply',
  '6': 'PC/TC indicator 6: a lab physician interpretation code; 26 may apply, TC does not',
  '7': 'PC/TC indicator 7: a private practice therapist’s service; 26 and TC do not apply',
  '8': 'PC/TC indicator 8: a physician interpretation code; TC does not apply',
  '9': 'PC/TC indicator 9: the PC/TC concept does not apply',
};

// Global-only tests (PC/TC indicator 4) whose parts have codes of their own: [tracing, interpretation].
// prettier-ignore
const PARTS: Record<string, [string, string]> = {
  '93000': ['93005', '93010'], '93040': ['93041', '93042'], '93224': ['93225', '93227'],
  '93015': ['93017', '93018'], '93268': ['93270', '93272'], '93784': ['93786', '93790'],
};

// The practice both takes and reads the study: it owns the equipment, or bills globally.
const BOTH_PARTS =
  /\b(?:our|their|its)\s+own\s+(?:\w+[\s-]?){0,2}(?:x-?rays?|films?|images?|studies|study|equipment|machine|scanner|ultrasound|EKG|ECG)\b|\bglobal\s+billing\b|\bbill(?:ed|ing|s)?\s+(?:it\s+)?globally\b|\b(?:took|performed|did)\s+and\s+(?:read|interpreted)\b|\bin[\s-]office\s+(?:x-?ray|imaging|equipment)\b|\bwe\s+own\s+the\b/i;

/** 26 asked for a study the practice both performs and reads: the code goes without a modifier. */
function globalService(c: CodeFinding, q: AnswerQuestion, hospital: boolean): Answer | null {
  if (c.rvu?.pctcIndicator !== '1' || hospital || !BOTH_PARTS.test(q.text)) return null;
  return {
    kind: 'modifier',
    codes: [c.code],
    conclusion: `No 26: when your practice both performs ${c.code} (its own equipment and staff) and interprets it, report ${c.code} without a modifier, the global service that pays both components. 26 is for the interpretation alone when someone else (a hospital, an imaging center) bills the technical part; ${c.code} has ${PCTC['1']}.`,
    rule: 'A study whose technical and professional parts are both furnished by the billing practice is reported once, without 26 or TC.',
    source: `${SOURCES.pctc} (${c.rvu.edition})`,
    settled: true,
    warning: true,
    notModifiers: ['26'],
  };
}

function forCode(c: CodeFinding, q: AnswerQuestion, f: AnswerFacts): Answer | null {
  const ind = c.rvu?.pctcIndicator;
  const mods = [...c.modifiers, ...q.loose];
  const split = mods.find((m) => m === '26' || m === 'TC');
  if (!ind || !PCTC[ind] || !split) return null;
  const wrong = (split === '26' && !['1', '6'].includes(ind)) || (split === 'TC' && ind !== '1');
  // Guidance a procedure already includes is not reported at all: which component is moot.
  if (
    !wrong &&
    guidanceAlreadyIncluded(
      c.code,
      q.codes.map((k) => k.code),
    )
  )
    return null;
  const hospital = q.cues.place === 'facility' || f.setting === 'hospital';
  if (split === '26') {
    const global = globalService(c, q, hospital);
    if (global) return global;
  }
  const setting =
    split === '26' && hospital && !wrong
      ? ` In a hospital department the physician bills ${c.code}-26 on the practitioner claim (practitioner NCCI edits, facility payment) and the hospital bills the technical part on its own claim under its own edits.`
      : '';
  return {
    kind: 'modifier',
    codes: [c.code],
    conclusion: `${wrong ? `Modifier ${split} does not fit ${c.code}: ` : `${c.code}-${split} fits: `}${c.code} has ${PCTC[ind]}.${setting}${wrong && PARTS[c.code] ? ` Report the ${split === '26' ? `interpretation and report alone as ${PARTS[c.code]![1]}` : `tracing alone as ${PARTS[c.code]![0]}`} instead.` : ''}`,
    rule: 'Modifier 26 bills the interpretation alone and TC the technical part alone, only for codes whose PC/TC indicator splits them.',
    source: `${SOURCES.pctc} (${c.rvu!.edition})`,
    settled: true,
    warning: wrong,
  };
}

export function pctcAnswer(q: AnswerQuestion, f: AnswerFacts): Answer[] {
  return f.codes.map((c) => forCode(c, q, f)).filter((a): a is Answer => a !== null);
}
