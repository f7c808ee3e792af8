// One file -> one edition, in one transaction: checksum first (the same file twice changes nothing),
// then the streaming COPY for the dataset's layout, then the edition chain and search documents.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { csvCopyFailure } from './copy-failure.js';
import { copyCsv } from './csv-copy.js';
import { datasetSpec } from './datasets.js';
import { editionMeta } from './edition-meta.js';
import {
  findEditionByChecksum,
  finishEdition,
  insertEdition,
  type EditionRow,
} from './edition.repository.js';
import { silentProgress, type Progress } from './progress.js';
import { dropPtpStaging, loadPtp, type PtpLoadOptions } from './ptp-split.js';

export interface ImportOptions {
  dataset: string;
  file: string;
  label?: string;
  version?: string;
  effective?: string;
  progress?: (label: string, totalBytes: number) => Progress;
  /** Refresh the search documents after a searchable load (load-sample does it once at the end). */
  refreshSearch?: boolean;
  /** Refresh planner statistics after the load (load-sample does it once at the end). */
  analyze?: boolean;
  /** How a PTP file is split for a parallel load (tests use small thresholds). */
  ptp?: Omit<PtpLoadOptions, 'analyze'>;
}

export interface ImportResult {
  status: 'loaded' | 'unchanged';
  edition: EditionRow;
  rows: number;
  seconds: number;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function importFile(db: Kysely<Database>, opts: ImportOptions): Promise<ImportResult> {
  const started = performance.now();
  const spec = datasetSpec(opts.dataset);
  const meta = editionMeta(spec.title, basename(opts.file), opts);
  const [sha256, { size }] = await Promise.all([sha256File(opts.file), stat(opts.file)]);
  const existing = await findEditionByChecksum(db, spec.dataset, sha256);
  if (existing) return { status: 'unchanged', edition: existing, rows: existing.row_count, seconds: 0 };

  const progress = opts.progress?.(meta.label, size) ?? silentProgress;
  const analyze = opts.analyze !== false;
  let ptpEdition: number | null = null;
  const edition = await db
    .transaction()
    .execute(async (trx) => {
      const row = await insertEdition(trx, {
        dataset: spec.dataset,
        ...meta,
        sourceFile: basename(opts.file),
        sha256,
      });
      if (spec.fastPath === 'ptp') ptpEdition = row.id;
      const rows = await (
        spec.fastPath === 'ptp'
          ? loadPtp(db, trx, spec.dataset, row.id, opts.file, progress, { ...opts.ptp, analyze })
          : copyCsv(trx, spec, row.id, opts.file, progress)
      ).catch((err: unknown) => csvCopyFailure(spec.dataset, err));
      if (spec.searchable && opts.refreshSearch !== false) await refreshSearch(trx);
      return finishEdition(trx, row.id, rows);
    })
    .catch(async (err: unknown) => {
      // Parts of a split PTP load are committed by their own connections before the import commits.
      if (ptpEdition !== null) await dropPtpStaging(db, ptpEdition).catch(() => {}); // the next import drops them too
      throw err;
    });
  progress.done();
  // Fresh rows have no statistics until autovacuum gets to them; the look-up's cached plan needs them.
  // (The PTP loader analyzes its partitions itself, side by side, before commit.)
  if (analyze && spec.fastPath !== 'ptp') await analyzeTables(db, [spec.table]);
  return {
    status: 'loaded',
    edition,
    rows: edition.row_count,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Rebuilds the search-by-words documents from the newest editions. */
export async function refreshSearch(db: Kysely<Database>): Promise<void> {
  await sql`refresh materialized view code_search`.execute(db);
}

export async function analyzeTables(db: Kysely<Database>, tables: string[]): Promise<void> {
  for (const t of tables) await sql`analyze ${sql.table(t)}`.execute(db);
}
