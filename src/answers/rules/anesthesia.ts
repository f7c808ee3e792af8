// Anesthesia payment modifiers: who performed or directed the case (Medicare Claims Processing Manual
// ch. 12 §50): AA personally performed, QK medical direction of 2-4 concurrent cases, QY one CRNA,
// AD supervision of more than four, QX/QZ for the CRNA with or without medical direction.
import { MCPM } from '../sources.js';
import type { AnswerRule } from '../types.js';

const ANESTHESIA = /\b(?:CRNA|anesthesiologist|anesthesia|medical(?:ly)?\s+direct\w*|QK|QX|QY|QZ)\b/i;

function countOfRooms(text: string): number | null {
  const m =
    /\b(\d|one|two|three|four|five|six)\s+(?:concurrent\s+)?(?:CRNA\s+)?(?:rooms?|cases?|CRNAs?|procedures?)\b/i.exec(
      text,
    );
  if (!m) return null;
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
  return words[m[1]!.toLowerCase()] ?? Number(m[1]);
}

const TIME_UNITS = /\btime\s+units?\b|\bunits?\s+of\s+time\b/i;
const ASKS_UNITS = /\bunits?\b/i;
const isAnesthesiaCode = (code: string) => /^0[01]\d{3}$/.test(code) && code >= '00100' && code <= '01999';

/** Anesthesia time in time units: Medicare counts actual minutes, one unit per 15 (ch. 12 §50.G). */
export const anesthesiaTimeRule: AnswerRule = {
  kind: 'units-MUE',
  name: 'anesthesia time units',
  answer(q) {
    const minutes = q.cues.minutes;
    const codes = q.codes.map((c) => c.code).filter(isAnesthesiaCode);
    const asked = TIME_UNITS.test(q.text) || (ASKS_UNITS.test(q.text) && codes.length > 0);
    if (!ANESTHESIA.test(q.text) || !asked || minutes === null) return [];
    const units = minutes / 15;
    const base = codes.length
      ? ` On the Medicare claim the units field of ${codes.join(' and ')} carries the anesthesia minutes (${minutes}), not units: the contractor turns them into ${Number(units.toFixed(1))} time units and adds the base units CMS assigns to the code (its anesthesia base-unit list, which we do not hold) to price the line.`
      : '';
    return [
      {
        kind: 'units-MUE',
        codes: codes.length ? codes : q.codes.map((c) => c.code),
        conclusion: `${minutes} minutes of anesthesia time is ${Number(units.toFixed(1))} time units (${minutes} / 15): Medicare counts the actual minutes from the start of anesthesia care to its end, one time unit per 15 minutes, in fractions rather than rounded to whole units; the base units of the anesthesia code are added to them.${base}`,
        rule: 'Medicare anesthesia time units are the actual minutes divided by 15.',
        source: `${MCPM} ch. 12 §50.G`,
        settled: true,
      },
    ];
  },
};

export const anesthesiaRule: AnswerRule = {
  kind: 'modifier',
  name: 'anesthesia payment modifiers',
  answer(q) {
    if (
      !ANESTHESIA.test(q.text) ||
      !/\b(?:modifiers?|QK|QX|QY|QZ|AA|AD|direct\w*|supervis\w*)\b/i.test(q.text)
    )
      return [];
    const rooms = countOfRooms(q.text);
    const physician =
      rooms === 1
        ? 'QY (one CRNA directed)'
        : rooms !== null && rooms > 4
          ? 'AD (more than four concurrent cases: medical supervision)'
          : 'QK (medical direction of 2 to 4 concurrent cases)';
    return [
      {
        kind: 'modifier',
        codes: q.codes.map((c) => c.code),
        conclusion: `The anesthesiologist bills each directed case with ${physician}, and each CRNA bills the same case with QX (CRNA with medical direction); Medicare pays each side half of the allowance. A case the anesthesiologist does alone takes AA, and a CRNA working without medical direction takes QZ.`,
        rule: 'Anesthesia lines carry the modifier that says who furnished the case and how many cases the anesthesiologist directed at once.',
        source: `${MCPM} ch. 12 §50`,
        settled: true,
      },
    ];
  },
};
