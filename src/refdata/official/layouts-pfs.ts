// Medicare Physician Fee Schedule files from the quarterly RVU zip (RVUyyX: A January, B April,
// C July, D October), csv or xlsx:
// - PPRRVUyyyy_Mon[_nonQPP]: national RVUs, title and notice lines, then a header stacked over five
//   rows (HCPCS, MOD, DESCRIPTION, STATUS CODE, ... CONV FACTOR, ... MP USED FOR OPPS PAYMENT AMOUNT).
//   DESCRIPTION holds AMA CPT and ADA descriptors: it is never read, whatever it holds.
// - GPCIyyyy: Addendum E, MAC, State, Locality Number, Locality Name, PW/PE/MP GPCI, notes after the table.
// - yyLOCCO: counties of each locality (MAC, Locality Number, State, Fee Schedule Area, Counties);
//   the state is written once per state.
// - ANESyyyy: anesthesia conversion factor of each locality; the national one is in the header
//   ("National Anes CF of 20.3178").
import { HCPCS_CODE, MODIFIER } from '../dataset.types.js';
import type { Fields } from '../fields.js';
import type { ColumnSpec, OfficialLayout } from './layout.types.js';
import { firstOfMonth, monthNumber, numberField, paddedField, withoutMarks } from './official-values.js';

const CSV_OR_XLSX = (ext: string) =>
  ext === 'csv' ? { kind: 'csv' as const } : ext === 'xlsx' ? { kind: 'xlsx' as const } : null;
const preference = (ext: string) => (ext.toLowerCase() === 'csv' ? 0 : 1);
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
const RELEASES = 'ABCD';

const col = (key: string, header: RegExp, optional = false): ColumnSpec => ({ key, header, optional });

/** RVU columns after HCPCS and MOD: [key in pfs_rvu, header as stacked, number?]. */
const RVU: [string, RegExp, boolean][] = [
  ['status_code', /status code$/, false],
  ['not_used_for_medicare_payment', /not used for medicare payment$/, false],
  ['work_rvu', /^work rvu$/, true],
  ['non_facility_pe_rvu', /^non-fac pe rvu$/, true],
  ['non_facility_na_indicator', /^non-fac na indicator$/, false],
  ['facility_pe_rvu', /^facility pe rvu$/, true],
  ['facility_na_indicator', /^facility na indicator$/, false],
  ['mp_rvu', /^mp rvu$/, true],
  ['non_facility_total', /^non-facility total$/, true],
  ['facility_total', /^facility total$/, true],
  ['pctc_indicator', /^pctc ind$/, false],
  ['global_days', /^glob days$/, false],
  ['pre_op', /^pre op$/, true],
  ['intra_op', /^intra op$/, true],
  ['post_op', /^post op$/, true],
  ['mult_proc', /^mult proc$/, false],
  ['bilat_surg', /^bilat surg$/, false],
  ['asst_surg', /^asst surg$/, false],
  ['co_surg', /^co- ?surg$/, false],
  ['team_surg', /^team surg$/, false],
  ['endo_base', /^endo base$/, false],
  ['conversion_factor', /^conv factor$/, true],
  ['physician_supervision_diagnostic', /supervision of diagnostic procedures$/, false],
  ['calculation_flag', /^calculation flag$/, false],
  ['diagnostic_imaging_family', /imaging family indicator$/, false],
  ['non_facility_pe_used_for_opps', /^non-facility pe used for opps payment amount$/, true],
  ['facility_pe_used_for_opps', /^facility pe used for opps payment amount$/, true],
  ['mp_used_for_opps', /^mp used for opps payment amount$/, true],
];

export const RVU_LAYOUT: OfficialLayout = {
  id: 'pfs-rvu',
  title: 'PFS relative value file',
  identify(name) {
    const m = /^PPRRVU(\d{2}|\d{4})_?(JAN|APR|JUL|OCT)(?:_nonQPP)?\.(csv|xlsx)$/i.exec(name);
    if (!m) return null;
    const year = fullYear(m[1]!);
    const month = monthNumber(m[2]!);
    return {
      dataset: 'pfs_rvu',
      version: `${year} ${RELEASES[(month - 1) / 3]}`,
      effectiveFrom: firstOfMonth(year, month),
      preference: preference(m[3]!),
    };
  },
  format: CSV_OR_XLSX,
  // DESCRIPTION is deliberately not a column: its cells are never read.
  columns: [col('hcpcs', /(^| )hcpcs$/), col('modifier', /(^| )mod$/), ...RVU.map(([k, h]) => col(k, h))],
  stackedHeader: true,
  table: 'pfs_rvu',
  targetColumns: ['hcpcs', 'modifier', ...RVU.map(([k]) => k)],
  mapper: () => (f: Fields) => [
    f.code('hcpcs', HCPCS_CODE),
    f.code('modifier', MODIFIER, false),
    ...RVU.map(([k, , num]) => (k === 'status_code' ? f.required(k) : num ? numberField(f, k) : f.text(k))),
  ],
};

const MAC = /^\d{4,5}$/;

export const GPCI_LAYOUT: OfficialLayout = {
  id: 'pfs-gpci',
  title: 'PFS geographic practice cost indices',
  identify(name) {
    const m = /^GPCI(\d{4})(?:_?(JAN|APR|JUL|OCT))?\.(csv|xlsx)$/i.exec(name);
    if (!m) return null;
    const month = m[2] ? monthNumber(m[2]) : 1;
    return {
      dataset: 'pfs_gpci',
      version: month === 1 ? `CY${m[1]}` : `CY${m[1]} ${m[2]!.toUpperCase()}`,
      effectiveFrom: firstOfMonth(Number(m[1]), month),
      preference: preference(m[3]!),
    };
  },
  format: CSV_OR_XLSX,
  columns: [
    col('mac', /(contractor|\bmac\b)/),
    col('state', /^state$/),
    col('locality', /^locality( number)?$/),
    col('name', /^locality name$/),
    col('pw', /pw gpci/),
    col('pe', /pe gpci/),
    col('mp', /mp gpci/),
  ],
  footnotes: MAC,
  table: 'pfs_gpci',
  targetColumns: ['mac', 'state', 'locality', 'locality_name', 'pw_gpci', 'pe_gpci', 'mp_gpci'],
  mapper: () => (f) => [
    paddedField(f, 'mac', 5),
    f.code('state', /^[A-Z]{2}$/),
    paddedField(f, 'locality', 2),
    withoutMarks(f.required('name')),
    numberField(f, 'pw', true),
    numberField(f, 'pe', true),
    numberField(f, 'mp', true),
  ],
};

export const LOCALITY_LAYOUT: OfficialLayout = {
  id: 'pfs-locality',
  title: 'PFS locality and county list',
  identify(name) {
    const m = /^(\d{2})LOCCO\.(csv|xlsx)$/i.exec(name);
    return m
      ? {
          dataset: 'pfs_locality',
          version: `CY20${m[1]}`,
          effectiveFrom: `20${m[1]}-01-01`,
          preference: preference(m[2]!),
        }
      : null;
  },
  format: CSV_OR_XLSX,
  columns: [
    col('mac', /contractor$/),
    col('locality', /^locality( number)?$/),
    col('state', /^state$/),
    col('area', /^fee schedule area$/),
    col('counties', /^counties$/),
  ],
  footnotes: MAC,
  table: 'pfs_localities',
  targetColumns: ['mac', 'locality', 'state_name', 'fee_schedule_area', 'counties'],
  mapper: () => {
    let state: string | null = null; // written on the first locality of each state only
    return (f) => {
      state = f.text('state') ?? state;
      return [
        paddedField(f, 'mac', 5),
        paddedField(f, 'locality', 2),
        state,
        withoutMarks(f.text('area')),
        f.text('counties'),
      ];
    };
  },
};

export const ANESTHESIA_LAYOUT: OfficialLayout = {
  id: 'pfs-anesthesia',
  title: 'PFS anesthesia conversion factors',
  identify(name) {
    const m = /^ANES(\d{4})\.(csv|xlsx)$/i.exec(name);
    return m
      ? {
          dataset: 'pfs_anesthesia',
          version: `CY${m[1]}`,
          effectiveFrom: `${m[1]}-01-01`,
          preference: preference(m[2]!),
        }
      : null;
  },
  format: CSV_OR_XLSX,
  columns: [
    col('mac', /^contractor$/),
    col('locality', /^locality$/),
    col('name', /^locality name$/),
    col('cf', /anes(thesia)? cf/),
  ],
  footnotes: MAC,
  table: 'pfs_anesthesia_cf',
  targetColumns: ['mac', 'locality', 'locality_name', 'anesthesia_cf'],
  mapper: () => (f) => [
    paddedField(f, 'mac', 5),
    paddedField(f, 'locality', 2),
    withoutMarks(f.required('name')),
    numberField(f, 'cf', true),
  ],
};

export const PFS_LAYOUTS = [RVU_LAYOUT, GPCI_LAYOUT, LOCALITY_LAYOUT, ANESTHESIA_LAYOUT];
