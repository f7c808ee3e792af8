// Plain-language meanings of Physician Fee Schedule status indicators (CMS PFS RVU file layout, "PPRRVU" record).
// Values come from the findings; only what each CMS value means is kept here. PC/TC and bilateral
// indicators reach the reply as the analysis's advice, tied to what the asker billed.

const STATUS: Record<string, string> = {
  A: 'active, separately paid under the Medicare PFS',
  B: 'bundled: never paid separately by Medicare',
  C: 'contractor-priced',
  D: 'deleted',
  E: 'excluded from the PFS by regulation: paid, when covered, under another fee schedule (drugs, DMEPOS, lab)',
  I: 'not valid for Medicare billing (another code applies)',
  J: 'anesthesia service (no RVUs)',
  M: 'measurement code, used for reporting only',
  N: 'non-covered by Medicare',
  P: 'bundled or excluded: no separate PFS payment',
  R: 'restricted coverage',
  T: 'paid only when no other PFS service is billed on that date',
  X: 'statutory exclusion from the PFS: paid, when covered, under another fee schedule (clinical lab tests under the Clinical Laboratory Fee Schedule, which we do not hold) or not at all',
};

const meaning = (table: Record<string, string>, value: string | null): string | null =>
  value === null ? null : (table[value] ?? null);

/** Global days live in coding/global-days.ts, next to the advice on the modifiers they call for. */
export const statusMeaning = (v: string | null) => meaning(STATUS, v);
