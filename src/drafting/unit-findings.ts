// Units against Medically Unlikely Edits. What a modifier can and cannot do per MUE adjudication
// indicator (MAI) follows the CMS "Medically Unlikely Edits" page and NCCI Policy Manual chapter I.
import type { Findings, UnitFinding } from '../coding/types.js';

const per = (u: UnitFinding) => (u.mai === 1 ? 'per claim line' : 'per date of service');
const unitsWord = (n: number) => `${n} unit${n === 1 ? '' : 's'}`;

function maiRule(u: UnitFinding): string {
  if (u.mai === 1) {
    return `Units above ${u.mue} may go on a separate line with a modifier such as 76, 77, 91 or XE only when the record shows a separate, medically necessary service.`;
  }
  const modifiers = 'A modifier (76, 59, XE) does not lift a date-of-service MUE: units on every line for that date count together.';
  if (u.mai === 2) return `Report at most ${u.mue}; more on one date is not payable. ${modifiers}`;
  return `Report ${u.mue}; units above it are denied and can be paid only on appeal with records showing they were medically necessary. ${modifiers}`;
}

/** Bottom-line sentence, when units matter to the question or the asker's units exceed the MUE. */
export function unitBottomLine(u: UnitFinding, f: Findings): string | null {
  if (u.units !== null && u.exceeds) {
    return `${unitsWord(u.units)} of ${u.code} exceed the MUE of ${u.mue} ${per(u)} (MAI ${u.mai}: ${u.maiMeaning}). ${maiRule(u)}`;
  }
  if (u.units !== null) return `${unitsWord(u.units)} of ${u.code} is within the MUE of ${u.mue} ${per(u)}.`;
  if (!f.questionTypes.includes('units-MUE')) return null;
  return `The MUE for ${u.code} is ${unitsWord(u.mue)} ${per(u)} (MAI ${u.mai}: ${u.maiMeaning}). ${maiRule(u)}`;
}

export function unitLine(u: UnitFinding): string {
  const asked =
    u.units === null
      ? 'no units given'
      : `${unitsWord(u.units)} in your question, ${u.exceeds ? 'exceeds the MUE' : 'within the MUE'}`;
  return `${u.code}: MUE ${u.mue} ${per(u)}, MAI ${u.mai} (${u.maiMeaning}); ${asked}. ${u.edition}.`;
}
