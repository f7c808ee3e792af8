// The claim lines a payment question asks about, each with its RVU row (the 26, TC or 53 row when the
// asker used that modifier), its amounts, and the payment rules its modifiers and the other lines
// bring: bilateral, assistant, co-surgeon, multiple procedures, a non-physician practitioner's 85%.
import type { AskedCode } from '../../coding/analyze-codes.js';
import type { RvuFact } from '../../coding/lookup.types.js';
import type { AnswerFacts, AnswerQuestion } from '../types.js';
import type { LocalityGpci } from '../../refdata/repositories/gpci.repository.js';
import {
  assistant,
  bilateral,
  coSurgeon,
  endoscopyFamily,
  less,
  multipleProcedures,
  ratesOf,
  scale,
  type Adjustment,
  type Rates,
} from './payment-amounts.js';

export interface PaidLine {
  code: string;
  /** Modifiers that chose the row or change the payment, as written ("26", "50", "80"). */
  modifiers: string[];
  rvu: RvuFact;
  national: Rates;
  adjustments: Adjustment[];
  /** Another practitioner's line for the same procedure (the assistant's, say): never ranked or summed with it. */
  separate?: boolean;
  /** The asked code an NCCI PTP edit in force bundles this one into, with no bypassing modifier used. */
  bundledInto?: string;
}

/** Statuses with a fee schedule amount (A active, R restricted coverage, T paid only alone). */
export const PRICED = new Set(['A', 'R', 'T']);

const ROW_MODIFIERS = ['26', 'TC', '53'];
const NPP = /\b(nurse\s+practitioner|physician\s+assistant|NPPs?|PA-C)\b/i;
const NP = /\b(NP|CNS)\b/;

/** The RVU row for the code as billed: its 26/TC/53 row when the asker used one and the file has it. */
export function rowFor(a: AskedCode, rows: readonly RvuFact[]): RvuFact | null {
  const own = rows.filter((r) => r.code === a.code);
  const mod = a.modifiers.find((m) => ROW_MODIFIERS.includes(m));
  return (mod && own.find((r) => r.modifier === mod)) || own.find((r) => r.modifier === null) || null;
}

function ownAdjustments(a: AskedCode, r: RvuFact, q: AnswerQuestion, alone: boolean): Adjustment[] {
  const out: Adjustment[] = [];
  const bilateralAsked = a.modifiers.includes('50') || (alone && q.cues.bilateral);
  if (bilateralAsked) out.push(bilateral(r));
  const asst = a.modifiers.find((m) => ['80', '81', '82', 'AS'].includes(m));
  if (asst) out.push(assistant(r, asst));
  if (a.modifiers.includes('62')) out.push(coSurgeon(r));
  if ((NPP.test(q.text) || NP.test(q.text)) && !/incident[\s-]to|\bassist/i.test(q.text) && !asst)
    out.push({
      factor: 0.85,
      reason: '85% for a nurse practitioner or physician assistant billing under their own number',
    });
  return out;
}

const applied = (rates: Rates, adj: readonly Adjustment[], g: LocalityGpci | null = null): Rates =>
  adj.reduce((r, a) => scale(a.minus ? less(r, ratesOf(a.minus, g)) : r, a.factor), rates);

/** Lines for the priced codes asked, with every adjustment; `rates` at a locality's GPCIs (or national). */
/** "27447 surgeon fee and the PA first assist (AS)": the loose 80/82/AS/62 is a second line of one code. */
const ROLE_WORDS: [RegExp, string][] = [
  [
    /\(AS\)|\bmodifier\s+AS\b|\b(?:PA|NP|physician\s+assistant|nurse\s+practitioner)[\s-]+(?:first\s+)?assist/i,
    'AS',
  ],
  [/\bassistant\s+surgeon\b|\bassist(?:ant|ing)?\s+at\s+surgery\b/i, '80'],
  [/\bco-?surgeons?\b/i, '62'],
];

function withLooseRoles(q: AnswerQuestion, priced: AskedCode[]): (AskedCode & { separate?: boolean })[] {
  const named = ROLE_WORDS.filter(([re]) => re.test(q.text)).map(([, m]) => m);
  const roles = [...new Set([...q.loose, ...named])].filter((m) =>
    ['80', '81', '82', 'AS', '62'].includes(m),
  );
  if (priced.length !== 1 || !roles.length) return priced;
  const only = priced[0]!;
  // A role already on the code ("27447-80") is that line; a different one named apart is a second line.
  if (only.modifiers.some((m) => roles.includes(m))) return priced;
  const extra = roles.map((m) => ({ ...only, modifiers: [m], separate: true }));
  return [only, ...extra];
}

export function paidLines(q: AnswerQuestion, f: AnswerFacts, asked: AskedCode[]): PaidLine[] {
  const priced = withLooseRoles(q, asked);
  const lines = priced.flatMap((a): PaidLine[] => {
    const rvu = rowFor(a, f.rvu);
    if (!rvu) return [];
    return [
      {
        code: a.code,
        modifiers: a.modifiers,
        rvu,
        national: ratesOf(rvu, null),
        adjustments: ownAdjustments(a, rvu, q, priced.length === 1),
        ...(a.separate ? { separate: true } : {}),
      },
    ];
  });
  const by: keyof Rates = q.cues.place === 'facility' ? 'facility' : 'nonFacility';
  for (const l of lines) {
    const edit = f.pairs.find((p) => p.active && p.column2 === l.code && !p.bypassedBy.length);
    if (edit && lines.some((o) => o.code === edit.column1)) l.bundledInto = edit.column1;
  }
  // Endoscopies of one family are priced together first (§40.6.2); indicator 3 is not ranked at 50% below.
  const family = endoscopyFamily(
    lines.filter((l) => !l.separate),
    f.endoscopyBases ?? [],
    by,
  );
  for (const [l, adj] of family) l.adjustments.push(adj);
  // A bundled line is ranked as if its edit were bypassed: the amount then is what a modifier would bring.
  const ranked = lines
    .filter((l) => !l.separate && !l.adjustments.some((a) => a.factor === 0))
    .map((l) => ({ line: l, rvu: l.rvu, rates: applied(l.national, l.adjustments) }));
  const reduced = multipleProcedures(ranked, by);
  for (const [x, adj] of reduced) x.line.adjustments.push(adj);
  // An add-on beside reduced procedures is paid in full: say so, as coders expect the 50% cut on it.
  if (lines.filter((l) => !l.separate).length > 1)
    for (const l of lines)
      if (l.rvu.globalDays === 'ZZZ' && l.rvu.multProc === '0')
        l.adjustments.push({
          factor: 1,
          reason:
            'paid in full: an add-on code is exempt from the multiple procedure reduction (indicator 0)',
          section: '§40.6',
        });
  return lines;
}

/** The line's amounts at a locality (or national), after its adjustments. */
export function amountsAt(line: PaidLine, g: LocalityGpci | null): Rates {
  return applied(ratesOf(line.rvu, g), line.adjustments, g);
}

/** Only the rate of the setting asked, both when none was. */
export function settingRates(r: Rates, place: AnswerQuestion['cues']['place']): Rates {
  if (place === 'office') return { nonFacility: r.nonFacility, facility: null };
  if (place === 'facility') return { nonFacility: null, facility: r.facility };
  return r;
}
