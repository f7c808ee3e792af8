// Units against Medically Unlikely Edits. The MAI's meaning comes from the findings; what a modifier
// cannot do against a date-of-service MUE follows NCCI Policy Manual chapter I and the CMS MUE page.
import type { Findings, UnitFinding } from '../coding/types.js';

const per = (u: UnitFinding) => (u.mai === 1 ? 'per claim line' : 'per date of service');
const unitsWord = (n: number) => `${n} unit${n === 1 ? '' : 's'}`;
const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

const DOS_MODIFIERS =
  'A modifier (76, 59, XE) does not lift a date-of-service MUE: units on every line for that date count together.';

function report(u: UnitFinding): string {
  const how =
    u.mai === 1 ? `Report up to ${unitsWord(u.mue)} per line` : `Report ${unitsWord(u.mue)} for the date`;
  return `${how}. ${sentence(u.maiMeaning)}${u.mai === 1 ? '' : ` ${DOS_MODIFIERS}`}`;
}

/** Bottom-line sentence, when units matter to the question or the asker's units exceed the MUE. */
export function unitBottomLine(u: UnitFinding, f: Findings): string | null {
  if (u.units !== null && u.exceeds) {
    return `${unitsWord(u.units)} of ${u.code} exceed the MUE of ${u.mue} ${per(u)}. ${report(u)}`;
  }
  if (u.units !== null) return `${unitsWord(u.units)} of ${u.code}: within the MUE of ${u.mue} ${per(u)}.`;
  if (!f.questionTypes.includes('units-MUE')) return null;
  // No units asked: the limit, never an instruction to bill up to it.
  const most =
    u.mai === 1 ? `at most ${unitsWord(u.mue)} per line` : `at most ${unitsWord(u.mue)} for the date`;
  return `The MUE for ${u.code} is ${unitsWord(u.mue)} ${per(u)}: ${most} are paid. ${sentence(u.maiMeaning)}${u.mai === 1 ? '' : ` ${DOS_MODIFIERS}`}`;
}

export function unitLine(u: UnitFinding): string {
  const asked =
    u.units === null
      ? 'no units given'
      : `${unitsWord(u.units)} in your question, ${u.exceeds ? 'over' : 'within'} the MUE`;
  return `${u.code}: MUE ${u.mue} ${per(u)}, MAI ${u.mai}; ${asked} (${u.edition}).`;
}
