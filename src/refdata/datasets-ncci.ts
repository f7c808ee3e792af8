// NCCI edit files (CMS): PTP, PTP rationale, MUE (three settings) and add-on code edits.
import { HCPCS_CODE, type DatasetSpec } from './dataset.types.js';

export const PTP_HEADER = [
  'column1',
  'column2',
  'deletion_date',
  'modifier_indicator',
  'rationale_id',
] as const;

/** The same with each edit's effective date, as files converted from the official CMS layout carry it. */
export const PTP_HEADER_EFFECTIVE = [...PTP_HEADER, 'effective_date'] as const;

const ptp = (setting: 'practitioner' | 'hospital'): DatasetSpec => ({
  dataset: `ptp_${setting}`,
  title: `NCCI PTP ${setting}`,
  table: 'ptp_edits',
  columns: PTP_HEADER,
  fastPath: 'ptp',
  formats: [
    {
      header: PTP_HEADER,
      mapper: () => (f) => [
        f.code('column1', HCPCS_CODE),
        f.code('column2', HCPCS_CODE),
        f.date('deletion_date'),
        f.oneOf('modifier_indicator', ['0', '1', '9']),
        f.int('rationale_id', true, 0, 999),
      ],
    },
  ],
});

const mue = (setting: 'practitioner' | 'hospital' | 'dme'): DatasetSpec => ({
  dataset: `mue_${setting}`,
  title: `NCCI MUE ${setting === 'dme' ? 'DME supplier' : setting}`,
  table: 'mue_values',
  columns: ['code', 'mue_value', 'mai', 'mai_description', 'rationale'],
  formats: [
    {
      header: ['hcpcs_code', 'mue_value', 'mai', 'mai_description', 'mue_rationale'],
      mapper: () => (f) => [
        f.code('hcpcs_code', HCPCS_CODE),
        f.int('mue_value', true, 0, 1_000_000),
        f.oneOf('mai', ['1', '2', '3']),
        f.text('mai_description'),
        f.text('mue_rationale'),
      ],
    },
  ],
});

const ADDON_COLUMNS = [
  'add_on_code',
  'primary_code',
  'edit_type',
  'type_description',
  'primary_deleted_year',
  'add_on_deleted_year',
  'effective_year',
  'deleted_year',
  'special_instruction',
] as const;

const addon: DatasetSpec = {
  dataset: 'addon',
  title: 'NCCI add-on code edits',
  table: 'addon_edits',
  columns: ADDON_COLUMNS,
  formats: [
    {
      // Active-edits release: only the three key columns.
      header: ['add_on_code', 'primary_code', 'aoc_edit_type'],
      mapper: () => (f) => [
        f.code('add_on_code', HCPCS_CODE),
        f.code('primary_code', HCPCS_CODE),
        f.oneOf('aoc_edit_type', ['1', '2', '3']),
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    },
    {
      // Full release with the years kept from the CMS Julian dates.
      header: [
        'add_on_code',
        'primary_code',
        'aoc_edit_type',
        'aoc_type_description',
        'primary_code_deleted_year',
        'add_on_code_deleted_year',
        'edit_effective_year',
        'edit_deleted_year',
        'special_instruction_notes',
      ],
      mapper: () => (f) => [
        f.code('add_on_code', HCPCS_CODE),
        f.code('primary_code', HCPCS_CODE),
        f.oneOf('aoc_edit_type', ['1', '2', '3']),
        f.text('aoc_type_description'),
        f.year('primary_code_deleted_year'),
        f.year('add_on_code_deleted_year'),
        f.year('edit_effective_year'),
        f.year('edit_deleted_year'),
        f.text('special_instruction_notes'),
      ],
    },
  ],
};

export const NCCI_DATASETS: DatasetSpec[] = [
  ptp('practitioner'),
  ptp('hospital'),
  {
    dataset: 'ptp_rationale',
    title: 'NCCI PTP edit rationale',
    table: 'ptp_rationales',
    columns: ['rationale_id', 'rationale'],
    formats: [
      {
        header: ['rationale_id', 'rationale'],
        mapper: () => (f) => [f.int('rationale_id', true, 0, 999), f.required('rationale')],
      },
    ],
  },
  mue('practitioner'),
  mue('hospital'),
  mue('dme'),
  addon,
];
