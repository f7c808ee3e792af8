// The single statement behind lookupCodes: a call of refdata_lookup() (migrations/sql/refdata_lookup.sql)
// with the editions in force at the date of service, chosen from the caller's copy of the catalog, and
// the PTP pairs worth probing. It returns one row per section, its facts an unsorted json array of text
// arrays, or a single 'stale' row when the catalog changed since the copy was read. `readLookup` turns
// the rows into the question's LookupResult, sorted.
import { sql, type RawBuilder } from 'kysely';
import type { EditionCatalog } from '../refdata/edition-catalog.js';
import type { CodePairs } from '../refdata/pair-filter.js';
import { gpciFact, localityParams } from './lookup-payment.js';
import type { Candidate } from './lookup-systems.js';
import type {
  AddOnFact,
  CodeFact,
  CodeSystem,
  DescriptorSource,
  EditionRef,
  LocalityQuery,
  LookupResult,
  MueFact,
  PtpFact,
  RvuFact,
  Setting,
} from './types.js';

type Cell = string | null;
/** One row per section the question needs; `facts` is a json array of text arrays (columns as below). */
export interface LookupRow {
  section: 'stale' | 'code' | 'child' | 'ptp' | 'rationale' | 'mue' | 'addon' | 'rvu' | 'gpci';
  facts: Cell[][];
}

/** The editions a reply cites, by dataset: those refdata_lookup reads for the setting. */
const citedDatasets = (setting: Setting) =>
  [
    `ptp_${setting}`,
    'ptp_rationale',
    `mue_${setting}`,
    'mue_dme',
    'addon',
    'pfs_rvu',
    'hcpcs',
    'icd10cm',
    'icd10cm_history',
    'icd10pcs',
    'icd10pcs_history',
    'cpt_descriptors',
    'cpt_lay_summaries',
  ].sort();

/** Where a code fact's edition label comes from, by code system. */
const CODE_DATASET: Record<CodeSystem, string> = {
  cpt: 'pfs_rvu',
  hcpcs: 'hcpcs',
  icd10cm: 'icd10cm',
  icd10pcs: 'icd10pcs',
};

export interface LookupEditions {
  catalog: EditionCatalog;
  /** In force at the date of service, by dataset (a dataset never loaded is absent). */
  inForce: Map<string, EditionRef>;
}

/** `pairs`: the PTP pairs to probe (null: every ordered pair of the procedure codes). */
export function lookupStatement(
  cands: Candidate[],
  procs: string[],
  pairs: CodePairs | null,
  dos: string,
  setting: Setting,
  fy: number,
  { catalog, inForce }: LookupEditions,
  locality: LocalityQuery | null = null,
): RawBuilder<LookupRow> {
  const id = (dataset: string) => inForce.get(dataset)?.id ?? null;
  const where = localityParams(locality);
  const ids = (...datasets: string[]) => datasets.map(id);
  return sql<LookupRow>`select section, facts from refdata_lookup(p_codes => ${cands.map((c) => c.code)}::text[],
    p_systems => ${cands.map((c) => c.system)}::text[], p_keys => ${cands.map((c) => c.key)}::text[], p_procs => ${procs}::text[],
    p_dos => ${dos}::date, p_setting => ${setting}::text, p_fy => ${fy}::integer, p_catalog => ${catalog.version}::bigint,
    e_ptp => ${id(`ptp_${setting}`)}::int, e_ptp_any => ${ids('ptp_practitioner', 'ptp_hospital')}::int[],
    e_rationale => ${id('ptp_rationale')}::int, e_mue => ${ids(`mue_${setting}`, 'mue_dme')}::int[],
    e_mue_any => ${ids('mue_practitioner', 'mue_hospital', 'mue_dme')}::int[], e_addon => ${id('addon')}::int,
    e_rvu => ${id('pfs_rvu')}::int, e_hcpcs => ${id('hcpcs')}::int, e_cm => ${id('icd10cm')}::int,
    e_cm_history => ${id('icd10cm_history')}::int, e_pcs => ${id('icd10pcs')}::int, e_pcs_history => ${id('icd10pcs_history')}::int,
    e_descriptors => ${ids('cpt_descriptors', 'cpt_lay_summaries')}::int[],
    p_ptp1 => ${pairs?.column1 ?? null}::text[], p_ptp2 => ${pairs?.column2 ?? null}::text[],
    e_gpci => ${id('pfs_gpci')}::int, p_mac => ${where.mac}::text, p_locality => ${where.locality}::text,
    p_state => ${where.state}::text, p_area => ${where.area}::text)`;
}

/** Postgres booleans cast to text; null stays unknown (a code found nowhere has known = null). */
const bool = (v: Cell | undefined) => (v === null || v === undefined ? null : v === 'true');
const num = (v: Cell | undefined) => (v === null || v === undefined || v === '' ? null : Number(v));
const str = (v: Cell | undefined) => (v === null || v === undefined || v === '' ? null : v);

/** A 'code' row: one candidate reading of a requested code (a code may be read in several systems). */
interface CodeRow {
  ord: number;
  code: string;
  system: string;
  known: boolean | null;
  billable: boolean | null;
  descriptor: string | null;
  source: string | null;
  deletedOn: string | null;
  valid: boolean | null;
}

export function readLookup(
  rows: LookupRow[],
  dateOfService: string,
  setting: Setting,
  { catalog, inForce }: LookupEditions,
  localityAsked = false,
): LookupResult {
  // The GPCI edition is cited only when a locality was asked for.
  const cited = localityAsked ? [...citedDatasets(setting), 'pfs_gpci'] : citedDatasets(setting);
  const editions = cited.flatMap((d) => inForce.get(d) ?? []);
  const result: LookupResult = {
    dateOfService,
    setting,
    codes: [],
    ptp: [],
    mue: [],
    addOns: [],
    rvu: [],
    editions,
    payment: { conversionFactor: null, rvuEdition: null, localities: [] },
  };
  const codeRows: CodeRow[] = [];
  const children = new Map<number, { code: string; description: string }[]>();
  const rationales = new Map<string, string>();
  const ptpRationaleIds: (string | null)[] = [];
  for (const { section, facts } of rows) {
    for (const f of facts) {
      switch (section) {
        case 'code':
          codeRows.push({
            ord: Number(f[0]),
            code: f[1]!,
            system: f[2]!,
            known: bool(f[3]),
            billable: bool(f[4]),
            descriptor: f[5] ?? null,
            source: f[6] ?? null,
            deletedOn: f[7] ?? null,
            valid: bool(f[8]),
          });
          break;
        case 'child': {
          const list = children.get(Number(f[0])) ?? [];
          list.push({ code: f[1]!, description: f[2]! });
          children.set(Number(f[0]), list);
          break;
        }
        case 'ptp':
          result.ptp.push({
            column1: f[0]!,
            column2: f[1]!,
            modifierIndicator: f[2] as PtpFact['modifierIndicator'],
            effective: f[6] ?? null, // the CSV conversions lack it (PROVENANCE.md); the official files give it
            deleted: f[3] ?? null,
            active: f[5] === 'true',
            setting,
            rationale: null,
            edition: '',
          });
          ptpRationaleIds.push(f[4] ?? null);
          break;
        case 'rationale':
          rationales.set(f[0]!, f[1]!);
          break;
        case 'mue': {
          const edition = catalog.byId.get(Number(f[1]))!;
          result.mue.push({
            code: f[0]!,
            setting: edition.dataset === 'mue_dme' ? 'dme' : setting,
            value: Number(f[2]),
            mai: Number(f[3]) as MueFact['mai'],
            rationale: f[4] ?? null,
            edition: edition.label,
          });
          break;
        }
        case 'addon':
          result.addOns.push({
            addOn: f[0]!,
            primary: f[1]!,
            type: Number(f[2]) as AddOnFact['type'],
            edition: '',
          });
          break;
        case 'rvu':
          result.rvu.push(rvuFact(f));
          break;
        case 'gpci':
          result.payment!.localities.push(gpciFact(f, inForce.get('pfs_gpci')?.label ?? ''));
          break;
      }
    }
  }
  const label = (dataset: string) => inForce.get(dataset)?.label ?? '';
  const ptpEdition = label(`ptp_${setting}`);
  result.ptp.forEach((p, i) => {
    p.rationale = rationales.get(ptpRationaleIds[i] ?? '') ?? null;
    p.edition = ptpEdition;
  });
  const addOnEdition = label('addon');
  for (const a of result.addOns) a.edition = addOnEdition;
  const rvuEdition = label('pfs_rvu');
  for (const v of result.rvu) v.edition = rvuEdition;
  result.payment!.rvuEdition = rvuEdition || null;
  result.payment!.conversionFactor =
    result.rvu.find((v) => v.conversionFactor !== null)?.conversionFactor ?? null;
  result.payment!.localities.sort((a, b) => byText(a.mac, b.mac) || byText(a.locality, b.locality));
  sortFacts(result);
  result.codes = pickFacts(
    codeRows.sort((a, b) => a.ord - b.ord),
    children,
    label,
  );
  return result;
}

/** One fact per code and system where the code is known; an unknown code keeps its primary system. */
function pickFacts(
  rows: CodeRow[],
  children: Map<number, { code: string; description: string }[]>,
  label: (dataset: string) => string,
): CodeFact[] {
  const byCode = new Map<string, CodeRow[]>();
  for (const r of rows) {
    const list = byCode.get(r.code);
    if (list) list.push(r);
    else byCode.set(r.code, [r]);
  }
  const facts: CodeFact[] = [];
  for (const readings of byCode.values()) {
    // SQL three-valued logic: a code found nowhere comes back with known = null.
    const known = readings.filter((r) => r.known === true);
    for (const r of known.length ? known : readings.slice(0, 1)) {
      facts.push({
        code: r.code,
        system: r.system as CodeSystem,
        known: r.known === true,
        validAtDos: r.known === true && (r.valid ?? r.deletedOn === null),
        billable: r.billable,
        descriptor: r.descriptor,
        descriptorSource: r.descriptor ? (r.source as DescriptorSource) : null,
        deletedOn: r.deletedOn,
        billableChildren: children.get(r.ord) ?? [],
        edition: r.known === true ? label(CODE_DATASET[r.system as CodeSystem]) || null : null,
      });
    }
  }
  return facts;
}

const byText = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

const latestFirst = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a > b ? -1 : 1;

/** The order the reply lists facts in (refdata_lookup returns them unsorted). */
function sortFacts(r: LookupResult): void {
  // each pair's edits, the one in force longest (never deleted, then the latest deletion) first
  r.ptp.sort(
    (a, b) =>
      byText(a.column1, b.column1) || byText(a.column2, b.column2) || latestFirst(a.deleted, b.deleted),
  );
  r.mue.sort((a, b) => byText(a.code, b.code) || Number(b.setting === 'dme') - Number(a.setting === 'dme'));
  r.addOns.sort((a, b) => byText(a.addOn, b.addOn) || byText(a.primary, b.primary));
  r.rvu.sort((a, b) => byText(a.code, b.code) || byText(a.modifier, b.modifier));
}

/** An 'rvu' row: the columns of refdata_lookup's rvu section, in order. */
function rvuFact(f: Cell[]): RvuFact {
  return {
    code: f[0]!,
    modifier: str(f[1]),
    statusCode: f[2]!,
    workRvu: num(f[3]),
    nonFacilityPeRvu: num(f[4]),
    facilityPeRvu: num(f[5]),
    mpRvu: num(f[6]),
    nonFacilityTotal: num(f[7]),
    facilityTotal: num(f[8]),
    pctcIndicator: str(f[9]),
    globalDays: str(f[10]),
    multProc: str(f[11]),
    bilatSurg: str(f[12]),
    asstSurg: str(f[13]),
    coSurg: str(f[14]),
    teamSurg: str(f[15]),
    conversionFactor: num(f[16]),
    edition: '',
  };
}
