// Plain-language meanings of Physician Fee Schedule indicators (CMS PFS RVU file layout, "PPRRVU" record).
// Values come from the findings; only what each CMS value means is kept here.

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
  E: 'excluded from the PFS by regulation',
  I: 'not valid for Medicare billing (another code applies)',
  J: 'anesthesia service (no RVUs)',
  M: 'measurement code, used for reporting only',
  N: 'non-covered by Medicare',
  P: 'bundled or excluded: no separate PFS payment',
  R: 'restricted coverage',
  T: 'paid only when no other PFS service is billed on that date',
  X: 'statutory exclusion: not paid under the PFS',
};

const BILATERAL: Record<string, string> = {
  '0': 'modifier 50 does not apply; no 150% bilateral payment',
  '1': 'bilateral payment applies: report one line with modifier 50, paid at 150%',
  '2': 'the code already describes a bilateral service; do not add modifier 50',
  '3': 'each side is paid at 100%; modifier 50 or RT/LT per payer instruction',
  '9': 'the bilateral surgery concept does not apply',
};

const PCTC: Record<string, string> = {
  '0': 'physician service only, no professional/technical split',
  '1': 'diagnostic test with a professional (-26) and a technical (-TC) component',
  '2': 'professional component only code',
  '3': 'technical component only code',
  '4': 'global test only code',
  '5': 'incident-to code',
  '6': 'laboratory physician interpretation code',
  '7': 'physical therapy service',
  '8': 'physician interpretation code',
  '9': 'the PC/TC concept does not apply',
};

const meaning = (table: Record<string, string>, value: string | null): string | null =>
  value === null ? null : (table[value] ?? null);

export const globalDaysMeaning = (v: string | null) => meaning(GLOBAL_DAYS, v);
export const statusMeaning = (v: string | null) => meaning(STATUS, v);
export const bilateralMeaning = (v: string | null) => meaning(BILATERAL, v);
export const pctcMeaning = (v: string | null) => meaning(PCTC, v);
