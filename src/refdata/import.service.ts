// One CSV file (the shipped conversions, a licensed CPT file) -> one edition of its dataset, streamed
// through the dataset's layout (csv-copy.ts, or the PTP pass-through) inside importEdition's transaction.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { csvCopyFailure } from './copy-failure.js';
import { copyCsv } from './csv-copy.js';
import { datasetSpec } from './datasets.js';
import { importEdition, type EditionImportOptions, type ImportResult } from './edition-import.js';
import { editionMeta } from './edition-meta.js';
import { guidanceDataset } from './guidance/guidance-datasets.js';
import { importGuidance } from './guidance/guidance.import.js';
import { loadPtp, type PtpLoadOptions } from './ptp-split.js';
import { sha256File } from './sha256.js';

export { analyzeTables, refreshSearch, type ImportResult } from './edition-import.js';
export { sha256File } from './sha256.js';

export interface ImportOptions extends EditionImportOptions {
  dataset: string;
  file: string;
  label?: string;
  version?: string;
  effective?: string;
  /** How a PTP file is split for a parallel load (tests use small thresholds). */
  ptp?: Omit<PtpLoadOptions, 'analyze'>;
}

export async function importFile(db: Kysely<Database>, opts: ImportOptions): Promise<ImportResult> {
  // The guidance texts are split into paragraphs, not read as CSV.
  if (guidanceDataset(opts.dataset)) return importGuidance(db, opts);
  const spec = datasetSpec(opts.dataset);
  const meta = editionMeta(spec.title, basename(opts.file), opts);
  const [sha256, { size }] = await Promise.all([sha256File(opts.file), stat(opts.file)]);
  const analyze = opts.analyze !== false;
  return importEdition(
    db,
    {
      dataset: spec.dataset,
      table: spec.table,
      meta,
      sourceFile: basename(opts.file),
      sha256,
      size,
      ptp: spec.fastPath === 'ptp',
      searchable: spec.searchable,
      load: (trx, editionId, progress) =>
        (spec.fastPath === 'ptp'
          ? loadPtp(db, trx, spec.dataset, editionId, opts.file, progress, { ...opts.ptp, analyze })
          : copyCsv(trx, spec, editionId, opts.file, progress)
        ).catch((err: unknown) => csvCopyFailure(spec.dataset, err)),
    },
    opts,
  );
}
