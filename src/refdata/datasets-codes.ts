// Code-set and payment files: HCPCS Level II, modifiers, ICD-10-PCS, PFS RVU, and the licensed CPT
// descriptor file a customer supplies (never shipped).
import { HCPCS_CODE, ICD10PCS_CODE, MODIFIER, type DatasetSpec } from './dataset.types.js';
import type { Fields } from './fields.js';

type Kind = 'text' | 'date' | 'num';
const read = (f: Fields, name: string, kind: Kind) =>
  kind === 'date' ? f.date(name) : kind === 'num' ? f.num(name) : f.text(name);

const HCPCS: [string, Kind][] = [
  ['long_description', 'text'],
  ['short_description', 'text'],
  ['price', 'text'],
  ['multi', 'text'],
  ['cov', 'text'],
  ['betos', 'text'],
  ['tos', 'text'],
  ['action', 'text'],
  ['cim', 'text'],
  ['mcm', 'text'],
  ['statute', 'text'],
  ['lab', 'text'],
  ['xref', 'text'],
  ['asc_grp', 'text'],
  ['proc', 'text'],
  ['anes', 'text'],
  ['date_term', 'date'],
  ['date_added', 'date'],
  ['date_asc', 'date'],
  ['date_action', 'date'],
];

const RVU: [string, Kind][] = [
  ['status_code', 'text'],
  ['not_used_for_medicare_payment', 'text'],
  ['work_rvu', 'num'],
  ['non_facility_pe_rvu', 'num'],
  ['non_facility_na_indicator', 'text'],
  ['facility_pe_rvu', 'num'],
  ['facility_na_indicator', 'text'],
  ['mp_rvu', 'num'],
  ['non_facility_total', 'num'],
  ['facility_total', 'num'],
  ['pctc_indicator', 'text'],
  ['global_days', 'text'],
  ['pre_op', 'num'],
  ['intra_op', 'num'],
  ['post_op', 'num'],
  ['mult_proc', 'text'],
  ['bilat_surg', 'text'],
  ['asst_surg', 'text'],
  ['co_surg', 'text'],
  ['team_surg', 'text'],
  ['endo_base', 'text'],
  ['conversion_factor', 'num'],
  ['physician_supervision_diagnostic', 'text'],
  ['calculation_flag', 'text'],
  ['diagnostic_imaging_family', 'text'],
  ['non_facility_pe_used_for_opps', 'num'],
  ['facility_pe_used_for_opps', 'num'],
  ['mp_used_for_opps', 'num'],
];

const MODIFIER_COLUMNS = [
  'long_description',
  'short_description',
  'category',
  'date_added',
  'date_terminated',
  'action_code',
  'cms_reference',
];

const PCS_HISTORY = ['known_start_fy', 'known_end_fy', 'valid_start_fy', 'valid_end_fy'];

export const CODE_DATASETS: DatasetSpec[] = [
  {
    dataset: 'hcpcs',
    title: 'HCPCS Level II',
    table: 'hcpcs_codes',
    columns: ['code', ...HCPCS.map(([c]) => c)],
    searchable: true,
    formats: [
      {
        header: ['hcpcs_code', ...HCPCS.map(([c]) => c)],
        mapper: () => (f) => [
          f.code('hcpcs_code', /^[A-V][0-9]{4}$/),
          ...HCPCS.map(([c, k]) => read(f, c, k)),
        ],
      },
    ],
  },
  {
    dataset: 'modifiers',
    title: 'HCPCS modifiers',
    table: 'modifiers',
    columns: ['modifier', 'level', ...MODIFIER_COLUMNS],
    formats: [
      {
        header: ['modifier', 'level', ...MODIFIER_COLUMNS],
        mapper: () => (f) => [
          f.code('modifier', MODIFIER),
          f.required('level'),
          ...MODIFIER_COLUMNS.map((c) => read(f, c, c.startsWith('date_') ? 'date' : 'text')),
        ],
      },
    ],
  },
  {
    dataset: 'icd10pcs',
    title: 'ICD-10-PCS',
    table: 'icd10pcs_codes',
    columns: ['code', 'valid', 'description', 'first_fy'],
    formats: [
      {
        header: ['code', 'valid', 'description', 'first_fy'],
        mapper: () => (f) => [
          f.code('code', ICD10PCS_CODE),
          f.flag('valid'),
          f.required('description'),
          f.year('first_fy'),
        ],
      },
    ],
  },
  {
    dataset: 'icd10pcs_history',
    title: 'ICD-10-PCS code history',
    table: 'icd10pcs_history',
    columns: ['code', ...PCS_HISTORY, 'description_if_retired'],
    formats: [
      {
        header: ['code', ...PCS_HISTORY, 'description_if_retired'],
        mapper: () => (f) => [
          f.code('code', ICD10PCS_CODE),
          ...PCS_HISTORY.map((c) => f.year(c)),
          f.text('description_if_retired'),
        ],
      },
    ],
  },
  {
    dataset: 'pfs_rvu',
    title: 'PFS RVU',
    table: 'pfs_rvu',
    columns: ['hcpcs', 'modifier', ...RVU.map(([c]) => c)],
    formats: [
      {
        header: ['hcpcs', 'modifier', ...RVU.map(([c]) => c)],
        mapper: () => (f) => [
          f.code('hcpcs', HCPCS_CODE),
          f.code('modifier', MODIFIER, false),
          ...RVU.map(([c, k]) => (c === 'status_code' ? f.required(c) : read(f, c, k))),
        ],
      },
    ],
  },
  {
    // A licensed AMA descriptor file: code<TAB>descriptor, no header. Never shipped with CodeDesk.
    dataset: 'cpt_descriptors',
    title: 'CPT descriptors (licensed)',
    table: 'cpt_descriptors',
    columns: ['code', 'descriptor', 'source'],
    headerless: true,
    delimiter: '\t',
    searchable: true,
    formats: [
      {
        header: ['code', 'descriptor'],
        mapper: () => (f) => [
          f.code('code', /^([0-9]{5}|[0-9]{4}[FTU])$/),
          f.required('descriptor'),
          'cpt_licensed',
        ],
      },
    ],
  },
];
