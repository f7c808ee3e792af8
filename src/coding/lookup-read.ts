// readLookup: refdata_lookup's rows, read by column name (lookup-columns.ts), as the question's
// LookupResult, its facts sorted in the order a reply lists them.
import { namedFact, type Cell } from './lookup-columns.js';
import { sortFacts } from './lookup-order.js';
import { gpciFact } from './lookup-payment.js';
import { rvuFact } from './lookup-rvu.js';
import type { LookupEditions, LookupRow } from './lookup-sql.js';
import type { AddOnFact, CodeFact, LookupResult, MueFact, PtpFact, Setting } from './lookup.types.js';
import type { CodeSystem, DescriptorSource } from '../refdata/refdata.types.js';

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

/** Postgres booleans cast to text; null stays unknown (a code found nowhere has known = null). */
const bool = (v: Cell) => (v === null ? null : v === 'true');

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
    for (const cells of facts) {
      switch (section) {
        case 'stale':
          break; // lookupCodes asks again with a fresh catalog before reading
        case 'code': {
          const f = namedFact('code', cells);
          codeRows.push({
            ord: Number(f.ord),
            code: f.code!,
            system: f.system!,
            known: bool(f.known),
            billable: bool(f.billable),
            descriptor: f.descriptor,
            source: f.source,
            deletedOn: f.deletedOn,
            valid: bool(f.valid),
          });
          break;
        }
        case 'child': {
          const f = namedFact('child', cells);
          const list = children.get(Number(f.ord)) ?? [];
          list.push({ code: f.code!, description: f.description! });
          children.set(Number(f.ord), list);
          break;
        }
        case 'ptp': {
          const f = namedFact('ptp', cells);
          result.ptp.push({
            column1: f.column1!,
            column2: f.column2!,
            modifierIndicator: f.modifierIndicator as PtpFact['modifierIndicator'],
            effective: f.effective, // the CSV conversions lack it (PROVENANCE.md); the official files give it
            deleted: f.deleted,
            active: f.active === 'true',
            setting,
            rationale: null,
            edition: '',
          });
          ptpRationaleIds.push(f.rationaleId);
          break;
        }
        case 'rationale': {
          const f = namedFact('rationale', cells);
          rationales.set(f.rationaleId!, f.rationale!);
          break;
        }
        case 'mue': {
          const f = namedFact('mue', cells);
          const edition = catalog.byId.get(Number(f.editionId))!;
          result.mue.push({
            code: f.code!,
            setting: edition.dataset === 'mue_dme' ? 'dme' : setting,
            value: Number(f.value),
            mai: Number(f.mai) as MueFact['mai'],
            rationale: f.rationale,
            edition: edition.label,
          });
          break;
        }
        case 'addon': {
          const f = namedFact('addon', cells);
          result.addOns.push({
            addOn: f.addOn!,
            primary: f.primary!,
            type: Number(f.type) as AddOnFact['type'],
            edition: '',
          });
          break;
        }
        case 'rvu':
          result.rvu.push(rvuFact(namedFact('rvu', cells)));
          break;
        case 'rvu_base':
          (result.endoscopyBases ??= []).push(rvuFact(namedFact('rvu', cells)));
          break;
        case 'gpci':
          result.payment!.localities.push(
            gpciFact(namedFact('gpci', cells), inForce.get('pfs_gpci')?.label ?? ''),
          );
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
  for (const v of [...result.rvu, ...(result.endoscopyBases ?? [])]) v.edition = rvuEdition;
  result.payment!.rvuEdition = rvuEdition || null;
  result.payment!.conversionFactor =
    result.rvu.find((v) => v.conversionFactor !== null)?.conversionFactor ?? null;
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
