// Which code systems a normalised code string may belong to (pure). The caller normalises: upper case,
// ICD-10-CM dotted. A string that fits several systems is looked up in each; the first is primary.
import type { CodeSystem } from '../refdata/refdata.types.js';

export interface Candidate {
  code: string;
  system: CodeSystem;
  /** The key in that system's tables (ICD-10-CM dotted). */
  key: string;
}

const CPT = /^(\d{5}|\d{4}[FTU])$/;
const HCPCS = /^[A-V]\d{4}$/;
const ICD10CM = /^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$/;
const ICD10CM_UNDOTTED = /^[A-Z]\d[0-9A-Z][0-9A-Z]{1,4}$/;
const ICD10PCS = /^[0-9A-HJ-NP-Z]{7}$/;

export function candidatesFor(code: string): Candidate[] {
  const c = code.trim().toUpperCase();
  const out: Candidate[] = [];
  if (CPT.test(c)) out.push({ code, system: 'cpt', key: c });
  if (HCPCS.test(c)) out.push({ code, system: 'hcpcs', key: c });
  if (ICD10CM.test(c)) out.push({ code, system: 'icd10cm', key: c });
  else if (ICD10CM_UNDOTTED.test(c))
    out.push({ code, system: 'icd10cm', key: `${c.slice(0, 3)}.${c.slice(3)}` });
  if (ICD10PCS.test(c)) out.push({ code, system: 'icd10pcs', key: c });
  return out;
}

/** ICD-10 fiscal year of a date: FY N runs from 1 October of N-1 to 30 September of N. */
export function fiscalYear(isoDate: string): number {
  const [y, m] = isoDate.split('-').map(Number);
  return m! >= 10 ? y! + 1 : y!;
}
