// ICD-10-CM files (CDC/NCHS, CMS distribution): codes, history, hierarchy, index, tables, notes.
import { ICD10CM_CODE, ICD10CM_DOTTED, type DatasetSpec } from './dataset.types.js';
import { TermPath, type Fields } from './fields.js';

const HISTORY = ['known_start_fy', 'known_end_fy', 'billable_start_fy', 'billable_end_fy'];
const INDEX_HEADER = ['RowID', 'Letter', 'Level', 'Term', 'See', 'SeeAlso', 'NonEssModif', 'Code'];
const NEOPLASM = [
  'MalignantPrimary',
  'MalignantSecondary',
  'CaInSitu',
  'Benign',
  'UncertainBehavior',
  'UnspecifiedBehavior',
];
const DRUG = [
  'PoisoningAccidental',
  'PoisoningIntentionalSelfHarm',
  'PoisoningAssault',
  'PoisoningUndetermined',
  'AdverseEffect',
  'Underdosing',
];

/** Index/table cells hold a code, a code needing more characters ("C79.8-") or "--" for none. */
const cell = (f: Fields, name: string) => {
  const v = f.text(name);
  return v === null || v === '--' ? null : v;
};

const indexTerms = (kind: 'alpha' | 'external'): DatasetSpec => ({
  dataset: kind === 'alpha' ? 'icd10cm_index' : 'icd10cm_external_index',
  title: kind === 'alpha' ? 'ICD-10-CM alphabetic index' : 'ICD-10-CM external cause index',
  table: 'icd10cm_index_terms',
  columns: ['kind', 'row_id', 'letter', 'level', 'term', 'see', 'see_also', 'nonessential', 'code', 'path'],
  searchable: kind === 'alpha',
  formats: [
    {
      header: INDEX_HEADER,
      mapper: () => {
        const path = new TermPath();
        return (f) => {
          const level = f.int('Level', true, 0, 20)!;
          const term = f.text('Term') ?? '';
          return [
            kind,
            f.int('RowID', true)!,
            f.text('Letter'),
            level,
            term,
            f.text('See'),
            f.text('SeeAlso'),
            f.text('NonEssModif'),
            cell(f, 'Code'),
            path.push(Number(level), term),
          ];
        };
      },
    },
  ],
});

export const ICD10CM_DATASETS: DatasetSpec[] = [
  {
    dataset: 'icd10cm',
    title: 'ICD-10-CM',
    table: 'icd10cm_codes',
    columns: ['code', 'code_dotted', 'billable', 'description', 'chapter', 'section', 'first_fy'],
    searchable: true,
    formats: [
      {
        header: ['code', 'code_dotted', 'billable', 'description', 'chapter', 'section', 'first_fy'],
        mapper: () => (f) => [
          f.code('code', ICD10CM_CODE),
          f.code('code_dotted', ICD10CM_DOTTED),
          f.flag('billable'),
          f.required('description'),
          f.int('chapter', false, 1, 30),
          f.text('section'),
          f.year('first_fy'),
        ],
      },
    ],
  },
  {
    dataset: 'icd10cm_history',
    title: 'ICD-10-CM code history',
    table: 'icd10cm_history',
    columns: ['code', 'code_dotted', ...HISTORY, 'description_if_retired'],
    formats: [
      {
        header: ['code', 'code_dotted', ...HISTORY, 'description_if_retired'],
        mapper: () => (f) => [
          f.code('code', ICD10CM_CODE),
          f.code('code_dotted', ICD10CM_DOTTED),
          ...HISTORY.map((c) => f.year(c)),
          f.text('description_if_retired'),
        ],
      },
    ],
  },
  {
    dataset: 'icd10cm_chapters',
    title: 'ICD-10-CM chapters',
    table: 'icd10cm_chapters',
    columns: ['chapter', 'description'],
    formats: [
      {
        header: ['chapter', 'description'],
        mapper: () => (f) => [f.int('chapter', true, 1, 30), f.required('description')],
      },
    ],
  },
  {
    dataset: 'icd10cm_sections',
    title: 'ICD-10-CM sections',
    table: 'icd10cm_sections',
    columns: ['section_range', 'chapter', 'description'],
    formats: [
      {
        header: ['section_range', 'chapter', 'description'],
        mapper: () => (f) => [
          f.required('section_range'),
          f.int('chapter', true, 1, 30),
          f.required('description'),
        ],
      },
    ],
  },
  {
    dataset: 'icd10cm_categories',
    title: 'ICD-10-CM categories',
    table: 'icd10cm_categories',
    columns: ['code', 'description', 'section', 'chapter'],
    formats: [
      {
        header: ['ICD10-CM-CODE', 'description', 'section', 'chapter'],
        mapper: () => (f) => [
          f.code('ICD10-CM-CODE', ICD10CM_DOTTED),
          f.required('description'),
          f.text('section'),
          f.int('chapter', false, 1, 30),
        ],
      },
    ],
  },
  indexTerms('alpha'),
  indexTerms('external'),
  {
    dataset: 'icd10cm_neoplasm',
    title: 'ICD-10-CM neoplasm table',
    table: 'icd10cm_neoplasm',
    columns: [
      'row_id',
      'level',
      'term',
      'see_also',
      'nonessential',
      'malignant_primary',
      'malignant_secondary',
      'ca_in_situ',
      'benign',
      'uncertain_behavior',
      'unspecified_behavior',
      'path',
    ],
    formats: [
      {
        header: ['RowID', 'Level', 'Term', 'SeeAlso', 'NonEssModif', ...NEOPLASM],
        mapper: () => {
          const path = new TermPath();
          return (f) => {
            const level = f.int('Level', true, 0, 20)!;
            const term = f.text('Term') ?? '';
            return [
              f.int('RowID', true),
              level,
              term,
              f.text('SeeAlso'),
              f.text('NonEssModif'),
              ...NEOPLASM.map((c) => cell(f, c)),
              path.push(Number(level), term),
            ];
          };
        },
      },
    ],
  },
  {
    dataset: 'icd10cm_drugs',
    title: 'ICD-10-CM table of drugs and chemicals',
    table: 'icd10cm_drugs',
    columns: [
      'row_id',
      'letter',
      'level',
      'term',
      'see_also',
      'nonessential',
      'poisoning_accidental',
      'poisoning_self_harm',
      'poisoning_assault',
      'poisoning_undetermined',
      'adverse_effect',
      'underdosing',
      'path',
    ],
    formats: [
      {
        header: ['RowID', 'Letter', 'Level', 'Term', 'SeeAlso', 'NonEssModif', ...DRUG],
        mapper: () => {
          const path = new TermPath();
          return (f) => {
            const level = f.int('Level', true, 0, 20)!;
            const term = f.text('Term') ?? '';
            return [
              f.int('RowID', true),
              f.text('Letter'),
              level,
              term,
              f.text('SeeAlso'),
              f.text('NonEssModif'),
              ...DRUG.map((c) => cell(f, c)),
              path.push(Number(level), term),
            ];
          };
        },
      },
    ],
  },
  {
    dataset: 'icd10cm_notes',
    title: 'ICD-10-CM tabular notes',
    table: 'icd10cm_notes',
    columns: ['code', 'level', 'note_type', 'note_text'],
    formats: [
      {
        header: ['code', 'level', 'note_type', 'note_text'],
        mapper: () => (f) => [
          f.required('code'),
          f.required('level'),
          f.required('note_type'),
          f.required('note_text'),
        ],
      },
    ],
  },
];
