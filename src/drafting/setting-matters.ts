// Whether the claim's setting bears on the answer. It picks the NCCI edit tables and the PFS rates, so
// it matters when procedures are asked about, and while nothing is known yet; a question settled wholly
// by ICD-10-CM or ICD-10-PCS codes (named, or reached from the words) reads the same on any claim.
import type { Findings } from '../coding/types.js';

const CODE_SET_KINDS = new Set(['diagnosis-selection', 'icd10pcs']);

export function settingMatters(f: Findings): boolean {
  if (f.codes.some((c) => c.system === 'cpt' || c.system === 'hcpcs')) return true;
  if (f.codes.length > 0) return false;
  const reached = (f.answers ?? []).filter((a) => a.settled && a.codes.length > 0);
  return reached.length === 0 || !reached.every((a) => CODE_SET_KINDS.has(a.kind));
}
