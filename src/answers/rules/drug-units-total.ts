// The dose to bill, in the billing unit's measure: the amounts given, converted (mcg, mg, g; mL through
// the concentration), a repeated amount counted once unless the question gives it per site, "each" times
// the sites, and a stated total preferred to its parts. Says what it read, and what it had to assume.
import type { QuestionCues } from '../question/cues.js';
import { amountText, convert, type Amount } from './drug-units-dosage.js';
import type { DoseReading, Stated } from './drug-units-doses.js';

export interface DoseTotal {
  amount: Amount;
  /** How the total was read: "40 mg", "2 mg + 2 mg = 4 mg", "2.5 mL x 4 mg/mL = 10 mg". */
  reading: string;
  /** An assumption the answer must state ("assuming 1 mL of the 40 mg/mL strength was injected"). */
  assumed: string | null;
}

export type DoseOutcome = DoseTotal | { need: string };

const SEPARATE_SITES = /\b(OD\b.*\bOS|OS\b.*\bOD|each|both|another|twice|per\s+(?:side|knee|eye|joint))\b/i;
const EACH_PAIRED = /\beach\s+(knee|eye|shoulder|hip|ear|side|ankle|wrist|elbow|foot|hand|breast)\b/i;
const EACH_AFTER = /^[^.;]{0,30}\b(each|per\s+(?:side|knee|eye|joint|shoulder|hip|site))\b/i;

const round = (n: number): number => Number(n.toFixed(4));

/** One stated amount in `unit`'s measure, or null when it is of another kind (billing units, say). */
function inMeasure(s: Stated, unit: Amount, r: DoseReading): { value: number; how: string } | null {
  const direct = convert(s, unit.unit);
  if (direct !== null) return { value: direct, how: amountText(s) };
  if (s.unit === 'ml' && r.perMl) {
    const mass = convert({ amount: s.amount * r.perMl.amount, unit: r.perMl.unit }, unit.unit);
    if (mass !== null)
      return {
        value: mass,
        how: `${amountText(s)} x ${amountText(r.perMl)}/mL = ${amountText({ amount: round(mass), unit: unit.unit })}`,
      };
  }
  return null;
}

function sites(cues: QuestionCues, text: string): number | null {
  if (cues.levels && cues.levels > 1) return cues.levels;
  return cues.bilateral || cues.sides.length === 2 || EACH_PAIRED.test(text) ? 2 : null;
}

/** Sites named apart ("OD and OS", "each knee") make a repeated amount a second dose, not a repetition. */
const separateSites = (cues: QuestionCues, text: string): boolean =>
  cues.bilateral || cues.sides.length === 2 || SEPARATE_SITES.test(text);

export function doseTotal(r: DoseReading, unit: Amount, text: string, cues: QuestionCues): DoseOutcome {
  const read = r.given.map((s) => ({ s, m: inMeasure(s, unit, r) })).filter((x) => x.m !== null);
  const mlOnly = r.given.some((s) => s.unit === 'ml') && !r.perMl && unit.unit !== 'ml';
  if (!read.length) return fallback(r, unit, mlOnly);
  let parts = read.map((x) => x.m!);
  // The subject and the body often state the same dose twice: one dose, unless given per site.
  if (!separateSites(cues, text))
    parts = parts.filter((p, i) => parts.findIndex((o) => o.value === p.value) === i);
  const values = parts.map((p) => p.value);
  const largest = Math.max(...values);
  const rest = values.reduce((a, b) => a + b, 0) - largest;
  const n = sites(cues, text);
  const each = read.find((x) => EACH_AFTER.test(text.slice(x.s.end)));
  // A stated total beside its parts ("410 mg: 400 mg + 10 mg", "80 mg, 40 mg in each knee") is the dose.
  const isTotal =
    (parts.length > 2 && round(rest) === round(largest)) ||
    (parts.length === 2 && each && n && round(each.m!.value * n) === round(largest));
  if (isTotal) {
    return {
      amount: { amount: largest, unit: unit.unit },
      reading: amountText({ amount: round(largest), unit: unit.unit }),
      assumed: null,
    };
  }
  if (parts.length === 1 && each && n) {
    const total = round(values[0]! * n);
    return {
      amount: { amount: total, unit: unit.unit },
      reading: `${parts[0]!.how} in each of ${n} sites = ${amountText({ amount: total, unit: unit.unit })}`,
      assumed: null,
    };
  }
  const total = round(values.reduce((a, b) => a + b, 0));
  const how = parts.map((p) => p.how).join(' + ');
  return {
    amount: { amount: total, unit: unit.unit },
    reading: parts.length > 1 ? `${how} = ${amountText({ amount: total, unit: unit.unit })}` : how,
    assumed: null,
  };
}

function fallback(r: DoseReading, unit: Amount, mlOnly: boolean): DoseOutcome {
  if (mlOnly)
    return { need: 'the concentration (mg per mL) of the product given, to turn the mL into billing units' };
  if (r.containers) {
    const whole = convert(
      { amount: r.containers.size.amount * r.containers.count, unit: r.containers.size.unit },
      unit.unit,
    );
    if (whole !== null) {
      const amount = round(whole);
      return {
        amount: { amount, unit: unit.unit },
        reading: amountText({ amount, unit: unit.unit }),
        assumed: `if the whole ${r.containers.count > 1 ? `${r.containers.count} containers were` : 'container was'} given`,
      };
    }
  }
  if (r.package) {
    const whole = convert(r.package.amount, unit.unit);
    if (whole !== null)
      return {
        amount: { amount: round(whole), unit: unit.unit },
        reading: amountText({ amount: round(whole), unit: unit.unit }),
        assumed: `if the whole ${amountText(r.package.amount)} (${r.package.ml} mL) was given`,
      };
  }
  if (r.strengthBrand && r.perMl) {
    const mass = convert(r.perMl, unit.unit);
    if (mass !== null)
      return {
        amount: { amount: round(mass), unit: unit.unit },
        reading: amountText({ amount: round(mass), unit: unit.unit }),
        assumed: `if 1 mL of ${r.strengthBrand} was injected (its number is a strength, ${amountText(r.perMl)} per mL, not the dose)`,
      };
  }
  return { need: 'the dose given (in mg, mcg, units or mL with its concentration)' };
}
