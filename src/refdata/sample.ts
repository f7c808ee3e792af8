// The shipped reference data (../shared/refdata, see its PROVENANCE.md, and its official/ folder):
// which file is which dataset and edition. `ensureSampleLoaded` loads what a database lacks of it (test
// global setup, `npm start`): everything on first start, a newly shipped edition on the next start.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Kysely } from 'kysely';
import { withAdvisoryLock } from '../db/advisory-lock.js';
import type { Database } from '../db/database.js';
import { DATASET_KEYS, datasetSpec } from './datasets.js';
import {
  analyzeTables,
  importFile,
  refreshSearch,
  type ImportOptions,
  type ImportResult,
} from './import.service.js';
import { loadLaySummaries } from './lay-summary.loader.js';
import { importRelease } from './official/release.service.js';
import { ensurePairFilters } from './repositories/pair-filter.repository.js';

interface SampleFile {
  dataset: string;
  path: string;
  version: string;
  effective: string;
}

const f = (dataset: string, path: string, version: string, effective: string): SampleFile => ({
  dataset,
  path,
  version,
  effective,
});

export const SAMPLE_FILES: readonly SampleFile[] = [
  f('ptp_rationale', 'ncci_ptp/ptp_rationale.csv', '2024 Q3', '2024-07-01'),
  f('ptp_practitioner', 'ncci_ptp/ptp_practitioner_2024q3.csv', '2024 Q3', '2024-07-01'),
  f('ptp_hospital', 'ncci_ptp/ptp_hospital_2024q3.csv', '2024 Q3', '2024-07-01'),
  f('mue_practitioner', 'ncci_mue/mue_practitioner_2024q3.csv', '2024 Q3', '2024-07-01'),
  f('mue_hospital', 'ncci_mue/mue_hospital_2024q3.csv', '2024 Q3', '2024-07-01'),
  f('mue_dme', 'ncci_mue/mue_dme_2024q3.csv', '2024 Q3', '2024-07-01'),
  f('addon', 'ncci_addon/aoc_2024q2_full.csv', '2024 Q2', '2024-04-01'),
  f('addon', 'ncci_addon/aoc_2024q3_active.csv', '2024 Q3', '2024-07-01'),
  f('hcpcs', 'hcpcs/hcpcs_level2_2024jul.csv', 'Jul 2024', '2024-07-01'),
  f('modifiers', 'modifiers/modifiers_hcpcs_2024.csv', 'Apr 2024', '2024-04-01'),
  f('icd10cm', 'icd10cm/icd10cm_fy2026_codes.csv', 'FY2026', '2025-10-01'),
  f('icd10cm_history', 'icd10cm/icd10cm_code_history_fy2014_2026.csv', 'FY2014-FY2026', '2025-10-01'),
  f('icd10cm_chapters', 'icd10cm/icd10cm_apr2026_chapters.csv', 'Apr 2026', '2026-04-01'),
  f('icd10cm_sections', 'icd10cm/icd10cm_apr2026_sections.csv', 'Apr 2026', '2026-04-01'),
  f('icd10cm_categories', 'icd10cm/icd10cm_apr2026_categories.csv', 'Apr 2026', '2026-04-01'),
  f('icd10cm_index', 'icd10cm/icd10cm_fy2025_alpha_index.csv', 'FY2025', '2024-10-01'),
  f('icd10cm_external_index', 'icd10cm/icd10cm_fy2025_external_cause_index.csv', 'FY2025', '2024-10-01'),
  f('icd10cm_neoplasm', 'icd10cm/icd10cm_fy2025_neoplasm_table.csv', 'FY2025', '2024-10-01'),
  f('icd10cm_drugs', 'icd10cm/icd10cm_fy2025_drug_table.csv', 'FY2025', '2024-10-01'),
  f(
    'icd10cm_notes',
    'icd10cm/icd10cm_fy2025_tabular_notes_chapter2_sample.csv',
    'FY2025 (chapter 2)',
    '2024-10-01',
  ),
  f('icd10pcs', 'icd10pcs/icd10pcs_fy2026_codes.csv', 'FY2026', '2025-10-01'),
  f('icd10pcs_history', 'icd10pcs/icd10pcs_code_history_fy2014_2026.csv', 'FY2014-FY2026', '2025-10-01'),
  f('pfs_rvu', 'pfs_rvu/pprrvu_2025_oct_rvu25d.csv', '2025 D', '2025-10-01'),
];

/** The newest official editions shipped (../shared/refdata/official, see its README): loaded alongside
 * the conversions above, which stay for earlier dates of service. `sourceFile` is the edition's file
 * name once loaded (inside the ICD-10-CM zip, its order file). */
export const SHIPPED_OFFICIAL: readonly { path: string; dataset: string; sourceFile: string }[] = [
  { path: 'official/ncci_aoc/AOC_V2026Q2-MCR.xlsx', dataset: 'addon', sourceFile: 'AOC_V2026Q2-MCR.xlsx' },
  {
    path: 'official/pfs_rvu/PPRRVU2026_Jul_nonQPP.csv',
    dataset: 'pfs_rvu',
    sourceFile: 'PPRRVU2026_Jul_nonQPP.csv',
  },
  { path: 'official/pfs_rvu/GPCI2026.csv', dataset: 'pfs_gpci', sourceFile: 'GPCI2026.csv' },
  { path: 'official/pfs_rvu/25LOCCO.csv', dataset: 'pfs_locality', sourceFile: '25LOCCO.csv' },
  { path: 'official/pfs_rvu/ANES2025.csv', dataset: 'pfs_anesthesia', sourceFile: 'ANES2025.csv' },
  {
    path: 'official/icd10cm/icd10cm-Code Descriptions-2026.zip',
    dataset: 'icd10cm',
    sourceFile: 'icd10cm-order-2026.txt',
  },
];

/** The guidance library's texts (issue 16), split into paragraphs on load. */
export const SHIPPED_GUIDANCE: readonly { path: string; dataset: string }[] = [
  { path: 'official/ncci_policy_manual/ncci_policy_manual.txt', dataset: 'ncci_policy_manual' },
  { path: 'official/icd10cm/ICD-10-CM-October-2025-Guidelines.pdf', dataset: 'icd10cm_guidelines' },
];

/** Editions already loaded, as "dataset|source file": a shipped file loaded before is not read again. */
async function loadedSources(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db.selectFrom('refdata_editions').select(['dataset', 'source_file']).execute();
  return new Set(rows.map((r) => `${r.dataset}|${r.source_file}`));
}

/** Imports every shipped file present in `dir` that is not loaded yet (by name; by checksum inside). */
export async function loadSample(
  db: Kysely<Database>,
  dir: string,
  progress?: ImportOptions['progress'],
): Promise<ImportResult[]> {
  const loaded = await loadedSources(db);
  const results: ImportResult[] = [];
  for (const s of SAMPLE_FILES) {
    const file = join(dir, s.path);
    if (!existsSync(file) || loaded.has(`${s.dataset}|${basename(file)}`)) continue;
    results.push(await importFile(db, { ...s, file, progress, refreshSearch: false, analyze: false }));
  }
  const official = SHIPPED_OFFICIAL.filter(
    (o) => existsSync(join(dir, o.path)) && !loaded.has(`${o.dataset}|${o.sourceFile}`),
  ).map((o) => join(dir, o.path));
  if (official.length) {
    const report = await importRelease(db, official, { progress, refreshSearch: false, analyze: false });
    const failed = report.editions.find((e) => e.error);
    if (failed) throw new Error(`shipped reference data ${failed.files.join(', ')}: ${failed.error}`);
    results.push(...report.editions.map((e) => e.result!));
  }
  for (const g of SHIPPED_GUIDANCE) {
    const file = join(dir, g.path);
    if (!existsSync(file) || loaded.has(`${g.dataset}|${basename(file)}`)) continue;
    results.push(await importFile(db, { dataset: g.dataset, file, progress, analyze: false }));
  }
  // The lay summaries ship with the code: a changed text is a new edition even on a loaded database.
  const summaries = await loadLaySummaries(db);
  const changed = summaries > 0 || results.some((r) => r.status === 'loaded');
  if (changed) {
    await refreshSearch(db);
    await analyzeTables(db, [
      'refdata_editions',
      'ptp_edits',
      ...new Set(DATASET_KEYS.map((k) => datasetSpec(k).table)),
      'code_search',
      'guidance_paragraphs',
      'code_search_lexemes',
    ]);
  }
  // A database loaded by an older release has no PTP pair filters yet.
  await ensurePairFilters(db);
  return results;
}

/** Loads what is not loaded yet of the shipped data; an advisory lock keeps two processes from racing. */
export async function ensureSampleLoaded(db: Kysely<Database>, dir: string): Promise<void> {
  await withAdvisoryLock(db, 'codedesk.refdata.sample', async () => {
    await loadSample(db, dir);
  });
}
