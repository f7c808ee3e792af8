// The billing unit of a drug code, read from its HCPCS Level II long descriptor ("..., 10 mg", "per 250
// mg", "up to 1000 mcg", "1 unit", "(500 ml = 1 unit)", "per dose"), and a dose counted in those units.
// Drugs are billed in multiples of the descriptor's dosage; a dose between two multiples rounds up and a
// dose below one unit is one unit (Medicare Claims Processing Manual ch. 17 §10).

/** Units a dose can be measured in, normalised. */
export type DoseUnit = 'mg' | 'mcg' | 'g' | 'ml' | 'units' | 'meq';

export interface Amount {
  amount: number;
  unit: DoseUnit;
}

export interface BillingUnit {
  /** One billing unit: an amount, or a whole dose/vial when the descriptor counts those. */
  per: Amount | 'dose' | 'vial';
  /** "up to 50 mg": a dose of 50 mg or less is one unit (the arithmetic is the same). */
  upTo: boolean;
  /** The descriptor's own words for the unit, for the answer ("per 250 mg", "3 mg + 3 mg"). */
  text: string;
}

const UNIT_WORDS: [RegExp, DoseUnit][] = [
  [/^(mg|milligrams?)$/i, 'mg'],
  [/^(mcg|micrograms?|µg)$/i, 'mcg'],
  [/^(g|gm|grams?)$/i, 'g'],
  [/^(ml|cc|milliliters?)$/i, 'ml'],
  [/^(units?|iu|international units?)$/i, 'units'],
  [/^meq$/i, 'meq'],
];

export function doseUnit(word: string): DoseUnit | null {
  return UNIT_WORDS.find(([re]) => re.test(word.trim()))?.[1] ?? null;
}

// "per 250 mg", "up to 50 mg", "1 unit", "per 1 million units", or "per ml" with no number (one ml); never a
// concentration ("100-199 mg/ml iodine").
const DOSAGE =
  /\b(per|up to)?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)?\s*(million\s+)?(mg|milligrams?|mcg|micrograms?|gm|grams?|g|ml|cc|international units?|units?|iu|meq)(?![\w-])(?!\s*\/)/gi;

const number = (s: string): number => Number(s.replace(/,/g, ''));

/** The descriptor's billing unit, or null when it names none (unclassified drugs, "not otherwise classified"). */
export function billingUnitOf(descriptor: string): BillingUnit | null {
  const solution = /(\d+(?:\.\d+)?)\s*(ml|cc)\s*=\s*1\s*unit/i.exec(descriptor);
  if (solution)
    return { per: { amount: number(solution[1]!), unit: 'ml' }, upTo: false, text: `${solution[1]} ml` };
  // Parenthetical remarks ("(code may be used for medicare when...)", "(non-esrd use)") carry no dosage.
  const plain = descriptor.replace(/\([^)]*\)/g, ' ');
  const found = [...plain.matchAll(DOSAGE)]
    .filter((m) => m[2] !== undefined || m[1]?.toLowerCase() === 'per')
    .map((m) => ({
      per: m[1]?.toLowerCase() ?? null,
      amount: (m[2] === undefined ? 1 : number(m[2])) * (m[3] ? 1_000_000 : 1),
      unit: doseUnit(m[4]!)!,
      text: m[0].trim(),
    }));
  const last = found[found.length - 1];
  if (last) {
    // "betamethasone acetate 3 mg and betamethasone sodium phosphate 3 mg": one unit is the pair.
    const pair = found.length === 2 && found[0]!.unit === last.unit && / and /i.test(plain);
    if (pair) {
      return {
        per: { amount: found[0]!.amount + last.amount, unit: last.unit },
        upTo: false,
        text: `${found[0]!.text} + ${last.text}`,
      };
    }
    return { per: { amount: last.amount, unit: last.unit }, upTo: last.per === 'up to', text: last.text };
  }
  if (/\bper\s+(?:study\s+)?dose\b/i.test(plain)) return { per: 'dose', upTo: false, text: 'per dose' };
  if (/\bper\s+vial\b/i.test(plain)) return { per: 'vial', upTo: false, text: 'per vial' };
  return null;
}

const TO_MG: Partial<Record<DoseUnit, number>> = { mcg: 0.001, mg: 1, g: 1000 };

/** An amount in another unit of the same kind (mg, mcg and g convert; ml, units and meq only to themselves). */
export function convert(a: Amount, to: DoseUnit): number | null {
  if (a.unit === to) return a.amount;
  const from = TO_MG[a.unit];
  const into = TO_MG[to];
  return from !== undefined && into !== undefined ? (a.amount * from) / into : null;
}

/** Whole billing units for a dose: a partial unit rounds up, so anything above zero is at least 1. */
export function billingUnits(dose: Amount, unit: Amount): number | null {
  const inUnit = convert(dose, unit.unit);
  if (inUnit === null || inUnit <= 0) return null;
  // 0.3 mg / 0.1 mg is 2.9999999999999996 in floating point: round away the noise before rounding up.
  return Math.ceil(Number((inUnit / unit.amount).toFixed(6)));
}

const trim = (n: number): string => String(Number(n.toFixed(4)));

const UNIT_TEXT: Record<DoseUnit, [string, string]> = {
  mg: ['mg', 'mg'],
  mcg: ['mcg', 'mcg'],
  g: ['g', 'g'],
  ml: ['mL', 'mL'],
  units: ['unit', 'units'],
  meq: ['mEq', 'mEq'], // prettier-ignore
};

export const amountText = (a: Amount): string =>
  `${a.amount >= 10000 ? a.amount.toLocaleString('en-US') : trim(a.amount)} ${UNIT_TEXT[a.unit][a.amount === 1 ? 0 : 1]}`;

/** "per 10 mg", "up to 50 mg", "per 3 mg + 3 mg (6 mg in all)", "per dose". */
export function unitPhrase(u: BillingUnit): string {
  if (u.per === 'dose' || u.per === 'vial') return `per ${u.per}`;
  if (u.upTo) return `up to ${amountText(u.per)}`;
  if (u.text.includes('+')) return `per ${u.text} (${amountText(u.per)} in all)`;
  return `per ${amountText(u.per)}`;
}
