// The single statement behind lookupCodes: a call of refdata_lookup() (migrations/20261122113000_refdata_lookup_rows.ts),
// which picks the editions in force at the date of service and returns every fact as a row
// of text arrays per section. `lookupDoc` turns them into one document per question.
import { sql, type RawBuilder } from 'kysely';
import type { Candidate } from './lookup-systems.js';
import type { Setting } from './types.js';

type Cell = string | null;
/** One row per section the question needs; `facts` is a json array of text arrays (columns as below). */
export interface LookupRow {
  section: 'edition' | 'code' | 'child' | 'ptp' | 'rationale' | 'mue' | 'addon' | 'rvu';
  facts: Cell[][];
}

export function lookupStatement(cands: Candidate[], procs: string[], dos: string, setting: Setting, fy: number): RawBuilder<LookupRow> {
  return sql<LookupRow>`select section, facts from refdata_lookup(${cands.map((c) => c.code)}::text[], ${cands.map((c) => c.system)}::text[],
    ${cands.map((c) => c.key)}::text[], ${procs}::text[], ${dos}::date, ${setting}::text, ${fy}::integer)`;
}

export interface LookupDoc {
  codes: {
    ord: number; code: string; system: string; known: boolean | null; billable: boolean | null; descriptor: string | null;
    source: string | null; deleted_on: string | null; children: { code: string; description: string }[] | null;
    edition: string | null; valid: boolean | null;
  }[];
  ptp: { column1: string; column2: string; modifierIndicator: string; deleted: string | null; rationale: string | null; active: boolean }[];
  mue: { code: string; dataset: string; value: number; mai: number; rationale: string | null; edition: string }[];
  addOns: { addOn: string; primary: string; type: number }[];
  rvu: Record<string, string | null>[];
  editions: { id: number; dataset: string; label: string; effectiveFrom: string; effectiveTo: string | null }[];
}

/** Postgres booleans cast to text; null stays unknown (a code found nowhere has known = null). */
const bool = (v: Cell | undefined) => (v === null || v === undefined ? null : v === 'true');

const RVU_COLUMNS = [
  'hcpcs', 'modifier', 'status_code', 'work_rvu', 'non_facility_pe_rvu', 'facility_pe_rvu', 'mp_rvu', 'non_facility_total',
  'facility_total', 'pctc_indicator', 'global_days', 'mult_proc', 'bilat_surg', 'asst_surg', 'co_surg', 'team_surg', 'conversion_factor',
] as const;

export function lookupDoc(rows: LookupRow[]): LookupDoc {
  const doc: LookupDoc = { codes: [], ptp: [], mue: [], addOns: [], rvu: [], editions: [] };
  const children = new Map<number, { code: string; description: string }[]>();
  const rationales = new Map<string, string>();
  const ptpRationaleIds: (string | null)[] = [];
  for (const { section, facts } of rows) {
    for (const f of facts) {
      switch (section) {
        case 'edition':
          doc.editions.push({ id: Number(f[0]), dataset: f[1]!, label: f[2]!, effectiveFrom: f[3]!, effectiveTo: f[4] ?? null });
          break;
        case 'code':
          doc.codes.push({
            ord: Number(f[0]), code: f[1]!, system: f[2]!, known: bool(f[3]), billable: bool(f[4]), descriptor: f[5] ?? null,
            source: f[6] ?? null, deleted_on: f[7] ?? null, children: null, edition: f[8] ?? null, valid: bool(f[9]),
          });
          break;
        case 'child': {
          const list = children.get(Number(f[0])) ?? [];
          list.push({ code: f[1]!, description: f[2]! });
          children.set(Number(f[0]), list);
          break;
        }
        case 'ptp':
          doc.ptp.push({ column1: f[0]!, column2: f[1]!, modifierIndicator: f[2]!, deleted: f[3] ?? null, rationale: null, active: f[5] === 'true' });
          ptpRationaleIds.push(f[4] ?? null);
          break;
        case 'rationale':
          rationales.set(f[0]!, f[1]!);
          break;
        case 'mue':
          doc.mue.push({ code: f[0]!, dataset: f[1]!, value: Number(f[2]), mai: Number(f[3]), rationale: f[4] ?? null, edition: f[5]! });
          break;
        case 'addon':
          doc.addOns.push({ addOn: f[0]!, primary: f[1]!, type: Number(f[2]) });
          break;
        case 'rvu':
          doc.rvu.push(Object.fromEntries(RVU_COLUMNS.map((name, i) => [name, f[i] ?? null])));
          break;
      }
    }
  }
  doc.ptp.forEach((p, i) => (p.rationale = rationales.get(ptpRationaleIds[i] ?? '') ?? null));
  doc.codes.sort((a, b) => a.ord - b.ord);
  for (const c of doc.codes) c.children = children.get(c.ord) ?? null;
  return doc;
}
