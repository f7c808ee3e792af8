// Which edition of a dataset applies to a date, by CMS's and CDC's release cadence, and whether the one
// we hold is older: NCCI edits, MUEs, add-on edits and HCPCS change every quarter; ICD-10 on October 1
// (the fiscal year); the PFS yearly with quarterly releases (A to D).
import type { EditionRef } from '../refdata/refdata.types.js';

export type Cadence = 'quarterly' | 'fiscal-year' | 'pfs';

export function cadenceOf(dataset: string): Cadence | null {
  if (/^(ptp_(practitioner|hospital)|mue_|addon|hcpcs)/.test(dataset)) return 'quarterly';
  if (dataset === 'icd10cm' || dataset === 'icd10pcs') return 'fiscal-year';
  if (dataset === 'pfs_rvu') return 'pfs';
  return null;
}

export interface ApplicableEdition {
  /** ISO date the applicable edition takes effect. */
  from: string;
  /** "2026 Q4", "FY2027", "2026 D". */
  label: string;
}

export function applicableEdition(cadence: Cadence, date: string): ApplicableEdition {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (cadence === 'fiscal-year') {
    const fy = month >= 10 ? year + 1 : year;
    return { from: `${fy - 1}-10-01`, label: `FY${fy}` };
  }
  const q = Math.floor((month - 1) / 3);
  const from = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { from, label: cadence === 'pfs' ? `${year} ${'ABCD'[q]}` : `${year} Q${q + 1}` };
}

export interface StaleEdition {
  used: EditionRef;
  applies: ApplicableEdition;
}

/** The edition used when it is not the one that applies to the date (older, or a later release used
 *  because the one for the date is not loaded), else null. */
export function staleFor(edition: EditionRef, date: string): StaleEdition | null {
  const cadence = cadenceOf(edition.dataset);
  if (!cadence) return null;
  const applies = applicableEdition(cadence, date);
  return edition.effectiveFrom < applies.from || edition.effectiveFrom > date
    ? { used: edition, applies }
    : null;
}
