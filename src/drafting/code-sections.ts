// One section per code the asker named: descriptor (marked by source), status, and the PFS facts that help.
import type { CodeFinding, Findings } from '../coding/types.js';
import type { CodeSystem, DescriptorSource } from '../refdata/refdata.types.js';
import { codeNotes } from './advice-placement.js';
import { globalDaysMeaning } from '../coding/global-days.js';
import { statusMeaning } from '../coding/pfs-indicators.js';
import type { CodeSection, LabelledFact } from './reply-model.types.js';

const SYSTEM_LABEL: Record<CodeSystem | 'unknown', string> = {
  cpt: 'CPT',
  hcpcs: 'HCPCS',
  icd10cm: 'ICD-10-CM',
  icd10pcs: 'ICD-10-PCS',
  unknown: 'Code',
};

export const systemLabel = (system: CodeSystem | 'unknown'): string => SYSTEM_LABEL[system];

// CPT descriptors are AMA-licensed: without the licensed file the asker must know they read our summary.
const DESCRIPTOR_NOTE: Record<Exclude<DescriptorSource, null>, string> = {
  cpt_licensed: '(CPT descriptor)',
  lay_summary: '(plain-language summary, not the CPT descriptor)',
  cms: '(CMS descriptor)',
  cdc: '(CDC/NCHS title)',
};

export const descriptorNote = (source: DescriptorSource): string | null =>
  source ? DESCRIPTOR_NOTE[source] : null;

export function codeHeading(c: CodeFinding): string {
  const extras = [...c.modifiers.map((m) => `-${m}`), ...(c.units !== null ? [` x ${c.units}`] : [])];
  const usage = extras.length > 0 ? ` (as asked: ${c.code}${extras.join('')})` : '';
  return `${systemLabel(c.system)} ${c.code}${usage}`;
}

function statusText(c: CodeFinding, dateLabel: string): string {
  switch (c.status) {
    case 'deleted':
      return `deleted${c.deletedOn ? ` on ${c.deletedOn}` : ''}: not valid for ${dateLabel}`;
    case 'not_billable':
      return 'category header, not billable: report one of its billable codes';
    case 'unknown':
      return 'not found in the code sets we hold: please check the number';
    case 'valid':
      return c.system === 'icd10cm' ? `billable, valid for ${dateLabel}` : `valid for ${dateLabel}`;
  }
}

function money(rvu: number, factor: number): string {
  return `$${(rvu * factor).toFixed(2)}`;
}

function pfsFacts(c: CodeFinding, f: Findings): LabelledFact[] {
  const r = c.rvu;
  const facts: LabelledFact[] = [];
  if (r) {
    const status = statusMeaning(r.statusCode);
    facts.push({ label: 'PFS status', value: `${r.statusCode}${status ? ` — ${status}` : ''}` });
  }
  const global = r?.globalDays ?? c.globalDays;
  if (global) {
    const m = globalDaysMeaning(global);
    facts.push({ label: 'Global period', value: `${global}${m ? ` — ${m}` : ''}` });
  }
  if (!r) return facts;
  if (r.workRvu !== null || r.nonFacilityTotal !== null || r.facilityTotal !== null) {
    const parts = [
      r.workRvu !== null ? `work ${r.workRvu.toFixed(2)}` : null,
      r.nonFacilityTotal !== null ? `total ${r.nonFacilityTotal.toFixed(2)} non-facility` : null,
      r.facilityTotal !== null ? `${r.facilityTotal.toFixed(2)} facility` : null,
    ].filter((p): p is string => p !== null);
    facts.push({ label: `RVUs${r.modifier ? ` (-${r.modifier})` : ''}`, value: parts.join(', ') });
  }
  const asksPayment = f.questionTypes.includes('coverage');
  if (asksPayment && r.conversionFactor !== null && r.nonFacilityTotal !== null && r.facilityTotal !== null) {
    const value = `${money(r.nonFacilityTotal, r.conversionFactor)} non-facility, ${money(r.facilityTotal, r.conversionFactor)} facility (total RVUs x conversion factor ${r.conversionFactor}, before geographic adjustment)`;
    facts.push({ label: 'National amount', value });
  }
  return facts;
}

export function codeSections(f: Findings, dateLabel: string): CodeSection[] {
  return f.codes.map((c) => ({
    heading: codeHeading(c),
    descriptor: c.descriptor,
    descriptorNote: c.descriptor ? descriptorNote(c.descriptorSource) : null,
    facts: [{ label: 'Status', value: statusText(c, dateLabel) }, ...pfsFacts(c, f)],
    notes: codeNotes(f, c.code),
  }));
}
