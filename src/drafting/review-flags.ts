// Notes for the reviewer in the desk, never sent: what to double-check before approving.
import type { Findings } from '../coding/types.js';
import type { EditionRef } from '../refdata/refdata.types.js';
import type { DraftInput, ReviewFlag } from './draft.types.js';
import { staleFor } from '../coding/edition-currency.js';
import { editionsUsed } from './sources-line.js';

export const LOW_CONFIDENCE = 0.6;
function staleness(e: EditionRef, date: string): string | null {
  if (date < e.effectiveFrom) return `${e.label} starts ${e.effectiveFrom}, after ${date}`;
  if (e.effectiveTo !== null && date > e.effectiveTo)
    return `${e.label} ended ${e.effectiveTo}, before ${date}`;
  const stale = staleFor(e, date);
  return stale
    ? `${e.label} is older than the ${stale.applies.label} edition that applies from ${stale.applies.from}`
    : null;
}

function editionFlags(f: Findings): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const byDataset = new Map<string, string[]>();
  const used = editionsUsed(f);
  for (const e of used) byDataset.set(e.dataset, [...(byDataset.get(e.dataset) ?? []), e.label]);
  // Code-set codes (HCPCS, ICD-10) read from different editions also count; CPT facts come from several files.
  for (const c of f.codes) {
    if (c.edition === null || c.system === 'cpt') continue;
    const labels = byDataset.get(c.system) ?? [];
    if (!labels.includes(c.edition)) byDataset.set(c.system, [...labels, c.edition]);
  }
  for (const [dataset, labels] of byDataset) {
    if (labels.length > 1) {
      flags.push({
        code: 'mixed_editions',
        severity: 'warning',
        message: `Codes from different ${dataset} editions: ${labels.join(', ')}`,
      });
    }
  }
  const stale = used.map((e) => staleness(e, f.effectiveDate)).filter((s): s is string => s !== null);
  if (stale.length > 0) {
    flags.push({
      code: 'stale_edition',
      severity: 'warning',
      message: `Edition may not match the date: ${stale.join('; ')}`,
    });
  }
  return flags;
}

function phiFlag(input: DraftInput): ReviewFlag[] {
  if (input.phiFlags.length === 0) return [];
  const kinds = [...new Set(input.phiFlags.map((p) => p.kind))].join(', ');
  return [
    {
      code: 'possible_phi',
      severity: 'warning',
      message: `Possible patient identifiers in the message: ${kinds}`,
    },
  ];
}

export function reviewFlags(input: DraftInput): ReviewFlag[] {
  // A rejection states no coding facts: only what the reviewer must know about the mail itself.
  if (input.kind === 'rejection') return phiFlag(input);
  const f = input.findings;
  const flags: ReviewFlag[] = [];
  const codesWith = (status: string) => f.codes.filter((c) => c.status === status).map((c) => c.code);
  const unknown = codesWith('unknown');
  if (unknown.length > 0)
    flags.push({
      code: 'unknown_code',
      severity: 'warning',
      message: `Unknown codes: ${unknown.join(', ')}`,
    });
  const deleted = f.codes
    .filter((c) => c.status === 'deleted')
    .map((c) => `${c.code}${c.deletedOn ? ` (deleted ${c.deletedOn})` : ''}`);
  if (deleted.length > 0)
    flags.push({
      code: 'deleted_code',
      severity: 'warning',
      message: `Deleted codes: ${deleted.join(', ')}`,
    });
  const notBillable = codesWith('not_billable');
  if (notBillable.length > 0) {
    flags.push({
      code: 'not_billable',
      severity: 'info',
      message: `Not-billable diagnosis codes: ${notBillable.join(', ')}`,
    });
  }
  if (f.dateOfService === null) {
    flags.push({
      code: 'no_date_of_service',
      severity: 'warning',
      message: `No date of service: editions chosen for ${f.effectiveDate}`,
    });
  }
  flags.push(...editionFlags(f));
  flags.push(...phiFlag(input));
  if (f.questionTypeConfidence < LOW_CONFIDENCE) {
    const types = f.questionTypes.join(', ') || 'none';
    flags.push({
      code: 'low_confidence',
      severity: 'info',
      message: `Low confidence (${f.questionTypeConfidence.toFixed(2)}) in the question type: ${types}`,
    });
  }
  return flags;
}
