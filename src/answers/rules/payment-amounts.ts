// Medicare PFS amounts from the RVU file and the GPCIs: [work RVU x work GPCI + PE RVU x PE GPCI + MP RVU
// x MP GPCI] x conversion factor, non-facility and facility (national: every GPCI 1). Then the payment
// rules that scale a line: bilateral 150%, multiple procedures 100/50%, assistant at surgery 16%,
// co-surgeons 62.5% (Medicare Claims Processing Manual ch. 12 §20.4.3, §40.6, §40.7, §40.8).
import type { RvuFact } from '../../coding/lookup.types.js';
import type { LocalityGpci } from '../../refdata/repositories/gpci.repository.js';

export interface Rates {
  nonFacility: number | null;
  facility: number | null;
}

const cents = (n: number): number => Math.round(n * 100) / 100;

/** Unrounded amounts of one RVU row (rounded to cents only when said). */
export function ratesOf(r: RvuFact, g: Pick<LocalityGpci, 'work' | 'pe' | 'mp'> | null): Rates {
  const cf = r.conversionFactor;
  if (cf === null || r.workRvu === null || r.mpRvu === null) return { nonFacility: null, facility: null };
  const gp = g ?? { work: 1, pe: 1, mp: 1 };
  const at = (pe: number | null) =>
    pe === null ? null : (r.workRvu! * gp.work + pe * gp.pe + r.mpRvu! * gp.mp) * cf;
  return { nonFacility: at(r.nonFacilityPeRvu), facility: at(r.facilityPeRvu) };
}

export const scale = (r: Rates, by: number): Rates => ({
  nonFacility: r.nonFacility === null ? null : r.nonFacility * by,
  facility: r.facility === null ? null : r.facility * by,
});

export const money = (n: number | null): string =>
  n === null
    ? 'n/a'
    : `$${cents(n).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export interface Adjustment {
  factor: number;
  /** An endoscopic base's RVU row: its amount is taken off before the factor (the family rule, §40.6.2). */
  minus?: RvuFact;
  /** What the factor is, for the answer: "150% for modifier 50 (bilateral indicator 1)". */
  reason: string;
  /** Where the payment rule is stated (Medicare Claims Processing Manual ch. 12). */
  section?: string;
}

/** Modifier 50 by the bilateral indicator (ch. 12 §40.7). */
export function bilateral(r: RvuFact): Adjustment {
  return { ...bilateralFactor(r), section: '§40.7' };
}

function bilateralFactor(r: RvuFact): Adjustment {
  switch (r.bilatSurg) {
    case '1':
      return { factor: 1.5, reason: '150% with modifier 50 (bilateral indicator 1)' };
    case '2':
      return { factor: 1, reason: '100%: the code is already bilateral (indicator 2), so no modifier 50' };
    case '3':
      return { factor: 2, reason: '100% for each side (bilateral indicator 3, each side paid in full)' };
    default:
      return {
        factor: 1,
        reason: `no bilateral payment (indicator ${r.bilatSurg ?? 'missing'}): modifier 50 does not raise it`,
      };
  }
}

/** Assistant at surgery, 80/81/82 at 16% and AS (a non-physician assistant) at 85% of that (ch. 12 §20.4.3). */
export function assistant(r: RvuFact, modifier: string): Adjustment {
  return { ...assistantFactor(r, modifier), section: '§20.4.3' };
}

function assistantFactor(r: RvuFact, modifier: string): Adjustment {
  const share = modifier === 'AS' ? 0.16 * 0.85 : 0.16;
  const pct = modifier === 'AS' ? '13.6% (85% of 16%)' : '16%';
  switch (r.asstSurg) {
    case '2':
      return { factor: share, reason: `${pct} for the assistant (${modifier}; assistant indicator 2)` };
    case '0':
      return {
        factor: share,
        reason: `${pct} for the assistant (${modifier}), only with documentation of medical necessity (assistant indicator 0)`,
      };
    case '1':
      return {
        factor: 0,
        reason: `not paid: assistant at surgery may not be paid for this code (indicator 1)`,
      };
    default:
      return {
        factor: 0,
        reason: `assistant at surgery does not apply to this code (indicator ${r.asstSurg})`,
      };
  }
}

/** Co-surgeons (62): 62.5% each, when the co-surgery indicator allows it (ch. 12 §40.8). */
export function coSurgeon(r: RvuFact): Adjustment {
  return { ...coSurgeonFactor(r), section: '§40.8' };
}

function coSurgeonFactor(r: RvuFact): Adjustment {
  if (r.coSurg === '1' || r.coSurg === '2')
    return {
      factor: 0.625,
      reason: `62.5% for each co-surgeon (62; co-surgery indicator ${r.coSurg}${r.coSurg === '1' ? ', with documentation' : ''})`,
    };
  return { factor: 0, reason: `co-surgeons are not paid for this code (co-surgery indicator ${r.coSurg})` };
}

/**
 * Multiple procedures with indicator 2 in one session: the highest-paid at 100%, the others at 50%
 * (ch. 12 §40.6). Ranked within each setting by the amount after the other adjustments.
 */
export function multipleProcedures<T extends { rvu: RvuFact; rates: Rates }>(
  lines: T[],
  by: keyof Rates,
): Map<T, Adjustment> {
  const out = new Map<T, Adjustment>();
  const ranked = lines.filter((l) => l.rvu.multProc === '2');
  if (ranked.length < 2) return out;
  const [first] = [...ranked].sort((a, b) => (b.rates[by] ?? 0) - (a.rates[by] ?? 0));
  for (const l of ranked)
    out.set(
      l,
      l === first
        ? {
            factor: 1,
            reason: '100% as the highest-paid procedure (multiple procedure indicator 2)',
            section: '§40.6',
          }
        : {
            factor: 0.5,
            reason: '50% as a further procedure in the same session (multiple procedure indicator 2)',
            section: '§40.6',
          },
    );
  return out;
}

/** Rates less another's, never below zero (an endoscopy paid for what it adds to its base). */
export const less = (r: Rates, minus: Rates): Rates => ({
  nonFacility: r.nonFacility === null ? null : Math.max(r.nonFacility - (minus.nonFacility ?? 0), 0),
  facility: r.facility === null ? null : Math.max(r.facility - (minus.facility ?? 0), 0),
});

/**
 * Endoscopies of one family in one session (multiple procedure indicator 3, one endoscopic base; ch. 12
 * §40.6.2): the highest-paid in full, each other one its amount minus the base's, the base itself nothing.
 */
export function endoscopyFamily<T extends { code: string; rvu: RvuFact; national: Rates }>(
  lines: T[],
  bases: readonly RvuFact[],
  by: keyof Rates,
): Map<T, Adjustment> {
  const out = new Map<T, Adjustment>();
  const baseOf = (l: T) => (l.rvu.multProc === '3' ? l.rvu.endoBase : null);
  for (const base of new Set(lines.map(baseOf).filter((b): b is string => !!b))) {
    const family = lines.filter((l) => baseOf(l) === base || l.code === base);
    if (family.length < 2) continue;
    const [first, ...rest] = [...family].sort((a, b) => (b.national[by] ?? 0) - (a.national[by] ?? 0));
    const row = bases.find((b) => b.code === base) ?? family.find((l) => l.code === base)?.rvu;
    const section = '§40.6.2';
    out.set(first!, {
      factor: 1,
      reason: `paid in full as the highest-valued endoscopy of its family (base ${base}, multiple procedure indicator 3)`,
      section,
    });
    for (const l of rest)
      out.set(
        l,
        l.code === base
          ? {
              factor: 0,
              reason: `not paid beside ${first!.code}: the base endoscopy's value is inside it`,
              section,
            }
          : row
            ? {
                factor: 1,
                minus: row,
                reason: `its amount minus the base endoscopy ${base}'s (endoscopy family rule, indicator 3)`,
                section,
              }
            : {
                factor: 1,
                reason: `reduced by the base endoscopy ${base}'s amount, which our PFS file does not give`,
                section,
              },
      );
  }
  return out;
}
