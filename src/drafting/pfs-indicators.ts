// Plain-language meanings of Physician Fee Schedule status and global-days indicators (CMS PFS RVU file layout, "PPRRVU" record).
// Values come from the findings; only what each CMS value means is kept here. PC/TC and bilateral
// indicators reach the reply as the analysis's advice, tied to what the asker billed.

const GLOBAL_DAYS: Record<string, string> = {
  '000': '0-day global: no postoperative days; related care on the day of the procedure is included',
  '010': '10-day global: related postoperative care for 10 days is included',
  '090': '90-day global: the day before, the day of, and 90 days of related postoperative care are included',
  MMM: 'maternity care global (the global surgery rules do not apply)',
  XXX: 'the global surgery concept does not apply',
  YYY: 'the contractor sets the global period',
  ZZZ: 'add-on service, always inside the global period of the primary procedure',
};

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

export const globalDaysMeaning = (v: string | null) => meaning(GLOBAL_DAYS, v);
export const statusMeaning = (v: string | null) => meaning(STATUS, v);
