// Look-up for a whole question in ONE round trip: every requested code's status, descriptor and
// children, all PTP edits between every ordered pair, MUE, add-on and RVU rows, and the editions
// in force at the date of service (see lookup-sql.ts for the statement).
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { executePrepared } from '../db/prepared.js';
import { lookupDoc, lookupStatement, type LookupDoc } from './lookup-sql.js';
import { candidatesFor, fiscalYear } from './lookup-systems.js';
import type {
  AddOnFact, CodeFact, CodeSystem, DescriptorSource, LookupRequest, LookupResult, MueFact, PtpFact, RvuFact,
} from './types.js';

const today = () => new Date().toISOString().slice(0, 10);

export async function lookupCodes(db: Kysely<Database>, req: LookupRequest): Promise<LookupResult> {
  const dos = req.dateOfService ?? today();
  const codes = [...new Set(req.codes.map((c) => c.trim().toUpperCase()).filter(Boolean))];
  const cands = codes.flatMap(candidatesFor);
  const procs = [...new Set(cands.filter((c) => c.system === 'cpt' || c.system === 'hcpcs').map((c) => c.key))];
  const { rows } = await executePrepared(db, lookupStatement(cands, procs, dos, req.setting, fiscalYear(dos)).compile(db));
  return toResult(lookupDoc(rows), dos, req.setting);
}

function toResult(doc: LookupDoc, dos: string, setting: LookupRequest['setting']): LookupResult {
  const edition = (dataset: string) => doc.editions.find((e) => e.dataset === dataset)?.label ?? '';
  return {
    dateOfService: dos,
    setting,
    codes: pickFacts(doc),
    ptp: doc.ptp.map(
      (p): PtpFact => ({
        column1: p.column1,
        column2: p.column2,
        modifierIndicator: p.modifierIndicator as PtpFact['modifierIndicator'],
        effective: null, // the shipped PTP files lack the effective date (see PROVENANCE.md)
        deleted: p.deleted,
        active: p.active,
        setting,
        rationale: p.rationale,
        edition: edition(`ptp_${setting}`),
      }),
    ),
    mue: doc.mue.map(
      (m): MueFact => ({
        code: m.code,
        setting: m.dataset === 'mue_dme' ? 'dme' : setting,
        value: m.value,
        mai: m.mai as MueFact['mai'],
        rationale: m.rationale,
        edition: m.edition,
      }),
    ),
    addOns: doc.addOns.map((a): AddOnFact => ({ addOn: a.addOn, primary: a.primary, type: a.type as AddOnFact['type'], edition: edition('addon') })),
    rvu: doc.rvu.map((v) => toRvu(v, edition('pfs_rvu'))),
    editions: doc.editions.map((e) => ({ ...e })),
  };
}

/** One fact per code and system where the code is known; an unknown code keeps its primary system. */
function pickFacts(doc: LookupDoc): CodeFact[] {
  const byCode = new Map<string, LookupDoc['codes']>();
  for (const f of doc.codes) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
  return [...byCode.values()].flatMap((facts) => {
    // SQL three-valued logic: a code found nowhere comes back with known = null.
    const known = facts.filter((f) => f.known === true);
    return (known.length ? known : facts.slice(0, 1)).map(
      (f): CodeFact => ({
        code: f.code,
        system: f.system as CodeSystem,
        known: f.known === true,
        validAtDos: f.known === true && (f.valid ?? f.deleted_on === null),
        billable: f.billable,
        descriptor: f.descriptor,
        descriptorSource: f.descriptor ? (f.source as DescriptorSource) : null,
        deletedOn: f.deleted_on,
        billableChildren: f.children ?? [],
        edition: f.known === true ? f.edition : null,
      }),
    );
  });
}

const num = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? null : Number(v));
const str = (v: string | null | undefined) => (v === undefined || v === null || v === '' ? null : v);

function toRvu(v: Record<string, string | null>, edition: string): RvuFact {
  return {
    code: String(v.hcpcs),
    modifier: str(v.modifier),
    statusCode: String(v.status_code),
    workRvu: num(v.work_rvu),
    nonFacilityPeRvu: num(v.non_facility_pe_rvu),
    facilityPeRvu: num(v.facility_pe_rvu),
    mpRvu: num(v.mp_rvu),
    nonFacilityTotal: num(v.non_facility_total),
    facilityTotal: num(v.facility_total),
    pctcIndicator: str(v.pctc_indicator),
    globalDays: str(v.global_days),
    multProc: str(v.mult_proc),
    bilatSurg: str(v.bilat_surg),
    asstSurg: str(v.asst_surg),
    coSurg: str(v.co_surg),
    teamSurg: str(v.team_surg),
    conversionFactor: num(v.conversion_factor),
    edition,
  };
}
