// NCCI files as CMS publishes them each quarter (Medicare NCCI edits pages, "record layout" notes in
// each zip):
// - PTP edits: ccipra-vNNQrR-fK (practitioner) and ccioph-vNNQrR-fK (outpatient hospital), four parts
//   per setting split by column 1 code, tab-separated text with a copyright line, a title line and a
//   four-line header (Column 1, Column 2, "*=in existence prior to 1996", Effective Date, Deletion Date
//   ("*=no data"), Modifier (0 not allowed, 1 allowed, 9 not applicable), PTP Edit Rationale), or xlsx.
//   Version NN.Q is year 1994+NN, quarter Q+1 (v32.2 = 2026 Q3).
// - MUE: MCR_MUE_{Practitioner,OutpatientHospital,DMESupplier}Services_Eff_MM-DD-YYYY, csv or xlsx, an
//   AMA notice cell, then HCPCS/CPT Code, "<setting> MUE Values", MUE Adjudication Indicator ("2 Date of
//   Service Edit: Policy"), MUE Rationale.
// - Add-on code edits: AOC_VYYYYQn-MCR, xlsx (or text), a notice row, then AOC_Edit_Type, Add-On_Code,
//   AOC_DelDT, Primary_Code, Primary_Code_DelDT, AOC_Edit_EffDT, AOC_Edit_DelDT (Julian dates YYYYDDD),
//   Special_Instruction_Notes.
import { HCPCS_CODE } from '../dataset.types.js';
import { FieldError } from '../import-error.js';
import type { Identity, OfficialLayout } from './layout.types.js';
import { dateField, julianField, quarterOf, quarterStart } from './official-values.js';

const byExt = (formats: Record<string, 'csv' | 'tsv' | 'xlsx'>) => (ext: string) => {
  const kind = formats[ext];
  return kind ? { kind } : null;
};

const quarter = (dataset: string, year: number, q: number, extra: Partial<Identity> = {}): Identity => ({
  dataset,
  version: `${year} Q${q}`,
  effectiveFrom: quarterStart(year, q),
  ...extra,
});

/** Compact date for the PTP pass-through file: YYYYMMDD, or `*` for none. */
const compact = (iso: string | null) => (iso === null ? '*' : iso.replaceAll('-', ''));

export const PTP_LAYOUT: OfficialLayout = {
  id: 'ncci-ptp',
  title: 'NCCI PTP edits',
  identify(name) {
    const m = /^cci(pra|oph)-v(\d{2})(\d)r(\d+)-f(\d)\.(txt|xlsx)$/i.exec(name);
    if (!m || Number(m[3]) > 3) return null;
    const dataset = m[1]!.toLowerCase() === 'pra' ? 'ptp_practitioner' : 'ptp_hospital';
    return quarter(dataset, 1994 + Number(m[2]), Number(m[3]) + 1, {
      part: { index: Number(m[5]), of: 4 },
      preference: m[6]!.toLowerCase() === 'txt' ? 0 : 1,
    });
  },
  format: byExt({ txt: 'tsv', xlsx: 'xlsx' }),
  columns: [
    { key: 'column1', header: /^column 1$/ },
    { key: 'column2', header: /^column 2$/ },
    { key: 'prior_1996', header: /in existence/, optional: true },
    { key: 'effective', header: /^effective/ },
    { key: 'deletion', header: /^deletion/ },
    { key: 'modifier', header: /^modifier/ },
    { key: 'rationale', header: /rationale/ },
  ],
  table: 'ptp_edits',
  targetColumns: ['column1', 'column2', 'deletion_date', 'modifier_indicator', 'rationale', 'effective_date'],
  mapper: () => (f) => [
    f.code('column1', HCPCS_CODE),
    f.code('column2', HCPCS_CODE),
    compact(dateField(f, 'deletion')),
    f.oneOf('modifier', ['0', '1', '9']),
    f.required('rationale'),
    compact(dateField(f, 'effective', true)),
  ],
};

const MUE_SETTINGS: Record<string, string> = {
  practitioner: 'mue_practitioner',
  outpatienthospital: 'mue_hospital',
  dmesupplier: 'mue_dme',
};

export const MUE_LAYOUT: OfficialLayout = {
  id: 'ncci-mue',
  title: 'NCCI MUE',
  identify(name) {
    const m =
      /^MCR_MUE_(Practitioner|OutpatientHospital|DMESupplier)Services_Eff_(\d\d)-(\d\d)-(\d{4})\.(csv|xlsx)$/i.exec(
        name,
      );
    if (!m) return null;
    const month = Number(m[2]);
    return {
      dataset: MUE_SETTINGS[m[1]!.toLowerCase()]!,
      version: `${m[4]} Q${quarterOf(month)}`,
      effectiveFrom: `${m[4]}-${m[2]}-${m[3]}`,
      preference: m[5]!.toLowerCase() === 'csv' ? 0 : 1,
    };
  },
  format: byExt({ csv: 'csv', xlsx: 'xlsx' }),
  columns: [
    { key: 'code', header: /^hcpcs ?\/ ?cpt code$/ },
    { key: 'value', header: /mue values?$/ },
    { key: 'mai', header: /adjudication indicator$/ },
    { key: 'rationale', header: /^mue rationale$/ },
  ],
  table: 'mue_values',
  targetColumns: ['code', 'mue_value', 'mai', 'mai_description', 'rationale'],
  mapper: () => (f) => {
    const mai = /^([123])\s*(.*)$/.exec(f.required('mai'));
    if (!mai) throw new FieldError('mai', `expected 1, 2 or 3 and its meaning (got "${f.text('mai')}")`);
    return [
      f.code('code', HCPCS_CODE),
      f.int('value', true, 0, 1_000_000),
      mai[1]!,
      mai[2]!.trim() || null,
      f.text('rationale'),
    ];
  },
};

const yearOf = (iso: string | null) => (iso === null ? null : iso.slice(0, 4));

export const AOC_LAYOUT: OfficialLayout = {
  id: 'ncci-aoc',
  title: 'NCCI add-on code edits',
  identify(name) {
    const m = /^AOC_V(\d{4})Q([1-4])[-_]MCR\.(xlsx|txt|csv)$/i.exec(name);
    return m
      ? quarter('addon', Number(m[1]), Number(m[2]), { preference: m[3]!.toLowerCase() === 'xlsx' ? 1 : 0 })
      : null;
  },
  format: byExt({ xlsx: 'xlsx', txt: 'tsv', csv: 'csv' }),
  columns: [
    { key: 'type', header: /^aoc[ _]edit[ _]type$/ },
    { key: 'addon', header: /^add[- _]?on[ _]code$/ },
    { key: 'addon_del', header: /^aoc[ _]del[ _]?dt/ },
    { key: 'primary', header: /^primary[ _]code$/ },
    { key: 'primary_del', header: /^primary[ _]code[ _]del/ },
    { key: 'effective', header: /^aoc[ _]edit[ _]eff/ },
    { key: 'deleted', header: /^aoc[ _]edit[ _]del/ },
    { key: 'notes', header: /special[ _]instruction/, optional: true },
  ],
  table: 'addon_edits',
  targetColumns: [
    'add_on_code',
    'primary_code',
    'edit_type',
    'primary_deleted_year',
    'add_on_deleted_year',
    'effective_year',
    'deleted_year',
    'special_instruction',
    'primary_deleted_on',
    'add_on_deleted_on',
    'effective_on',
    'deleted_on',
  ],
  mapper: () => (f) => {
    const dates = ['primary_del', 'addon_del', 'effective', 'deleted'].map((k) => julianField(f, k));
    return [
      f.code('addon', HCPCS_CODE),
      f.code('primary', HCPCS_CODE),
      f.oneOf('type', ['1', '2', '3']),
      ...dates.map(yearOf),
      f.text('notes'),
      ...dates,
    ];
  },
};

export const NCCI_LAYOUTS = [PTP_LAYOUT, MUE_LAYOUT, AOC_LAYOUT];
