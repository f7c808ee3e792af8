// The single statement behind lookupCodes: a call of refdata_lookup() (migrations/20261122090200_refdata_lookup.ts),
// which picks the editions in force at the date of service and returns every fact as one json document.
import { sql, type RawBuilder } from 'kysely';
import type { Candidate } from './lookup-systems.js';
import type { Setting } from './types.js';

export function lookupStatement(cands: Candidate[], procs: string[], dos: string, setting: Setting, fy: number): RawBuilder<{ doc: LookupDoc }> {
  return sql<{ doc: LookupDoc }>`select refdata_lookup(${cands.map((c) => c.code)}::text[], ${cands.map((c) => c.system)}::text[],
    ${cands.map((c) => c.key)}::text[], ${procs}::text[], ${dos}::date, ${setting}::text, ${fy}::integer) as doc`;
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
  rvu: Record<string, string | number | null>[];
  editions: { id: number; dataset: string; label: string; effectiveFrom: string; effectiveTo: string | null }[];
}
