// Casts, splints and strapping beside fracture care (NCCI Policy Manual ch. IV §G): a fracture or
// dislocation code includes its first cast or splint; a physician who splints only as initial care,
// leaving the definitive care to another, reports the splint code instead. PTP edits pair the services
// of one provider on one date, so one physician's splint and another's fracture care never meet.
import { NCCI } from '../sources.js';
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';
import { onAnotherDay } from './global-cues.js';

const isCasting = (code: string) => /^29[0-5]\d\d$/.test(code) || /^29[67]\d\d$/.test(code);
// Fracture and dislocation treatment sits in the musculoskeletal range (20100-28899).
const isMusculoskeletal = (code: string) => /^2[0-8]\d{3}$/.test(code) && code >= '20100' && code <= '28899';

// Two practitioners: the ER or urgent care physician splints, an orthopedist or another physician treats.
const TWO_PHYSICIANS =
  /\b(?:ER|ED|emergency|urgent\s+care)\b[\s\S]{0,160}\b(?:ortho\w*|another|different|other|outside)\b|\b(?:another|different|other|outside)\s+(?:doctor|physician|provider|surgeon|group|practice)\b|\breferr?(?:ed|al)\s+to\s+ortho/i;

/** The asker's cast or splint code and the fracture care code beside it, when both are asked. */
export function castWithFracture(q: AnswerQuestion): { cast: string; fracture: string } | null {
  const codes = q.codes.map((c) => c.code);
  const cast = codes.find(isCasting);
  const fracture = codes.find(isMusculoskeletal);
  return cast && fracture ? { cast, fracture } : null;
}

/** The cast or splint code the fracture care includes (one physician did both), for the other rules to
 *  leave alone: it is not reported, so it is neither bypassed nor ranked for payment. */
export function includedCast(q: AnswerQuestion): string | null {
  const both = castWithFracture(q);
  return both && !TWO_PHYSICIANS.test(q.text) ? both.cast : null;
}

export function castingAnswers(q: AnswerQuestion): Answer[] {
  const both = castWithFracture(q);
  if (!both) return [];
  const { cast, fracture } = both;
  // A cast replaced on a later day is no first cast: the rule on services in the global answers it.
  if (onAnotherDay(q)) return [];
  const source = `${NCCI}, ch. IV §G.6-G.8`;
  if (TWO_PHYSICIANS.test(q.text))
    return [
      {
        kind: 'bundling-PTP',
        codes: [cast, fracture],
        conclusion: `Yes, each physician bills their own service: the physician who applied the splint or cast only as initial care, expecting another to treat the fracture, reports ${cast} (with an E/M only when it was significant and separately identifiable, with modifier 25), and the physician who takes over the fracture care reports ${fracture}, which includes any cast or splint that physician applies. NCCI PTP edits pair the services of one provider on one date, so ${cast} by one and ${fracture} by the other do not meet.`,
        rule: 'Fracture treatment codes include the cast or splint of the physician who treats the fracture; a physician who gives only the initial splint or cast reports the casting code.',
        source,
        settled: true,
      },
    ];
  return [
    {
      kind: 'bundling-PTP',
      codes: [cast, fracture],
      conclusion: `When the same physician applies the first cast or splint and treats the fracture, report ${fracture} only: the fracture care code includes the initial cast, splint or strapping, so ${cast} is not reported with it, with or without a modifier. ${cast} is reported only by a physician who gives the splint or cast as initial care and leaves the definitive fracture care to another.`,
      rule: 'Fracture treatment codes include the cast or splint of the physician who treats the fracture.',
      source,
      settled: true,
    },
  ];
}

export const castingRule: AnswerRule = {
  kind: 'bundling-PTP',
  name: 'casting and splinting with fracture care',
  answer: (q) => castingAnswers(q),
};
