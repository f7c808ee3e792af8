// "Sources: NCCI PTP practitioner 2024 Q3, MUE practitioner 2024 Q3, ...": every edition the findings used.
import type { Findings } from '../coding/types.js';

// Edits first, then payment, then code sets: the order a coder reads them in.
const DATASET_ORDER = ['ncci_ptp', 'mue', 'ncci_mue', 'ncci_addon', 'aoc', 'pfs', 'hcpcs', 'modifier', 'icd10cm', 'icd10pcs'];

const rank = (dataset: string): number => {
  const i = DATASET_ORDER.findIndex((prefix) => dataset.startsWith(prefix));
  return i === -1 ? DATASET_ORDER.length : i;
};

export function editionLabels(f: Findings): string[] {
  const ordered = [...f.editions].sort((a, b) => rank(a.dataset) - rank(b.dataset) || a.label.localeCompare(b.label));
  const labels = ordered.map((e) => e.label);
  // Facts name their edition too; an edition a fact used must be cited even if the list missed it.
  const cited = [
    ...f.codes.map((c) => c.edition),
    ...f.codes.map((c) => c.rvu?.edition ?? null),
    ...f.pairs.map((p) => p.edition),
    ...f.units.map((u) => u.edition),
    ...f.addOns.map((a) => a.edition),
  ].filter((e): e is string => e !== null);
  return [...new Set([...labels, ...cited])];
}

export function sourcesLine(f: Findings): string {
  const labels = editionLabels(f);
  return labels.length > 0 ? `Sources: ${labels.join(', ')}.` : 'Sources: none of our reference data applied.';
}

export const DISCLAIMER =
  'This is coding guidance from the public CMS and CDC data named above, for Medicare unless stated otherwise. It is not a coverage or payment decision; other payers may apply their own edits. CPT is a registered trademark of the American Medical Association.';
