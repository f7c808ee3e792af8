// NCCI PTP pairs and MUE units for the codes asked about, at the date of service and for the setting.
import type { PairFinding, UnitFinding } from './types.js';
import type { LookupResult, MueFact, PtpFact } from './lookup.types.js';
import type { AskedCode } from './analyze-codes.js';
import { bypassingModifiers, maiMeaning, modifierIndicatorMeaning } from './modifier-rules.js';

function inForce(f: PtpFact, dos: string): boolean {
  if (!f.active) return false;
  return (!f.effective || f.effective <= dos) && (!f.deleted || f.deleted > dos);
}

function pairMeaning(f: PtpFact, bypassedBy: string[], used: string[]): string {
  const base = `${f.column2} is the column 2 code: it is not paid with ${f.column1} on the same date of service. ${modifierIndicatorMeaning(f.modifierIndicator)}`;
  if (f.modifierIndicator !== '1') return base;
  return bypassedBy.length
    ? `${base} Your ${bypassedBy.join(', ')} can bypass it, on ${f.column2}, if the record shows a separate site, session or encounter.`
    : used.length
      ? `${base} None of the modifiers you used (${used.join(', ')}) is NCCI-associated.`
      : `${base} Your question names no modifier.`;
}

/**
 * Every PTP edit in force between two codes the asker wrote, in both directions. `loose` are modifiers
 * written apart from any code: they may belong to either code of a pair.
 */
export function analyzePairs(
  asked: Map<string, AskedCode>,
  loose: readonly string[],
  lookup: LookupResult,
): PairFinding[] {
  const out: PairFinding[] = [];
  const seen = new Set<string>();
  for (const f of lookup.ptp) {
    const c1 = asked.get(f.column1);
    const c2 = asked.get(f.column2);
    if (!c1?.explicit || !c2?.explicit || f.setting !== lookup.setting || !inForce(f, lookup.dateOfService))
      continue;
    const key = `${f.column1}|${f.column2}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const mods = [...new Set([...c2.modifiers, ...c1.modifiers, ...loose])];
    const bypassedBy = bypassingModifiers(f.modifierIndicator, mods);
    out.push({
      column1: f.column1,
      column2: f.column2,
      modifierIndicator: f.modifierIndicator,
      effective: f.effective,
      deleted: f.deleted,
      setting: f.setting,
      bypassedBy,
      edition: f.edition,
      active: true,
      rationale: f.rationale,
      meaning: pairMeaning(f, bypassedBy, mods),
    });
  }
  return out;
}

function pickMue(
  facts: readonly MueFact[],
  code: string,
  setting: LookupResult['setting'],
): MueFact | undefined {
  const forCode = facts.filter((f) => f.code === code);
  return forCode.find((f) => f.setting === setting) ?? forCode.find((f) => f.setting === 'dme');
}

/** Units against the MUE for each code with one; `exceeds` only when the asker gave a count. */
export function analyzeUnits(asked: Map<string, AskedCode>, lookup: LookupResult): UnitFinding[] {
  const out: UnitFinding[] = [];
  for (const a of asked.values()) {
    if (!a.explicit) continue;
    const mue = pickMue(lookup.mue, a.code, lookup.setting);
    if (!mue) continue;
    out.push({
      code: a.code,
      units: a.units,
      mue: mue.value,
      mai: mue.mai,
      edition: mue.edition,
      maiMeaning: maiMeaning(mue.mai),
      exceeds: a.units !== null && a.units > mue.value,
    });
  }
  return out;
}
