// Code sets as published:
// - HCPCS Level II quarterly file HCPCyyyy_MON_ANWEB: the fixed-width text of the CMS record layout
//   (320-byte records; a long description longer than 80 characters continues on records with RECID 4,
//   modifiers are RECID 7/8) or its xlsx, one row per record with the layout's field names as header.
//   Only Level II codes A-V are kept: modifier rows, CPT codes and D (dental, ADA) codes are dropped.
// - ICD-10-CM and ICD-10-PCS order files (CDC/CMS "order file format"): order number (1-5), code (7-13),
//   0 header / 1 valid for HIPAA transactions (15), short title (17-76), long title (78-).
import { ICD10CM_CODE, ICD10PCS_CODE } from '../dataset.types.js';
import type { Fields } from '../fields.js';
import { FieldError } from '../import-error.js';
import type { ColumnSpec, OfficialLayout, RowValues } from './layout.types.js';
import { dateField, firstOfMonth, monthLabel, monthNumber } from './official-values.js';
import type { FixedField } from './record-readers.js';

/** [key, header name in the xlsx, start, length] in record-layout order. */
const HCPCS_FIELDS: [string, string, number, number][] = [
  ['hcpc', 'HCPC', 1, 5],
  ['seqnum', 'SEQNUM', 6, 5],
  ['recid', 'RECID', 11, 1],
  ['long', 'LONG DESCRIPTION', 12, 80],
  ['short', 'SHORT DESCRIPTION', 92, 28],
  ...[1, 2, 3, 4].map((i): [string, string, number, number] => [
    `price${i}`,
    `PRICE${i}`,
    120 + (i - 1) * 2,
    2,
  ]),
  ['mult', 'MULT_PI', 128, 1],
  ...[1, 2, 3].map((i): [string, string, number, number] => [`cim${i}`, `CIM${i}`, 129 + (i - 1) * 6, 6]),
  ...[1, 2, 3].map((i): [string, string, number, number] => [`mcm${i}`, `MCM${i}`, 147 + (i - 1) * 8, 8]),
  ['statute', 'STATUTE', 171, 10],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((i): [string, string, number, number] => [
    `lab${i}`,
    `LABCERT${i}`,
    181 + (i - 1) * 3,
    3,
  ]),
  ...[1, 2, 3, 4, 5].map((i): [string, string, number, number] => [
    `xref${i}`,
    `XREF${i}`,
    205 + (i - 1) * 5,
    5,
  ]),
  ['cov', 'COV', 230, 1],
  ['asc_grp', 'ASC_GRP', 231, 2],
  ['asc_dt', 'ASC_DT', 233, 8],
  ['opps', 'OPPS', 241, 3],
  ['opps_pi', 'OPPS_PI', 244, 1],
  ['opps_dt', 'OPPS_DT', 245, 8],
  ['procnote', 'PROCNOTE', 253, 4],
  ['betos', 'BETOS', 257, 3],
  ...[1, 2, 3, 4, 5].map((i): [string, string, number, number] => [`tos${i}`, `TOS${i}`, 261 + (i - 1), 1]),
  ['anes', 'ANEST_BU', 266, 3],
  ['add_dt', 'ADD DT', 269, 8],
  ['act_dt', 'ACT EFF DT', 277, 8],
  ['term_dt', 'TERM DT', 285, 8],
  ['action', 'ACTION CD', 293, 1],
];

const exactly = (name: string) => new RegExp(`^${name.toLowerCase().replace(/[ _]/g, '[ _]?')}$`);
const HCPCS_COLUMNS: ColumnSpec[] = HCPCS_FIELDS.map(([key, name]) => ({ key, header: exactly(name) }));
const HCPCS_FIXED: FixedField[] = HCPCS_FIELDS.map(([, , start, length]) => [start, length]);
/** The header row of the xlsx (the record layout's field names). */
export const HCPCS_XLSX_HEADER = HCPCS_FIELDS.map(([, name]) => name);

const LEVEL2 = /^[A-CE-V][0-9]{4}$/;
const ANY_HCPC = /^([0-9A-Z]{5}|[0-9A-Z]{2})$/;

/** Non-empty values of numbered fields (PRICE1..4), joined as the shipped HCPCS table joins them. */
const joined = (f: Fields, base: string, n: number, sep: string) =>
  Array.from({ length: n }, (_, i) => f.text(`${base}${i + 1}`))
    .filter(Boolean)
    .join(sep) || null;

export const HCPCS_LAYOUT: OfficialLayout = {
  id: 'hcpcs-anweb',
  title: 'HCPCS Level II (ANWEB)',
  identify(name) {
    const m = /^HCPC(\d{4})_(?:(JAN|APR|JUL|OCT)_)?(?:CONTR_)?ANWEB(?:_v(\d+))?(?:_disc)?\.(txt|xlsx)$/i.exec(
      name,
    );
    if (!m) return null;
    const month = m[2] ? monthNumber(m[2]) : 1;
    return {
      dataset: 'hcpcs',
      version: `${monthLabel(month)} ${m[1]}`,
      effectiveFrom: firstOfMonth(Number(m[1]), month),
      preference: m[4]!.toLowerCase() === 'txt' ? 0 : 1,
    };
  },
  format: (ext) =>
    ext === 'txt' ? { kind: 'fixed', fields: HCPCS_FIXED } : ext === 'xlsx' ? { kind: 'xlsx' } : null,
  columns: HCPCS_COLUMNS,
  table: 'hcpcs_codes',
  targetColumns: [
    'code',
    'long_description',
    'short_description',
    'price',
    'multi',
    'cov',
    'betos',
    'tos',
    'action',
    'cim',
    'mcm',
    'statute',
    'lab',
    'xref',
    'asc_grp',
    'proc',
    'anes',
    'date_term',
    'date_added',
    'date_asc',
    'date_action',
  ],
  mapper: () => {
    // A continuation record (RECID 4) adds to the long description of the row returned just before.
    let last: { code: string; row: RowValues | null } | null = null;
    return (f) => {
      const code = f.code('hcpc', ANY_HCPC)!;
      const recid = f.oneOf('recid', ['3', '4', '7', '8'])!;
      if (recid === '4' || recid === '8') {
        if (last?.code !== code)
          throw new FieldError('recid', `a continuation of ${code} without its first record`);
        if (last.row) last.row[1] = [last.row[1], f.text('long')].filter(Boolean).join(' ');
        return null;
      }
      const keep = recid === '3' && LEVEL2.test(code);
      const row: RowValues | null = keep
        ? [
            code,
            f.text('long'),
            f.text('short'),
            joined(f, 'price', 4, ':'),
            f.text('mult'),
            f.text('cov'),
            f.text('betos'),
            joined(f, 'tos', 5, ':'),
            f.text('action'),
            joined(f, 'cim', 3, ', '),
            joined(f, 'mcm', 3, ', '),
            f.text('statute'),
            joined(f, 'lab', 8, ', '),
            joined(f, 'xref', 5, ', '),
            f.text('asc_grp'),
            f.text('procnote'),
            f.text('anes'),
            dateField(f, 'term_dt'),
            dateField(f, 'add_dt'),
            dateField(f, 'asc_dt'),
            dateField(f, 'act_dt'),
          ]
        : null;
      last = { code, row };
      return row;
    };
  },
};

const ORDER_FIXED: FixedField[] = [
  [1, 5],
  [7, 7],
  [15, 1],
  [17, 60],
  [78, 400],
];
const ORDER_COLUMNS: ColumnSpec[] = ['order', 'code', 'valid', 'short', 'long'].map((key) => ({
  key,
  header: /$^/,
}));

const orderLayout = (kind: 'cm' | 'pcs'): OfficialLayout => ({
  id: `icd10${kind}-order`,
  title: `ICD-10-${kind.toUpperCase()} order file`,
  identify(name) {
    const m = new RegExp(
      `^icd10${kind}[-_]order[-_](?:(april|apr)[-_](?:1[-_])?)?(20\\d\\d)\\.txt$`,
      'i',
    ).exec(name);
    if (!m) return null;
    const fy = Number(m[2]);
    return m[1]
      ? { dataset: `icd10${kind}`, version: `FY${fy} (April update)`, effectiveFrom: `${fy}-04-01` }
      : { dataset: `icd10${kind}`, version: `FY${fy}`, effectiveFrom: `${fy - 1}-10-01` };
  },
  format: (ext) => (ext === 'txt' ? { kind: 'fixed', fields: ORDER_FIXED } : null),
  columns: ORDER_COLUMNS,
  table: kind === 'cm' ? 'icd10cm_codes' : 'icd10pcs_codes',
  // chapter, section and first fiscal year are not in the order file: taken from the previous edition after the load
  targetColumns:
    kind === 'cm' ? ['code', 'code_dotted', 'billable', 'description'] : ['code', 'valid', 'description'],
  mapper: () => (f) => {
    f.int('order', true, 1, 9_999_999);
    if (kind === 'pcs') return [f.code('code', ICD10PCS_CODE), f.flag('valid'), f.required('long')];
    const code = f.code('code', ICD10CM_CODE)!;
    return [
      code,
      code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code,
      f.flag('valid'),
      f.required('long'),
    ];
  },
});

export const ICD10CM_ORDER_LAYOUT = orderLayout('cm');
export const ICD10PCS_ORDER_LAYOUT = orderLayout('pcs');

export const CODE_LAYOUTS = [HCPCS_LAYOUT, ICD10CM_ORDER_LAYOUT, ICD10PCS_ORDER_LAYOUT];
