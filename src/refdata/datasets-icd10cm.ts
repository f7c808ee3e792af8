// ICD-10-CM files (CDC/NCHS, CMS distribution): codes, history, hierarchy, index, tables, notes.
import { ICD10CM_CODE, ICD10CM_DOTTED, type DatasetSpec, type RowMapper } from './dataset.types.js';
import { TermPath, type Fields } from './fields.js';

const HISTORY = ['known_start_fy', 'known_end_fy', 'billable_start_fy', 'billable_end_fy'];
const INDEX_HEADER = ['RowID', 'Letter', 'Level', 'Term', 'See', 'SeeAlso', 'NonEssModif', 'Code'];
// The tables' code columns: the file's header, then ours.
const NEOPLASM = {
  MalignantPrimary: 'malignant_primary',
  MalignantSecondary: 'malignant_secondary',
  CaInSitu: 'ca_in_situ',
  Benign: 'benign',
  UncertainBehavior: 'uncertain_behavior',
  UnspecifiedBehavior: 'unspecified_behavior',
};
const DRUG = {
  PoisoningAccidental: 'poisoning_accidental',
  PoisoningIntentionalSelfHarm: 'poisoning_self_harm',
  PoisoningAssault: 'poisoning_assault',
  PoisoningUndetermined: 'poisoning_undetermined',
  AdverseEffect: 'adverse_effect',
  Underdosing: 'underdosing',
};

/** Index/table cells hold a code, a code needing more characters ("C79.8-") or "--" for none. */
const cell = (f: Fields, name: string) => {
  const v = f.text(name);
  return v === null || v === '--' ? null : v;
};

/** Rows of a term tree (the index and the tables): each row's values from its level and term, and last
 *  the path of terms down to it. */
const termTree = (values: (f: Fields, level: string, term: string) => (string | null)[]) => (): RowMapper => {
  const path = new TermPath();
  return (f) => {
    const level = f.int('Level', true, 0, 20)!;
    const term = f.text('Term') ?? '';
    return [...values(f, level, term), path.push(Number(level), term)];
  };
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
      mapper: termTree((f, level, term) => [
        kind,
        f.int('RowID', true)!,
        f.text('Letter'),
        level,
        term,
        f.text('See'),
        f.text('SeeAlso'),
        f.text('NonEssModif'),
        cell(f, 'Code'),
      ]),
    },
  ],
});

/** The neoplasm and drug tables: a term tree whose columns hold the code for each kind of case.
 *  `codes` and `lead` (text columns after the row id) map the file's header to our column. */
const codeTable = (
  spec: Pick<DatasetSpec, 'dataset' | 'title' | 'table'>,
  codes: Record<string, string>,
  lead: Record<string, string> = {},
): DatasetSpec => ({
  ...spec,
  columns: [
    'row_id',
    ...Object.values(lead),
    'level',
    'term',
    'see_also',
    'nonessential',
    ...Object.values(codes),
    'path',
  ],
  formats: [
    {
      header: [
        'RowID',
        ...Object.keys(lead),
        'Level',
        'Term',
        'SeeAlso',
        'NonEssModif',
        ...Object.keys(codes),
      ],
      mapper: termTree((f, level, term) => [
        f.int('RowID', true),
        ...Object.keys(lead).map((h) => f.text(h)),
        level,
        term,
        f.text('SeeAlso'),
        f.text('NonEssModif'),
        ...Object.keys(codes).map((h) => cell(f, h)),
      ]),
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
  codeTable(
    { dataset: 'icd10cm_neoplasm', title: 'ICD-10-CM neoplasm table', table: 'icd10cm_neoplasm' },
    NEOPLASM,
  ),
  codeTable(
    { dataset: 'icd10cm_drugs', title: 'ICD-10-CM table of drugs and chemicals', table: 'icd10cm_drugs' },
    DRUG,
    { Letter: 'letter' },
  ),
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
