// What the question says about the drug's amounts, each amount read by the words around it: the dose
// given, the amount discarded, the vials opened (count x size), the concentration ("4 mg/mL",
// "Kenalog-40"), and dose rates per kg or m² (which are not doses). Pure and linear.
import { NUMBER_WORD_PATTERN, NUMBER_WORDS } from '../../number-words.js';
import { doseUnit, type Amount, type DoseUnit } from './drug-units-dosage.js';

export interface Stated extends Amount {
  text: string;
  start: number;
  end: number;
}

export interface DoseReading {
  /** Amounts given, in the order stated (a dose given in each of two sites is stated twice). */
  given: Stated[];
  /** The amount discarded, when stated; `restDiscarded` when the question only says the rest was. */
  discarded: Stated | null;
  restDiscarded: boolean;
  /** Containers opened: "five 100 mg vials", "2 vials of 4 mg", "a 200u vial". */
  containers: { count: number; size: Amount } | null;
  /** Amount of drug per one mL, from "4 mg/mL", "60 mg/2 mL" or a strength in the brand name. */
  perMl: Amount | null;
  /** A package stated as amount over volume ("48mg/6mL"): its whole content, when no dose is given. */
  package: { amount: Amount; ml: number } | null;
  /** The brand whose number is its strength ("Kenalog-40" is 40 mg/mL), when that gave `perMl`. */
  strengthBrand: string | null;
  container: 'single-dose' | 'multi-dose' | null;
}

const DOSE =
  /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(mg|mgs|milligrams?|mcg|ug|µg|micrograms?|grams?|gms?|gm|g|ml|mls|cc|milliliters?|iu|meq|units?)|(u))\b/gi;

const COUNT_WORDS: Record<string, number> = { ...NUMBER_WORDS, a: 1, an: 1, single: 1, both: 2 };
const count = (s: string): number => COUNT_WORDS[s.toLowerCase()] ?? Number(s);
const COUNT = `(\\d+|an?|single|${NUMBER_WORD_PATTERN}|both)`;

const CONTAINER =
  '(?:single[- ]?(?:dose|use)\\s+|multi[- ]?(?:dose|use)\\s+|sdv\\s+|mdv\\s+)?(?:vials?|syringes?|pens?|ampules?|amps?|bottles?|bags?|kits?|cartridges?)\\b';
const AFTER_CONTAINER = new RegExp(`^\\s*${CONTAINER}`, 'i');
const BEFORE_COUNT = new RegExp(`\\b${COUNT}\\s*(?:x\\s*)?$`, 'i');
const CONTAINERS_OF = new RegExp(`\\b${COUNT}\\s+${CONTAINER}\\s+(?:of\\s+)?$`, 'i');
const PER_ML = /^\s*(?:\/|per)\s*(\d+(?:\.\d+)?)?\s*(ml|cc)\b/i;
const PER_BODY = /^\s*(?:\/|per)\s*(kg|m2|m²|sq\.?\s*m|lb)\b/i;
const DISCARD_BEFORE =
  /\b(discard\w*|wast\w*|threw\s+(?:out|away)|tossed|not\s+(?:used|given|administered))\s*(?:of\s+|was\s+|were\s+)?(?:the\s+)?$/i;
const DISCARD_AFTER =
  /^\s*(?:was\s+|were\s+|is\s+|got\s+)?(?:discarded|wasted|thrown\s+(?:out|away)|tossed|not\s+(?:used|given|administered)|waste|wastage)\b/i;
const REST_DISCARDED =
  /\b(rest|remainder|remaining|leftover|left\s+over)\b[^.;]{0,30}\b(discard\w*|wast\w*|thrown|tossed)|\b(discard\w*|wast\w*)\s+(the\s+)?(rest|remainder)\b/i;

// The code's own unit quoted by the asker ("J2550 is 50mg", "code is 3 mg", "10 mg per unit"): not a dose.
const UNIT_QUOTED_BEFORE =
  /\b([A-Z]\d{4}|code|hcpcs|descriptor)\s+(?:is\s+(?:billed\s+)?(?:per\s+)?|=\s*|per\s+)$/i;
const UNIT_QUOTED_AFTER = /^\s*(?:per|a|=|each)\s+(?:billing\s+)?unit\b/i;

// Brands whose number is the strength in mg per mL (Kenalog-10/-40/-80, Depo-Medrol 20/40/80).
const STRENGTH_BRAND = /\b(kenalog|depo-?medrol)[\s-]?(10|20|40|80)\b(?!\s*(?:mg|mcg|ml|cc|units?)\b)/i;

// "200 units ... 155 injected, 45 wasted": numbers whose unit is the one stated before them.
const BARE_AMOUNT =
  /(?<![\w.])(\d+(?:\.\d+)?)\s+(injected|given|administered|used|wasted|discarded|waste|thrown\s+away)\b/gi;

/** Bare amounts given or discarded take the unit of the amount stated before them; the stated amount
 *  they split is then the container, not a dose. */
function readBareAmounts(text: string, out: DoseReading): void {
  const unit = out.given[0]?.unit ?? out.containers?.size.unit ?? null;
  if (!unit) return;
  const given: Stated[] = [];
  for (const m of text.matchAll(BARE_AMOUNT)) {
    const stated: Stated = {
      amount: Number(m[1]),
      unit,
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    };
    if (/wast|discard|thrown/i.test(m[2]!)) out.discarded ??= stated;
    else given.push(stated);
  }
  if (!given.length) return;
  const used = given.reduce((s, g) => s + g.amount, 0) + (out.discarded?.amount ?? 0);
  const whole = out.given.find((g) => g.unit === unit && g.amount >= used);
  if (whole && !out.containers) out.containers = { count: 1, size: { amount: whole.amount, unit } };
  out.given = [...out.given.filter((g) => g !== whole), ...given];
}

export function readDoses(text: string): DoseReading {
  const out: DoseReading = {
    given: [],
    discarded: null,
    restDiscarded: REST_DISCARDED.test(text),
    containers: null,
    perMl: null,
    package: null,
    strengthBrand: null,
    container: /\bmulti[- ]?(dose|use)\b|\bMDV\b/i.test(text)
      ? 'multi-dose'
      : /\bsingle[- ]?(dose|use)\b|\bSDV\b/i.test(text)
        ? 'single-dose'
        : null,
  };
  const matches = [...text.matchAll(DOSE)];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const unit: DoseUnit | null = m[3] ? 'units' : doseUnit(m[2]!.replace(/s$/i, '').replace(/^ug$/i, 'mcg'));
    if (!unit) continue;
    const start = m.index;
    const end = start + m[0].length;
    const stated: Stated = { amount: Number(m[1]!.replace(/,/g, '')), unit, text: m[0], start, end };
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, start - 40), start);
    if (PER_BODY.test(after) || UNIT_QUOTED_BEFORE.test(before) || UNIT_QUOTED_AFTER.test(after)) continue;
    const perMl = PER_ML.exec(after);
    if (perMl && unit !== 'ml') {
      const ml = perMl[1] ? Number(perMl[1]) : 1;
      out.perMl ??= { amount: stated.amount / ml, unit };
      if (ml > 1) out.package ??= { amount: { amount: stated.amount, unit }, ml };
      // "60 mg/2 mL": the 2 mL is part of the concentration, not a dose.
      if (perMl[1] && matches[i + 1]?.index === end + perMl[0].indexOf(perMl[1])) i++;
      continue;
    }
    if (AFTER_CONTAINER.test(after)) {
      const n = BEFORE_COUNT.exec(before);
      out.containers ??= { count: n ? count(n[1]!) : 1, size: { amount: stated.amount, unit } };
      continue;
    }
    const of = CONTAINERS_OF.exec(before);
    if (of) {
      out.containers ??= { count: count(of[1]!), size: { amount: stated.amount, unit } };
      continue;
    }
    if (DISCARD_BEFORE.test(before) || DISCARD_AFTER.test(after)) {
      out.discarded ??= stated;
      continue;
    }
    out.given.push(stated);
  }
  readBareAmounts(text, out);
  const brand = STRENGTH_BRAND.exec(text);
  if (brand && !out.perMl) {
    out.perMl = { amount: Number(brand[2]), unit: 'mg' };
    out.strengthBrand = brand[0];
  }
  return out;
}
