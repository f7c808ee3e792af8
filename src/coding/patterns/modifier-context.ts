// Letter modifiers that are distinctive only inside their own field. "RR" is a respiratory rate until the
// mail is about a rented CPAP; "P3" is anything until the mail is about anesthesia. Upper case only.
import { DISTINCTIVE_MODIFIERS } from './modifier-list.js';

const FIELDS: readonly (readonly [RegExp, readonly string[]])[] = [
  // Anesthesia: payment and physical-status modifiers; anesthesia codes are 00100-01999.
  [
    /\b(?:anesth\w*|anaesth\w*|CRNA|MAC|ASA|anes)\b|\b0[01]\d{3}\b/i,
    ['AA', 'AD', 'QK', 'QS', 'QX', 'QY', 'QZ', 'G8', 'G9', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'],
  ],
  // DME: rental/purchase, wheelchair and oxygen modifiers; DME codes are E, K and L codes.
  [
    /\b(?:DME|DMEPOS|rental|rent(?:ed|ing)?|purchase[ds]?|CPAP|BiPAP|oxygen|concentrator|wheelchair|walker|crutch(?:es)?|orthos[ie]s|brace|hospital\s+bed)\b|\b[EKL]\d{4}\b/i,
    ['RR', 'NU', 'UE', 'KH', 'KI', 'KJ', 'KR', 'MS', 'QE', 'QF', 'QG', 'BP', 'BR', 'BU', 'KL'],
  ],
  [/\b(?:clinical\s+trials?|investigational|research\s+stud(?:y|ies))\b/i, ['Q0', 'Q1']],
  [
    /\b(?:toes?|toenails?|nails?|hallux|foot|feet|podiatr\w*)\b/i,
    ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'],
  ],
  [/\bhospice\b/i, ['GV', 'GW']],
  [/\b(?:off-?campus|HOPD|provider-?based|PBD|(?:non-?)?excepted)\b/i, ['PO', 'PN', 'PD']],
];

/** The letter modifiers that count without the word "modifier" in this text: the usual ones plus its field's. */
export function distinctiveModifiersFor(text: string): ReadonlySet<string> {
  let out: Set<string> | null = null;
  for (const [cue, mods] of FIELDS) {
    if (!cue.test(text)) continue;
    out ??= new Set(DISTINCTIVE_MODIFIERS);
    for (const m of mods) out.add(m);
  }
  return out ?? DISTINCTIVE_MODIFIERS;
}
