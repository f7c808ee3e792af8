// "Sources: NCCI PTP practitioner 2024 Q3, MUE practitioner 2024 Q3, ...": every edition the reply's
// statements rest on. The findings list every edition the look-up consulted; an ICD-10-PCS edition is
// no source for a thoracentesis answer, so only the editions behind a stated fact are named.
import type { Findings } from '../coding/types.js';
import type { EditionRef } from '../refdata/refdata.types.js';

// Edits first, then payment, then code sets, then our own summaries: the order a coder reads them in.
const DATASET_ORDER = [
  /ptp_(practitioner|hospital)/,
  /rationale/,
  /mue/,
  /add_?on|aoc/,
  /pfs/,
  /hcpcs/,
  /modifier/,
  /icd10cm/,
  /icd10pcs/,
  /lay/,
];

const rank = (dataset: string): number => {
  const i = DATASET_ORDER.findIndex((re) => re.test(dataset));
  return i === -1 ? DATASET_ORDER.length : i;
};

export const isPtpDataset = (dataset: string): boolean => /ptp/.test(dataset) && !/rationale/.test(dataset);

function citedLabels(f: Findings): string[] {
  return [
    ...f.codes.map((c) => c.edition),
    ...f.codes.map((c) => c.rvu?.edition ?? null),
    ...f.pairs.map((p) => p.edition),
    ...f.units.map((u) => u.edition),
    ...f.addOns.map((a) => a.edition),
  ].filter((e): e is string => e !== null && e !== '');
}

/** Editions behind the reply's statements, in reading order. */
export function editionsUsed(f: Findings): EditionRef[] {
  const cited = new Set(citedLabels(f));
  const procedures = f.codes.filter(
    (c) => (c.system === 'cpt' || c.system === 'hcpcs') && c.status === 'valid',
  ).length;
  const lay = [...f.codes, ...f.suggestions].some((c) => c.descriptorSource === 'lay_summary');
  const suggested = new Set(f.suggestions.map((s) => s.system as string));
  // A code reached from the words (the Alphabetic Index walk, a PCS recipe) rests on its code set.
  const answered = (kind: string) => (f.answers ?? []).some((a) => a.kind === kind && a.codes.length > 0);
  const used = f.editions.filter(
    (e) =>
      cited.has(e.label) ||
      // "No edit pairs these codes" rests on the PTP edition as much as an edit does.
      (isPtpDataset(e.dataset) && procedures >= 2) ||
      (/rationale/.test(e.dataset) && f.pairs.some((p) => p.rationale !== null)) ||
      (/lay/.test(e.dataset) && lay) ||
      [...suggested].some((system) => e.dataset === system) ||
      (e.dataset === 'icd10cm' && answered('diagnosis-selection')) ||
      (e.dataset === 'icd10pcs' && answered('icd10pcs')),
  );
  const unique = [...new Map(used.map((e) => [e.label, e])).values()];
  return unique.sort((a, b) => rank(a.dataset) - rank(b.dataset) || a.label.localeCompare(b.label));
}

export function editionLabels(f: Findings): string[] {
  // A fact's edition is cited even when the edition list missed it.
  return [...new Set([...editionsUsed(f).map((e) => e.label), ...citedLabels(f)])];
}

export function sourcesLine(f: Findings): string {
  const labels = editionLabels(f);
  return labels.length > 0
    ? `Sources: ${labels.join(', ')}.`
    : 'Sources: none of our reference data applied.';
}

export const DISCLAIMER =
  'This is coding guidance from the public CMS and CDC data named above, for Medicare unless stated otherwise. It is not a coverage or payment decision; other payers may apply their own edits. CPT is a registered trademark of the American Medical Association.';
