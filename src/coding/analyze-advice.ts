// Conclusions a senior coder would state: add-on without a primary, bilateral reporting, global days,
// PC/TC split, code status, units over the MUE, edits with no bypass.
import type { Advice, CodeFinding, PairFinding, UnitFinding } from './types.js';
import type { AddOnFact } from './lookup.types.js';
import type { AskedCode } from './analyze-codes.js';
import { globalDaysAdvice } from './global-days.js';
import { GLOBAL_MODIFIERS } from './modifier-rules.js';

const isEm = (code: string): boolean => /^99(?:2\d\d|3\d\d|4[0-9]\d)$/.test(code);

export function statusAdvice(codes: readonly CodeFinding[]): Advice[] {
  return codes.flatMap((c): Advice[] => {
    if (c.status === 'deleted')
      return [
        {
          topic: 'status',
          code: c.code,
          severity: 'warning',
          message: `${c.code} was deleted on ${c.deletedOn}; it cannot be reported for this date of service.`,
        },
      ];
    if (c.status === 'not_billable') {
      const kids = c.billableChildren
        .slice(0, 8)
        .map((k) => k.code)
        .join(', ');
      return [
        {
          topic: 'diagnosis',
          code: c.code,
          severity: 'warning',
          message: `${c.code} is a category, not a billable code; choose a more specific code${kids ? ` (e.g. ${kids})` : ''}.`,
        },
      ];
    }
    if (c.status === 'unknown')
      return [
        {
          topic: 'status',
          code: c.code,
          severity: 'warning',
          message: `${c.code} matches no code in the code sets for this date of service; check the number.`,
        },
      ];
    return [];
  });
}

export function addOnAdvice(asked: Map<string, AskedCode>, addOns: readonly AddOnFact[]): Advice[] {
  const byAddOn = new Map<string, AddOnFact[]>();
  for (const f of addOns)
    if (asked.get(f.addOn)?.explicit) byAddOn.set(f.addOn, [...(byAddOn.get(f.addOn) ?? []), f]);
  const out: Advice[] = [];
  for (const [code, facts] of byAddOn) {
    if (facts.some((f) => asked.get(f.primary)?.explicit)) continue;
    const contractor = facts.every((f) => f.primary === 'CCCCC');
    out.push(
      contractor
        ? {
            topic: 'addon',
            code,
            severity: 'info',
            message: `${code} is an add-on code whose primary codes are set by the Medicare contractor; report it only with an eligible primary service.`,
          }
        : {
            topic: 'addon',
            code,
            severity: 'warning',
            message: `${code} is an add-on code and the question names none of its eligible primary codes (e.g. ${facts
              .slice(0, 5)
              .map((f) => f.primary)
              .join(', ')}); it is not paid alone.`,
          },
    );
  }
  return out;
}

const BILATERAL: Record<string, string> = {
  '0': 'bilateral indicator 0: the 150% bilateral rule does not apply; modifier 50 is not used for this code.',
  '1': 'bilateral indicator 1: report one line with modifier 50 (paid at 150%); not RT and LT on two lines.',
  '2': 'bilateral indicator 2: the code already describes a bilateral service; do not add 50, RT or LT to claim both sides.',
  '3': 'bilateral indicator 3: each side is paid in full; report RT and LT (or two units) rather than 50.',
  '9': 'bilateral indicator 9: the bilateral concept does not apply to this code.',
};

export function bilateralAdvice(codes: readonly CodeFinding[], loose: readonly string[]): Advice[] {
  return codes.flatMap((c): Advice[] => {
    const mods = [...c.modifiers, ...loose];
    const sided = mods.some((m) => m === '50' || m === 'RT' || m === 'LT') || (c.units ?? 0) >= 2;
    const ind = c.rvu?.bilatSurg;
    if (!sided || !ind || !BILATERAL[ind]) return [];
    const wrong =
      (ind === '1' && mods.includes('RT') && mods.includes('LT') && !mods.includes('50')) ||
      ((ind === '2' || ind === '0' || ind === '3') && mods.includes('50'));
    return [
      {
        topic: 'bilateral',
        code: c.code,
        severity: wrong ? 'warning' : 'info',
        message: `${c.code}: ${BILATERAL[ind]}`,
      },
    ];
  });
}

export function globalAdvice(
  codes: readonly CodeFinding[],
  loose: readonly string[],
  asksGlobal: boolean,
): Advice[] {
  const hasEm = codes.some((c) => isEm(c.code));
  const mods = new Set([...loose, ...codes.flatMap((c) => c.modifiers)]);
  const touchesGlobal = asksGlobal || hasEm || [...mods].some((m) => GLOBAL_MODIFIERS.has(m));
  if (!touchesGlobal) return [];
  return codes.flatMap((c): Advice[] => {
    const meaning = c.globalDays ? globalDaysAdvice(c.globalDays) : null;
    if (!meaning || isEm(c.code) || (!asksGlobal && !['000', '010', '090'].includes(c.globalDays ?? '')))
      return [];
    const wrong25 = c.globalDays === '090' && hasEm && mods.has('25') && !mods.has('57');
    // Minor procedures (0/10-day global): the decision to perform them is part of the procedure itself
    // (Medicare Claims Processing Manual ch. 12 §40.2), so 57 never applies and 25 needs more than that.
    const minorWithEm = (c.globalDays === '000' || c.globalDays === '010') && hasEm;
    const wrong57 = minorWithEm && mods.has('57');
    const message = wrong25
      ? `${c.code}: ${meaning} For the visit that decided this major surgery, use 57 rather than 25.`
      : minorWithEm
        ? `${c.code}: ${meaning} The decision to perform a minor procedure is included in it, so an E/M the same day is reported with 25 only when the record shows a significant, separately identifiable evaluation beyond the usual pre-procedure assessment; 57 does not apply to 0- and 10-day procedures.`
        : `${c.code}: ${meaning}`;
    return [{ topic: 'global', code: c.code, severity: wrong25 || wrong57 ? 'warning' : 'info', message }];
  });
}

const PCTC: Record<string, string> = {
  '0': 'PC/TC indicator 0: a physician service; modifiers 26 and TC do not apply.',
  '1': 'PC/TC indicator 1: has professional and technical components; 26 for the interpretation only, TC for the equipment and staff only, no modifier for both.',
  '2': 'PC/TC indicator 2: a professional-component-only code; do not add 26.',
  '3': 'PC/TC indicator 3: a technical-component-only code; do not add TC.',
  '4': 'PC/TC indicator 4: a global test-only code; separate codes describe its parts, so 26 and TC do not apply.',
  '5': 'PC/TC indicator 5: incident-to service; 26 and TC do not apply.',
  '6': 'PC/TC indicator 6: laboratory physician interpretation; 26 may be used, TC may not.',
  '7': 'PC/TC indicator 7: private practice therapist service; 26 and TC do not apply.',
  '8': 'PC/TC indicator 8: physician interpretation code; TC does not apply.',
  '9': 'PC/TC indicator 9: the concept does not apply.',
};

export function pctcAdvice(codes: readonly CodeFinding[], loose: readonly string[]): Advice[] {
  return codes.flatMap((c): Advice[] => {
    const ind = c.rvu?.pctcIndicator;
    const mods = [...c.modifiers, ...loose];
    const asked = mods.includes('26') || mods.includes('TC');
    if (!ind || !PCTC[ind] || (!asked && ind !== '1')) return [];
    const wrong = (mods.includes('26') && !['1', '6'].includes(ind)) || (mods.includes('TC') && ind !== '1');
    return [
      {
        topic: 'pctc',
        code: c.code,
        severity: wrong ? 'warning' : 'info',
        message: `${c.code}: ${PCTC[ind]}`,
      },
    ];
  });
}

export function editAdvice(pairs: readonly PairFinding[], units: readonly UnitFinding[]): Advice[] {
  const out: Advice[] = [];
  for (const p of pairs) {
    const severity =
      p.modifierIndicator === '0' || (p.modifierIndicator === '1' && !p.bypassedBy.length)
        ? 'warning'
        : 'info';
    out.push({ topic: 'ptp', code: p.column2, severity, message: p.meaning });
  }
  for (const u of units) {
    if (u.exceeds)
      out.push({
        topic: 'mue',
        code: u.code,
        severity: 'warning',
        message: `${u.units} units of ${u.code} exceed the MUE of ${u.mue}. ${u.maiMeaning}`,
      });
  }
  return out;
}
