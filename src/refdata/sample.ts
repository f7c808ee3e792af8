// The shipped reference data (../shared/refdata, see its PROVENANCE.md): which file is which dataset
// and edition. `ensureSampleLoaded` fills an empty database (test global setup, `npm start`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
import { ensurePairFilters } from './pair-filter.repository.js';

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

/** Imports every sample file present in `dir` (already-loaded files are skipped by checksum). */
export async function loadSample(
  db: Kysely<Database>,
  dir: string,
  progress?: ImportOptions['progress'],
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const s of SAMPLE_FILES) {
    const file = join(dir, s.path);
    if (!existsSync(file)) continue;
    results.push(await importFile(db, { ...s, file, progress, refreshSearch: false, analyze: false }));
  }
  await loadLaySummaries(db);
  await refreshSearch(db);
  await analyzeTables(db, [
    'refdata_editions',
    'ptp_edits',
    ...new Set(DATASET_KEYS.map((k) => datasetSpec(k).table)),
    'code_search',
  ]);
  await ensurePairFilters(db);
  return results;
}

/** Loads the sample when no edition exists yet; an advisory lock keeps two processes from racing. */
export async function ensureSampleLoaded(db: Kysely<Database>, dir: string): Promise<void> {
  await withAdvisoryLock(db, 'codedesk.refdata.sample', async () => {
    const any = await db.selectFrom('refdata_editions').select('id').limit(1).executeTakeFirst();
    if (!any) await loadSample(db, dir);
    else {
      // The lay summaries ship with the code: a changed text is a new edition even on a loaded database.
      if (await loadLaySummaries(db)) await refreshSearch(db);
      // A database loaded by an older release has no PTP pair filters yet.
      await ensurePairFilters(db);
    }
  });
}
