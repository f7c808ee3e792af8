// Code families the rules need and the data files do not mark, by code number only (no descriptor
// text): E/M visits, drugs billed by dose, imaging guidance codes, and procedures whose own definition
// includes imaging guidance (so a guidance code beside them is never separately reported).

const between = (code: string, from: number, to: number): boolean =>
  /^\d{5}$/.test(code) && Number(code) >= from && Number(code) <= to;

/** Office, hospital, ED, nursing facility, home, consult and critical care E/M, and preventive visits.
 *  Tobacco and alcohol or drug counseling (99406-99409) sit in the E/M range but are services of their
 *  own, reported beside a visit like any other service, not visits. */
export function isEm(code: string): boolean {
  return (
    (between(code, 99202, 99499) && !between(code, 99406, 99409)) ||
    ['G0402', 'G0438', 'G0439', 'G2211'].includes(code)
  );
}

/** Preventive medicine and Medicare wellness visits (as opposed to problem-oriented E/M). */
export function isPreventiveVisit(code: string): boolean {
  return between(code, 99381, 99397) || ['G0402', 'G0438', 'G0439'].includes(code);
}

/** HCPCS Level II codes billed in dose units (drugs, biologicals, contrast, radiopharmaceuticals);
 * the rule reads the billing unit from the code's CMS descriptor. */
/** Vaccine and toxoid products (90476-90759): the product, reported beside its administration code. */
export const isVaccineProduct = (code: string): boolean =>
  /^\d{5}$/.test(code) && Number(code) >= 90476 && Number(code) <= 90759;

export function isDrugCode(code: string): boolean {
  return /^(J\d{4}|Q5[1-9]\d\d|Q0(13[89]|1[4-9]\d|2[0-4]\d)|Q2\d{3}|Q9\d{3}|C9[0-4]\d\d|A9[56]\d\d)$/.test(
    code,
  );
}

/** Imaging guidance codes: they guide another procedure and are never a procedure of their own. */
// prettier-ignore
export const GUIDANCE_CODES: ReadonlySet<string> = new Set([
  '76942', '76937', '76940', '76965', '76998', '75989', '77001', '77002', '77003', '77011', '77012',
  '77013', '77021', '77022',
]);

// prettier-ignore
const GUIDANCE_INCLUDED: [number, number][] = [
  [10005, 10012], [10030, 10030], [10035, 10036], [19081, 19086], [19281, 19288], [20604, 20604],
  [20606, 20606], [20611, 20611], [22510, 22515], [27096, 27096], [32555, 32555], [32557, 32557],
  [36572, 36573], [47531, 47544], [49083, 49083], [49405, 49407], [50430, 50437], [50606, 50606],
  [50693, 50695], [62321, 62321], [62323, 62323], [62325, 62325], [62327, 62327], [62328, 62329],
  [64451, 64451], [64454, 64454], [64479, 64484], [64490, 64495], [64624, 64625], [64633, 64636],
];

/** Procedures whose definition includes imaging guidance (CPT families; numbers only). */
export function includesGuidance(code: string): boolean {
  return GUIDANCE_INCLUDED.some(([from, to]) => between(code, from, to));
}

/** Time-based codes whose units follow minutes (see time-units rule). */
// prettier-ignore
const TIMED: [number, number][] = [
  [99291, 99292], [96360, 96361], [96365, 96368], [96413, 96417], [99152, 99157], [97032, 97039],
  [97110, 97142], [97530, 97542], [97750, 97763], [90832, 90838], [90839, 90840], [99406, 99409],
  [99497, 99498], [99490, 99491], [99439, 99439], [99487, 99489], [99457, 99458], [99358, 99359],
  [92507, 92507], [99415, 99418], [99238, 99239], [99315, 99316],
];

export function isTimed(code: string): boolean {
  return code === 'G2212' || TIMED.some(([from, to]) => between(code, from, to));
}

/** A guidance code beside a procedure that already includes guidance: not reported at all. */
export function guidanceAlreadyIncluded(code: string, asked: readonly string[]): boolean {
  return GUIDANCE_CODES.has(code) && asked.some(includesGuidance);
}
