// The sentences a drug-units answer adds after the count: the discarded amount (JW, JZ), the MUE, and
// the NDC quantity. Each is short, and said only where the question gives it something to say.
import type { MueFact, Setting } from '../../coding/lookup.types.js';
import { SOURCES } from '../sources.js';
import { unitsWord } from '../text.js';
import type { AnswerQuestion } from '../types.js';
import { amountText, billingUnits, convert, type Amount } from './drug-units-dosage.js';
import type { DoseReading } from './drug-units-doses.js';

export interface Waste {
  /** Units on the JW line: all billed units less the units of the dose given (both rounded up). */
  jwUnits: number;
  discarded: Amount;
}

/** The amount discarded: stated, or the vials opened less the dose when the question says the rest went. */
export function discardedAmount(r: DoseReading, given: Amount, text: string): Amount | null {
  if (r.discarded) return r.discarded;
  const asksWaste = r.restDiscarded || /\b(JW|waste\w*|wast(?:ed|age)|discard\w*)\b/i.test(text);
  if (!r.containers || !asksWaste) return null;
  const whole = convert(
    { amount: r.containers.size.amount * r.containers.count, unit: r.containers.size.unit },
    given.unit,
  );
  return whole !== null && whole > given.amount
    ? { amount: Number((whole - given.amount).toFixed(4)), unit: given.unit }
    : null;
}

export function waste(given: Amount, discarded: Amount, unit: Amount): Waste | null {
  const inUnit = convert(discarded, given.unit);
  if (inUnit === null) return null;
  const all = billingUnits({ amount: given.amount + inUnit, unit: given.unit }, unit);
  const used = billingUnits(given, unit);
  return all === null || used === null ? null : { jwUnits: all - used, discarded };
}

const ASKS_MODIFIERS =
  /\b(JW|JZ|waste\w*|wast(?:ed|age)|discard\w*|single[- ]?(?:dose|use)|multi[- ]?dose|vial)\b/i;

const NO_WASTE =
  /\b(whole|entire|full|all\s+of\s+the)\s+(vial|syringe|container|dose)|\bno\s+(waste|wastage|discard)|\bnothing\s+(was\s+)?(wasted|discarded)/i;

/** JW line, JZ, or neither (multi-dose vials): Medicare Claims Processing Manual ch. 17 §40. */
export function wasteSentence(code: string, w: Waste | null, r: DoseReading, q: AnswerQuestion): string {
  if (r.container === 'multi-dose')
    return 'JW and JZ are for single-dose containers only: from a multi-dose vial neither is used, and what is left in the vial is not billed.';
  if (w && w.jwUnits > 0)
    return `Report the ${amountText(w.discarded)} discarded on a second line, ${code}-JW x ${unitsWord(w.jwUnits)}; JZ is only for a single-dose container with nothing discarded, so it does not go on this claim.`;
  if (w)
    return `The ${amountText(w.discarded)} discarded fits inside the last unit already billed for the dose, so there is no JW line.`;
  if (NO_WASTE.test(q.text))
    return `Nothing was discarded: if the drug came from a single-dose container, add JZ to the ${code} line (Medicare Part B, required since July 1, 2023).`;
  if (!ASKS_MODIFIERS.test(q.text) && q.cues.payer?.kind !== 'medicare') return '';
  return 'For Medicare Part B, a drug from a single-dose container takes JZ on its line when nothing was discarded (required since July 1, 2023); a discarded amount goes on its own line with JW.';
}

export function pickMue(facts: readonly MueFact[], code: string, setting: Setting): MueFact | null {
  const forCode = facts.filter((f) => f.code === code);
  return forCode.find((f) => f.setting === setting) ?? forCode.find((f) => f.setting === 'dme') ?? null;
}

const MAI: Record<1 | 2 | 3, string> = {
  1: 'a per-line edit: more units need another line with a modifier that says why',
  2: 'a per-day limit set by policy: units above it are not paid',
  3: 'a per-day clinical limit: units above it are denied and can be appealed with the record',
};

export function mueSentence(code: string, units: number, mue: MueFact | null, asked: boolean): string {
  if (!mue) return '';
  if (units > mue.value)
    return `${unitsWord(units)} exceed ${code}'s MUE of ${mue.value} (MAI ${mue.mai}, ${MAI[mue.mai]}; ${mue.edition}); an ABN cannot shift units denied by an MUE to the patient.`;
  return asked
    ? `${unitsWord(units)} ${units === 1 ? 'is' : 'are'} within ${code}'s MUE of ${mue.value} per ${mue.mai === 1 ? 'line' : 'day'} (MAI ${mue.mai}, ${mue.edition}).`
    : '';
}

export const mueSource = SOURCES.mue;

/** The NDC quantity is counted in the package's own unit (ML, UN, GR, F2) after the N4 qualifier. */
export function ndcSentence(volumeMl: number | null, asked: boolean): string {
  if (volumeMl !== null && volumeMl > 0)
    return `The NDC quantity is reported apart, in the package's unit after the N4 qualifier: ML${Number(volumeMl.toFixed(3))} for the ${Number(volumeMl.toFixed(3))} mL given, not the HCPCS units.`;
  return asked
    ? 'The NDC quantity is reported apart, after the N4 qualifier, in the package unit (ML, UN, GR or F2) of the amount given, not in HCPCS units.'
    : '';
}
