// Code-shape rules: what a CPT, HCPCS Level II, ICD-10-CM or ICD-10-PCS code looks like on paper.
// Shapes only — whether a code exists is the look-up's job (analyze reports unknown codes).
import type { CodeSystem } from '../../refdata/refdata.types.js';

export type ShapeKind = CodeSystem | 'wildcard';

/** CPT Category I (5 digits), Category II (4 digits + F) and Category III (4 digits + T). */
export const CPT_SHAPE = /^(?:\d{5}|\d{4}[FT])$/;
/** HCPCS Level II: a letter A-V (no F, I, N, O, which HCPCS does not use) and 4 digits. */
export const HCPCS_SHAPE = /^[A-EGHJ-MP-V]\d{4}$/;
/** ICD-10-CM: letter, digit, digit or A/B, then up to 4 more characters (dotted or not). */
export const ICD_DOTTED_SHAPE = /^[A-Z]\d[0-9AB]\.[0-9A-Z]{1,4}$/;
export const ICD_PLAIN_SHAPE = /^[A-Z]\d[0-9AB][0-9A-Z]{0,4}$/;
/** ICD-10-PCS: 7 characters of 0-9 and A-Z without I and O; sections start 0-9, B, C, D, F, G, H or X. */
export const PCS_SHAPE = /^[0-9BCDFGHX][0-9A-HJ-NP-Z]{6}$/;
/** Wildcards: "9925x", "992xx", "I50.-", "I50.2-", "J45.x", "I50*". */
export const CPT_WILDCARD = /^(\d{4}[xX*]|\d{3}[xX]{2})$/;
export const ICD_WILDCARD = /^([A-Z]\d[0-9AB](?:\.[0-9A-Z]{0,3})?)(?:\.?-|\.?[xX]+|\*)$/;

/** Tokens with a code's shape that are nearly always something else (vitamin B12, vertebra T12, N95 mask, X12 EDI). */
export const SHAPE_STOPLIST: ReadonlySet<string> = new Set([
  'B12',
  'T10',
  'T11',
  'T12',
  'N95',
  'K95',
  'X12',
  'H1N1',
  'H5N1',
]);

/** ICD-10-CM codes are always shown dotted: "J918" -> "J91.8". */
export function dotIcd(code: string): string {
  const c = code.toUpperCase();
  return c.length > 3 && !c.includes('.') ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}

export interface ShapeContext {
  /** "dx", "diagnosis", "ICD" nearby: a letter + 4 digits reads as undotted ICD-10-CM, not HCPCS. */
  icd: boolean;
  /** "PCS", "inpatient", "root operation" in the question: 7-character tokens read as ICD-10-PCS. */
  pcs: boolean;
  /** A diagnosis word or dotted diagnosis code just before: lower-case "j90", "e119" read as ICD-10-CM. */
  lowerIcd?: boolean;
}

/** The code system a token's shape points to, or null when it looks like no code. */
export function classifyShape(token: string, ctx: ShapeContext): CodeSystem | null {
  if (CPT_SHAPE.test(token)) return 'cpt';
  const upper = token.toUpperCase();
  if (ICD_DOTTED_SHAPE.test(upper)) return 'icd10cm';
  // Undotted letter codes must be written in capitals ("h1n1" is no code), except HCPCS ("g0447").
  if (upper !== token) {
    if (HCPCS_SHAPE.test(upper)) return 'hcpcs';
    // "x50" is a count ("JW x50"), never external cause X50.
    return ctx.lowerIcd && !/^x\d+$/.test(token) && ICD_PLAIN_SHAPE.test(upper) && !SHAPE_STOPLIST.has(upper)
      ? 'icd10cm'
      : null;
  }
  if (HCPCS_SHAPE.test(token)) return ctx.icd ? 'icd10cm' : 'hcpcs';
  if (token.length === 7 && PCS_SHAPE.test(token) && /[A-Z]/.test(token) && /\d/.test(token)) {
    const letterFirstIcd = /^[A-Z]\d/.test(token) && ICD_PLAIN_SHAPE.test(token);
    if (ctx.pcs && !(letterFirstIcd && ctx.icd)) return 'icd10pcs';
    if (/^\d/.test(token) && /Z$/.test(token)) return 'icd10pcs';
    if (!letterFirstIcd) return ctx.pcs ? 'icd10pcs' : null;
  }
  if (ICD_PLAIN_SHAPE.test(token)) return 'icd10cm';
  return null;
}

/** Normalised form of a code string for comparison: upper case, ICD-10-CM dotted. */
export function normaliseCode(code: string): string {
  const c = code.trim().toUpperCase();
  if (CPT_SHAPE.test(c) || HCPCS_SHAPE.test(c) || c.includes('-') || c.includes('*')) return c;
  if (c.length === 7 && PCS_SHAPE.test(c) && /^\d/.test(c)) return c;
  if (ICD_PLAIN_SHAPE.test(c)) return dotIcd(c);
  return c;
}

/** The kind a labelled code string belongs to, judged by shape alone (used by the eval). */
export function shapeKind(code: string): ShapeKind | 'unknown' {
  const c = normaliseCode(code);
  if (CPT_WILDCARD.test(c) || ICD_WILDCARD.test(c)) return 'wildcard';
  if (CPT_SHAPE.test(c)) return 'cpt';
  if (HCPCS_SHAPE.test(c)) return 'hcpcs';
  if (ICD_DOTTED_SHAPE.test(c) || ICD_PLAIN_SHAPE.test(c)) return 'icd10cm';
  if (PCS_SHAPE.test(c)) return 'icd10pcs';
  return 'unknown';
}
